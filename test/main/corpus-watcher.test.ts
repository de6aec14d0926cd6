import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusLoader } from '../../adapters/corpus-loader.js';
import { type CorpusHolder, watchCorpus } from '../../adapters/corpus-watcher.js';
import { createLogger } from '../../adapters/logger.js';
import { createParsePool } from '../../adapters/parse-pool.js';
import { ARTICLES_DIR } from '../fixtures/articles.js';
import { testWorker } from '../support/compiled.js';

const logs: string[] = [];
const logger = createLogger('info', (line) => logs.push(line));
let holder: CorpusHolder | undefined;
let dir = '';

afterEach(() => {
  holder?.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.new`, { recursive: true, force: true });
  logs.length = 0;
});

const until = async (test: () => boolean) => {
  for (let i = 0; i < 400 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
};

const watch = (folder: string, pollMs = 2000) =>
  watchCorpus(
    folder,
    logger,
    50,
    pollMs,
    corpusLoader(folder, { logger, pool: createParsePool({ worker: testWorker() }) }),
  );

describe('corpus hot reload', () => {
  it('GIVEN an article added, then removed THEN the dossier answers from it, then no longer', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
    copyFileSync(join(ARTICLES_DIR, 'wire-drone-ban.txt'), join(dir, 'wire-drone-ban.txt'));
    holder = await watch(dir);
    const before = holder.current();
    expect(before.answer('what did Lars Ekholm say?').found).toBe(false);

    copyFileSync(join(ARTICLES_DIR, 'tech-carrier-pause.txt'), join(dir, 'tech-carrier-pause.txt'));
    await until(() => holder?.current() !== before);
    expect(holder.current().answer('what did Lars Ekholm say?').found).toBe(true);
    expect(logs.join('')).toContain('corpus reloaded');

    const withArticle = holder.current();
    rmSync(join(dir, 'tech-carrier-pause.txt'));
    await until(() => holder?.current() !== withArticle);
    expect(holder.current().answer('what did Lars Ekholm say?').found).toBe(false);
  });

  it('GIVEN a broken file appears THEN the rest of the corpus keeps answering and the file is warned about', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
    copyFileSync(join(ARTICLES_DIR, 'tech-carrier-pause.txt'), join(dir, 'tech-carrier-pause.txt'));
    holder = await watch(dir);
    const before = holder.current();
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 0, 255, 0]));
    await until(() => holder?.current() !== before);
    expect(holder.current().answer('what did Lars Ekholm say?').found).toBe(true);
    expect(logs.join('')).toMatch(/broken\.txt: skipped: the file is binary/);
  });

  it.each([
    [
      'deleted and created again',
      () => {
        rmSync(dir, { recursive: true });
        mkdirSync(dir);
        copyFileSync(join(ARTICLES_DIR, 'tech-carrier-pause.txt'), join(dir, 'tech-carrier-pause.txt'));
      },
    ],
    [
      'replaced by a renamed folder (mv corpus.new corpus)',
      () => {
        mkdirSync(`${dir}.new`);
        copyFileSync(
          join(ARTICLES_DIR, 'tech-carrier-pause.txt'),
          join(`${dir}.new`, 'tech-carrier-pause.txt'),
        );
        rmSync(dir, { recursive: true });
        renameSync(`${dir}.new`, dir);
      },
    ],
  ])(
    'GIVEN the corpus folder is %s THEN the watcher re-attaches, reloads and says so',
    async (_how, deploy) => {
      dir = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
      copyFileSync(join(ARTICLES_DIR, 'wire-drone-ban.txt'), join(dir, 'wire-drone-ban.txt'));
      holder = await watch(dir, 50);
      deploy();
      await until(() => holder?.current().answer('what did Lars Ekholm say?').found === true);
      expect(holder.current().answer('what did Lars Ekholm say?').found).toBe(true);
      expect(logs.join('')).toContain(`corpus folder ${dir} was replaced: watching the new folder`);

      // The new folder is the one watched: a file added to it is picked up like any other.
      const replaced = holder.current();
      copyFileSync(join(ARTICLES_DIR, 'wire-drone-ban.txt'), join(dir, 'wire-drone-ban.txt'));
      await until(() => holder?.current() !== replaced);
      expect(holder.current().answer('what did Lars Ekholm say?').found).toBe(true);
      expect(holder.current()).not.toBe(replaced);
    },
  );
});
