// The corpus folder → a Corpus, parsing only what no earlier parse holds: the results of the last
// load in memory (hot reloads), then the disk cache (restarts), then the parser itself — in the
// worker pool, or inline when only a few articles need it and starting workers would cost more.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import {
  type ArticleEntry,
  type ArticleResult,
  assembleCorpusSteps,
  type Corpus,
  type Logger,
  parseArticle,
  type SourceFile,
} from '../src/index.js';
import { readCorpusFiles } from './corpus-files.js';
import { runInSlices, SLICE_MS, slicer } from './event-loop-slices.js';
import {
  articleKey,
  type DiskParseCache,
  decodeResult,
  diskParseCache,
  encodeResult,
} from './parse-cache.js';
import type { ParsePool } from './parse-pool.js';

/** Below this many articles to parse, the main thread parses them: two workers take ~0.5 s to start. */
export const INLINE_BELOW = 16;
/** Articles handed to the pool at once: enough to keep both workers busy, far below fd limits. */
const CONCURRENCY = 64;

export interface CorpusLoader {
  /** inlineBelow: parse inline when fewer articles than this need parsing (0: always in the pool). */
  load(inlineBelow?: number): Promise<{ corpus: Corpus; stats: LoadStats }>;
  /** Stops the pool's workers. */
  close(): Promise<void>;
  /** Main-thread work between two turns of the event loop: its reads and merge, and the index built after. */
  readonly sliceMs: number;
}

export interface LoadStats {
  articles: number;
  fromMemory: number;
  fromDisk: number;
  parsed: number;
}

export interface LoaderOptions {
  logger: Logger;
  /** Where parses persist between runs (see parse-cache.ts); none = parse afresh every start. */
  cache?: DiskParseCache;
  pool?: ParsePool;
  /** Main-thread work between two turns of the event loop (see event-loop-slices.ts). */
  sliceMs?: number;
}

/** The parse cache of one corpus folder: two folders (a bot and an `ask --corpus`) never prune each other. */
export function corpusCacheDir(dataDir: string, corpusDir: string): string {
  const folder = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(dataDir, 'parse-cache', folder);
}

export function openCorpusCache(dataDir: string, corpusDir: string): DiskParseCache {
  return diskParseCache(corpusCacheDir(dataDir, corpusDir));
}

export function corpusLoader(dir: string, options: LoaderOptions): CorpusLoader {
  const { logger, cache, pool, sliceMs = SLICE_MS } = options;
  let memory = new Map<string, ArticleResult>();
  return {
    async load(inlineBelow = INLINE_BELOW) {
      const files = await readCorpusFiles(dir, sliceMs);
      const pause = slicer(sliceMs);
      const keys: string[] = [];
      for (const file of files) {
        keys.push(articleKey(file));
        await pause();
      }
      // An entry that could not be read is skipped by name and never cached: it may read next time.
      const results: (ArticleResult | undefined)[] = files.map((file, i) =>
        file.unreadable !== undefined
          ? { ok: false, skipped: `skipped: ${file.unreadable}` }
          : memory.get(keys[i] ?? ''),
      );
      const readable = new Set(keys.filter((_, i) => files[i]?.unreadable === undefined));
      const fromMemory = files.filter((file, i) => file.unreadable === undefined && results[i]).length;
      for (let i = 0; i < files.length; i++) {
        if (!results[i]) results[i] = cache?.get(keys[i] ?? '');
        await pause();
      }
      const missing = files.flatMap((file, i) => (results[i] ? [] : [{ file, i }]));
      const writes: Promise<void>[] = [];
      const store = (key: string, entry: Uint8Array) =>
        writes.push(
          cache?.put(key, entry).catch((error) => logger.warn('parse cache: cannot write', { error })) ??
            Promise.resolve(),
        );
      const inline = !pool || missing.length < inlineBelow;
      await eachLimit(missing, inline ? 1 : CONCURRENCY, async ({ file, i }) => {
        const key = keys[i] ?? '';
        results[i] = inline ? parseHere(file, key, store) : await parseInPool(pool, file, key, store);
      });
      await Promise.all(writes);
      await cache?.keepOnly(readable);
      const discarded = cache?.takeDiscarded();
      if (discarded)
        logger.warn(
          `parse cache: discarded ${discarded.count} unreadable entries (${discarded.why}); those articles were parsed again`,
        );
      memory = new Map(
        keys.flatMap((key, i) => (readable.has(key) ? [[key, results[i] as ArticleResult]] : [])),
      );
      const entries: ArticleEntry[] = files.map((file, i) => ({
        file: file.file,
        result: results[i] as ArticleResult,
      }));
      const stats = {
        articles: files.length,
        fromMemory,
        fromDisk: readable.size - fromMemory - missing.length,
        parsed: missing.length,
      };
      // Merged in slices: on a reload the previous corpus goes on answering meanwhile.
      logger.debug(`corpus: merging ${entries.length} articles`);
      return { corpus: await runInSlices(assembleCorpusSteps(entries), sliceMs), stats };
    },
    close: async () => pool?.close(),
    sliceMs,
  };
}

function parseHere(
  file: SourceFile,
  key: string,
  store: (key: string, entry: Uint8Array) => void,
): ArticleResult {
  const result = parseArticle(file);
  store(key, encodeResult(result));
  return result;
}

async function parseInPool(
  pool: ParsePool,
  file: SourceFile,
  key: string,
  store: (key: string, entry: Uint8Array) => void,
): Promise<ArticleResult> {
  try {
    const parse = await pool.parse(file);
    const result = decodeResult(parse);
    store(key, parse);
    return result;
  } catch (error) {
    // Not cached: the next load tries again.
    return {
      ok: false,
      skipped: `skipped: the parser failed (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

async function eachLimit<T>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
