// Parsed articles kept on disk under DATA_DIR, so a restart parses only what changed. One file per
// article, named by the hash of its name and bytes, holding the parse in V8's serialization (fast
// both ways, and it keeps the Maps the parse holds). Each entry records the parser version it was
// made with: an entry of another version is a miss and is overwritten by the fresh parse.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { type ArticleResult, PARSER_VERSION, type SourceFile, shareText } from '../src/index.js';

const FORMAT = 'dossier-parse-cache/1';
const ENTRY = /^([0-9a-f]{64})\.v8$/;
const NEWLINE = 0x0a;

/** The cache key of an article: its name and bytes (the parse names the file, so both count). */
export function articleKey(file: SourceFile): string {
  return createHash('sha256')
    .update(`${file.file}\u0000${file.size ?? file.bytes.length}\u0000`)
    .update(file.bytes)
    .digest('hex');
}

/** A parse as a worker sends it back: ready both to store and to read. */
export function encodeResult(result: ArticleResult): Uint8Array {
  return serialize(result);
}

/** Decoded strings are all separate copies: shareText holds each verbatim text once. */
export function decodeResult(bytes: Uint8Array): ArticleResult {
  const result = deserialize(bytes) as ArticleResult;
  if (typeof result?.ok !== 'boolean') throw new Error('not a parse');
  return shareText(result);
}

type Read = { kind: 'hit'; result: ArticleResult } | { kind: 'stale' } | { kind: 'corrupt'; why: string };

/** An entry is one header line (format, parser version, key), then the serialized parse. */
function readEntry(bytes: Buffer, key: string, version: number): Read {
  const end = bytes.indexOf(NEWLINE);
  const [format, made, of] = bytes.subarray(0, Math.max(end, 0)).toString('latin1').split(' ');
  if (end < 0 || format !== FORMAT || of !== key)
    return { kind: 'corrupt', why: 'not an entry of this cache' };
  if (made !== String(version)) return { kind: 'stale' };
  try {
    return { kind: 'hit', result: decodeResult(bytes.subarray(end + 1)) };
  } catch (error) {
    return { kind: 'corrupt', why: error instanceof Error ? error.message : String(error) };
  }
}

export interface DiskParseCache {
  /**
   * The cached parse of an article; undefined when missing, of another parser version, or unreadable.
   * Synchronous (one entry is a fraction of a millisecond): the loader reads them in slices.
   */
  get(key: string): ArticleResult | undefined;
  /** Stores a parse (as encodeResult made it). */
  put(key: string, parse: Uint8Array): Promise<void>;
  /** Deletes every entry but these keys (articles deleted or changed since): the cache never grows past the corpus. */
  keepOnly(keys: Set<string>): Promise<void>;
  /** Entries found unreadable and deleted since the last call, with the first reason. */
  takeDiscarded(): { count: number; why: string } | null;
}

export function diskParseCache(dir: string, version = PARSER_VERSION): DiskParseCache {
  let discarded = 0;
  let firstWhy = '';
  let ready: Promise<unknown> | undefined;
  const path = (key: string) => join(dir, `${key}.v8`);
  return {
    get(key) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path(key));
      } catch {
        return undefined;
      }
      const decoded = readEntry(bytes, key, version);
      if (decoded.kind === 'hit') return decoded.result;
      if (decoded.kind === 'corrupt') {
        discarded++;
        firstWhy ||= decoded.why;
        rmSync(path(key), { force: true });
      }
      return undefined;
    },
    async put(key, parse) {
      ready ??= mkdir(dir, { recursive: true });
      await ready;
      // Written aside, then renamed: a crash leaves the old entry or the new one, never half a file.
      const temp = `${path(key)}.${process.pid}.tmp`;
      await writeFile(temp, [`${FORMAT} ${version} ${key}\n`, parse]);
      await rename(temp, path(key));
    },
    async keepOnly(keys) {
      const names = await readdir(dir).catch(() => [] as string[]);
      const stray = names.filter((name) => !keys.has(ENTRY.exec(name)?.[1] ?? ''));
      await Promise.all(stray.map((name) => rm(join(dir, name), { force: true, recursive: true })));
    },
    takeDiscarded() {
      if (discarded === 0) return null;
      const report = { count: discarded, why: firstWhy };
      discarded = 0;
      firstWhy = '';
      return report;
    },
  };
}
