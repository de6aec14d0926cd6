// Entries of a corpus folder that cannot be read: each is skipped by name with its reason, and the
// articles beside it load, at start and on every reload.
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkCorpusFolder, readCorpusFiles } from '../../adapters/corpus-files.js';
import { corpusLoader } from '../../adapters/corpus-loader.js';
import { loadDossier } from '../../adapters/corpus-watcher.js';
import { StartupError } from '../../adapters/startup-error.js';
import { parseCorpus } from '../../src/index.js';
import { ARTICLES_DIR } from '../fixtures/articles.js';
import { testLogger } from '../store/test-logger.js';

// A file deleted between readdir and stat: stat of the named entry fails as the real race does.
const vanishing = vi.hoisted(() => ({ name: '' }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    statSync: (path: string) => {
      if (vanishing.name && path.endsWith(vanishing.name))
        throw Object.assign(new Error(`ENOENT: no such file, stat '${path}'`), { code: 'ENOENT' });
      return real.statSync(path);
    },
  };
});

const ARTICLE = 'tech-carrier-pause.txt';
let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-files-'));
  copyFileSync(join(ARTICLES_DIR, ARTICLE), join(dir, ARTICLE));
});
afterEach(() => {
  vanishing.name = '';
  rmSync(dir, { recursive: true, force: true });
});

describe('GIVEN a corpus folder with an entry that cannot be read', () => {
  it('WHEN it is a dangling symlink THEN it is skipped with a warning naming it, the article loads', async () => {
    symlinkSync('/nonexistent/dossier-target', join(dir, 'x.txt'));
    const corpus = parseCorpus(await readCorpusFiles(dir));
    expect(corpus.documents.map((d) => d.file)).toEqual([ARTICLE]);
    expect(corpus.warnings).toEqual([
      { file: 'x.txt', message: 'skipped: it is a symbolic link to a file that does not exist' },
    ]);
  });

  it('WHEN a file vanishes between readdir and stat THEN the bot start-up load logs it and goes on', async () => {
    writeFileSync(join(dir, 'gone.txt'), 'Soon gone\n\nThis file is deleted while the folder is read.\n');
    vanishing.name = 'gone.txt';
    const logger = testLogger();
    const dossier = await loadDossier(dir, logger, corpusLoader(dir, { logger }));
    expect(dossier.answer('what did Lars Ekholm say?').found).toBe(true);
    expect(logger.messages('warn')).toEqual([
      'corpus: gone.txt: skipped: the file disappeared while the folder was being read',
    ]);
  });

  it('WHEN the entry becomes readable later THEN the next load reads it (the skip is not cached)', async () => {
    const cache = new Map();
    symlinkSync(join(dir, 'later.source'), join(dir, 'later.txt'));
    expect(parseCorpus(await readCorpusFiles(dir), cache).documents).toHaveLength(1);
    copyFileSync(join(ARTICLES_DIR, 'wire-drone-ban.txt'), join(dir, 'later.source'));
    const corpus = parseCorpus(await readCorpusFiles(dir), cache);
    expect(corpus.documents.map((d) => d.file)).toEqual(['later.txt', ARTICLE]);
    expect(corpus.warnings).toEqual([]);
  });
});

describe('GIVEN a corpus folder setting that points at no folder', () => {
  it.each([
    [
      'nothing',
      (d: string) => join(d, 'nowhere'),
      /^CORPUS_DIR: ".*nowhere" does not exist: point CORPUS_DIR at /,
    ],
    [
      'a file',
      (d: string) => join(d, ARTICLE),
      /^CORPUS_DIR: ".*\.txt" is a file, not a folder: point CORPUS_DIR at /,
    ],
  ])('WHEN it names %s THEN start-up is refused with a line naming CORPUS_DIR', async (_what, path, line) => {
    const error = await checkCorpusFolder(path(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(line);
  });
});
