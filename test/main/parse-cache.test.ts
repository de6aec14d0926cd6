// Restarts read parses from DATA_DIR instead of parsing again; what the cache holds follows the corpus.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusLoader } from '../../adapters/corpus-loader.js';
import { diskParseCache } from '../../adapters/parse-cache.js';
import { createParsePool } from '../../adapters/parse-pool.js';
import { PARSER_VERSION, parseCorpus } from '../../src/index.js';
import { ARTICLES_DIR, fixtureSourceFiles } from '../fixtures/articles.js';
import { testLogger } from '../store/test-logger.js';
import { testWorker } from '../support/compiled.js';

let root = '';
let corpusDir = '';
let cacheDir = '';
const ARTICLES = readdirSync(ARTICLES_DIR).length;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
  corpusDir = join(root, 'corpus');
  cacheDir = join(root, 'data', 'parse-cache', 'fixtures');
  cpSync(ARTICLES_DIR, corpusDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A fresh loader over the same folders: what a restarted process has. */
const restart = (version = PARSER_VERSION, logger = testLogger()) =>
  corpusLoader(corpusDir, { logger, cache: diskParseCache(cacheDir, version) });
const entries = () => readdirSync(cacheDir).filter((name) => name.endsWith('.v8'));

describe('GIVEN a corpus parsed once with a parse cache', () => {
  it('WHEN the process restarts on the unchanged corpus THEN no article is parsed again, and the corpus is the same', async () => {
    const first = await restart().load();
    expect(first.stats).toMatchObject({ articles: ARTICLES, parsed: ARTICLES, fromDisk: 0 });
    const second = await restart().load();
    expect(second.stats).toMatchObject({ articles: ARTICLES, parsed: 0, fromDisk: ARTICLES });
    expect(JSON.stringify(second.corpus)).toBe(JSON.stringify(first.corpus));
    expect(JSON.stringify(second.corpus)).toBe(JSON.stringify(parseCorpus(fixtureSourceFiles())));
  });

  it('WHEN one file changes THEN only that file is parsed, and its old entry goes', async () => {
    await restart().load();
    appendFileSync(
      join(corpusDir, 'wire-drone-ban.txt'),
      '\nThe ministry said on Friday that it would review the rules.\n',
    );
    const after = await restart().load();
    expect(after.stats).toMatchObject({ parsed: 1, fromDisk: ARTICLES - 1 });
    expect(after.corpus.sentences.some((s) => s.text.includes('review the rules'))).toBe(true);
    expect(entries()).toHaveLength(ARTICLES);
  });

  it('WHEN a file is deleted THEN its entry is deleted too', async () => {
    await restart().load();
    rmSync(join(corpusDir, 'wire-drone-ban.txt'));
    await restart().load();
    expect(entries()).toHaveLength(ARTICLES - 1);
  });

  it('WHEN cache files are corrupt or foreign THEN they are discarded with one warning and parsed again', async () => {
    const clean = await restart().load();
    const [first, second] = entries();
    writeFileSync(join(cacheDir, first ?? ''), 'not a cache entry');
    writeFileSync(join(cacheDir, second ?? ''), Buffer.from([0xff, 0x0f, 0x00, 0x01]));
    writeFileSync(join(cacheDir, 'notes.txt'), 'left here by someone');
    const logger = testLogger();
    const after = await restart(PARSER_VERSION, logger).load();
    expect(after.stats).toMatchObject({ parsed: 2, fromDisk: ARTICLES - 2 });
    expect(logger.messages('warn')).toEqual([
      expect.stringMatching(/parse cache: discarded 2 unreadable entries/),
    ]);
    expect(JSON.stringify(after.corpus)).toBe(JSON.stringify(clean.corpus));
    expect(readdirSync(cacheDir).sort()).toEqual(entries().sort());
    expect(entries()).toHaveLength(ARTICLES);
  });

  it('WHEN the parser version changes THEN every article is parsed again, quietly, and the new parses are kept', async () => {
    await restart().load();
    const logger = testLogger();
    const bumped = await restart(PARSER_VERSION + 1, logger).load();
    expect(bumped.stats).toMatchObject({ parsed: ARTICLES, fromDisk: 0 });
    expect(logger.messages('warn')).toEqual([]);
    expect((await restart(PARSER_VERSION + 1).load()).stats).toMatchObject({ parsed: 0 });
    expect(entries()).toHaveLength(ARTICLES);
  });
});

describe('GIVEN a loader with worker threads', () => {
  it('THEN articles parsed in the workers give the same corpus as the main thread, and reloads reuse them', async () => {
    const pool = createParsePool({ size: 2, worker: testWorker() });
    const loader = corpusLoader(corpusDir, { logger: testLogger(), pool });
    try {
      const cold = await loader.load(0);
      expect(pool.parsed).toBe(ARTICLES);
      expect(JSON.stringify(cold.corpus)).toBe(JSON.stringify(parseCorpus(fixtureSourceFiles())));
      const again = await loader.load(0);
      expect(again.stats).toMatchObject({ fromMemory: ARTICLES, parsed: 0 });
      expect(pool.parsed).toBe(ARTICLES);
    } finally {
      await loader.close();
    }
  });
});
