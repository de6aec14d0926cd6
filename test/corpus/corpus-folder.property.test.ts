// Property: whatever else a corpus folder holds (random bytes, folders named like articles, links
// that dangle or loop, unreadable files, named pipes), loading it never throws, every good article
// loads in whichever Unicode encoding it was saved, and every article-named entry that does not
// load is named in a warning (or is not a file at all).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../../adapters/corpus-files.js';
import { type ParseCache, parseCorpus } from '../../src/index.js';
import { ARTICLES_DIR } from '../fixtures/articles.js';

const GOOD = ['tech-carrier-pause.txt', 'wire-drone-ban.txt', 'ap-arrest-bail.txt'];
const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'crlf'] as const;
type Encoding = (typeof ENCODINGS)[number];

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text);
    case 'utf-8-bom':
      return Buffer.from(`\uFEFF${text}`);
    case 'utf-16le-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf16le');
    case 'utf-16be-bom':
      return Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
    case 'crlf':
      return Buffer.from(text.replace(/\n/g, '\r\n'));
  }
}

const entry = fc.oneof(
  fc.record({ kind: fc.constant('bytes' as const), bytes: fc.uint8Array({ maxLength: 600 }) }),
  fc.record({
    kind: fc.constant('text' as const),
    text: fc.string({ unit: 'grapheme', maxLength: 400 }),
    encoding: fc.constantFrom(...ENCODINGS, 'latin1' as const),
  }),
  fc.constant({ kind: 'folder' as const }),
  fc.constant({ kind: 'dangling-link' as const }),
  fc.constant({ kind: 'loop-link' as const }),
  fc.constant({ kind: 'link-to-folder' as const }),
  fc.constant({ kind: 'unreadable' as const }),
  fc.constant({ kind: 'pipe' as const }),
);
type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;

function write(dir: string, name: string, e: Entry): void {
  const path = join(dir, name);
  if (e.kind === 'bytes') writeFileSync(path, e.bytes);
  else if (e.kind === 'text')
    writeFileSync(path, e.encoding === 'latin1' ? Buffer.from(e.text, 'latin1') : encode(e.text, e.encoding));
  else if (e.kind === 'folder') mkdirSync(path);
  else if (e.kind === 'dangling-link') symlinkSync(join(dir, 'missing-target'), path);
  else if (e.kind === 'loop-link') symlinkSync(path, path);
  else if (e.kind === 'link-to-folder') symlinkSync(dir, path);
  else if (e.kind === 'pipe') execFileSync('mkfifo', [path]);
  else {
    // Unreadable for anyone but root (tests running as root read it like any file).
    writeFileSync(path, 'Title\n\nA body sentence that may not be readable.\n');
    chmodSync(path, 0);
  }
}

const titles = new Map(GOOD.map((file) => [file, titleOf(readFileSync(join(ARTICLES_DIR, file)))]));
function titleOf(bytes: Buffer): string | undefined {
  return parseCorpus([{ file: 'x.txt', bytes }]).documents[0]?.title;
}

const root = mkdtempSync(join(tmpdir(), 'dossier-property-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loading a corpus folder with random entries', () => {
  it('never throws, loads every good article, and names every entry it skips', async () => {
    const cache: ParseCache = new Map(); // good articles are parsed once across runs
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...ENCODINGS), { minLength: GOOD.length, maxLength: GOOD.length }),
        fc.array(fc.tuple(fc.constantFrom('txt', 'md', 'TXT', 'bin'), entry), { maxLength: 8 }),
        async (encodings, others) => {
          const dir = join(root, `run-${run++}`);
          mkdirSync(dir);
          for (const [i, file] of GOOD.entries()) {
            const text = readFileSync(join(ARTICLES_DIR, file), 'utf8');
            writeFileSync(join(dir, file), encode(text, encodings[i] ?? 'utf-8'));
          }
          const names = others.map(([ext, e], i) => {
            const name = `entry-${i}.${ext}`;
            write(dir, name, e);
            return { name, e };
          });

          const corpus = parseCorpus(await readCorpusFiles(dir), cache);

          for (const file of GOOD) {
            expect(corpus.documents.find((d) => d.file === file)?.title).toBe(titles.get(file));
          }
          const loaded = new Set(corpus.documents.map((d) => d.file));
          const warned = new Set(corpus.warnings.map((w) => w.file));
          for (const { name, e } of names) {
            const notAFile = ['folder', 'link-to-folder', 'pipe'].includes(e.kind);
            const article = !name.endsWith('.bin');
            if (!article || notAFile) expect(loaded.has(name)).toBe(false);
            else expect(loaded.has(name) || warned.has(name), name).toBe(true);
          }
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 25 },
    );
  });
});
