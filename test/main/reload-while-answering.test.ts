// A long reload (one 400 KB article) happens in the parse workers: the bot goes on answering from
// the previous corpus, and Slack's 3-second ack never waits for it. The merge and index that follow
// run on the main thread in slices, answering between them. Ordering checks, no stopwatch.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusLoader } from '../../adapters/corpus-loader.js';
import { type CorpusHolder, watchCorpus } from '../../adapters/corpus-watcher.js';
import { createParsePool, type ParsePool } from '../../adapters/parse-pool.js';
import { ARTICLES_DIR } from '../fixtures/articles.js';
import { type Harness, startHarness } from '../slack/harness.js';
import { form, postSigned, slashCommand } from '../slack/slack-requests.js';
import { testLogger } from '../store/test-logger.js';
import { testWorker } from '../support/compiled.js';

const QUESTION = 'what did Zhou Minghao say?';
let dir = '';
let holder: CorpusHolder | undefined;
let slack: Harness | undefined;

afterEach(async () => {
  holder?.stop();
  await slack?.stop();
  holder = undefined;
  slack = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** A corpus of one article, watched with a pool of compiled workers; the watcher's own timer stays out of the way. */
async function watched(): Promise<{ holder: CorpusHolder; pool: ParsePool }> {
  dir = mkdtempSync(join(tmpdir(), 'dossier-reload-'));
  copyFileSync(join(ARTICLES_DIR, 'wire-drone-ban.txt'), join(dir, 'wire-drone-ban.txt'));
  const logger = testLogger();
  const pool = createParsePool({ size: 2, worker: testWorker() });
  holder = await watchCorpus(dir, logger, 600_000, 600_000, corpusLoader(dir, { logger, pool }));
  return { holder, pool };
}

/** About 400 KB of article: the other fixtures' paragraphs over and over under one headline. */
function writeLongArticle(): void {
  const body = ['ap-arrest-bail.txt', 'magazine-ceo-profile.txt', 'press-release-contract.txt']
    .map((file) => readFileSync(join(ARTICLES_DIR, file), 'utf8').split('\n').slice(2).join('\n'))
    .join('\n\n');
  const text = `Regulators weigh the long record of supplier reviews\n\nBy Dana Wright\n\n${body.repeat(Math.ceil(400_000 / body.length))}`;
  writeFileSync(join(dir, 'long-record.txt'), text);
  expect(Buffer.byteLength(text)).toBeGreaterThan(400_000);
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
/** One article parsed on a busy 2-core machine: generous, and only a bound on a hang. */
const LONG = 90_000;
/** Resolves once the workers hold the article, so what follows happens while it is being parsed. */
async function parsing(pool: ParsePool): Promise<void> {
  while (pool.busy === 0) await nextTurn();
}

describe('GIVEN a reload parsing a 400 KB article', () => {
  it(
    'THEN questions asked while it parses are answered from the previous corpus before the reload finishes',
    async () => {
      const { holder, pool } = await watched();
      const previous = holder.current();
      writeLongArticle();
      const log: string[] = [];
      const reload = holder.reload('long article').then(() => log.push('reloaded'));
      await parsing(pool);
      while (!log.includes('reloaded')) {
        if (pool.busy > 0) {
          const reply = holder.current().answer(QUESTION);
          log.push(
            `${holder.current() === previous && reply.found ? 'answered from the previous corpus' : 'other'} while parsing`,
          );
        }
        await pause();
      }
      await reload;
      const answered = log.indexOf('answered from the previous corpus while parsing');
      expect(answered).toBeGreaterThanOrEqual(0);
      expect(answered).toBeLessThan(log.indexOf('reloaded'));
      expect(log).not.toContain('other while parsing');
      expect(holder.current()).not.toBe(previous);
      expect(holder.current().answer(QUESTION).found).toBe(true);
    },
    LONG,
  );

  it(
    'THEN a Slack slash command sent meanwhile is acked before the reload finishes',
    async () => {
      const { holder, pool } = await watched();
      slack = await startHarness({ current: () => holder.current() });
      writeLongArticle();
      const log: string[] = [];
      const reload = holder.reload('long article').then(() => log.push('reloaded'));
      await parsing(pool);
      const body = form(slashCommand(QUESTION, slack.fake.responseUrl('during-reload')));
      const ack = await postSigned(slack.eventsUrl, body, 'application/x-www-form-urlencoded');
      log.push(`acked ${ack.status}${pool.busy > 0 ? ' while parsing' : ''}`);
      await reload;
      expect(log).toEqual(['acked 200 while parsing', 'reloaded']);
      const answer = await slack.fake.waitFor(() =>
        slack?.fake.responses.find((r) => r.id === 'during-reload'),
      );
      expect(JSON.stringify(answer.body)).toContain('Zhou');
    },
    LONG,
  );
});

describe('GIVEN a reload merging and indexing the new corpus on the main thread', () => {
  it(
    'THEN questions asked while it builds are answered from the previous corpus before the swap',
    async () => {
      dir = mkdtempSync(join(tmpdir(), 'dossier-reload-'));
      copyFileSync(join(ARTICLES_DIR, 'wire-drone-ban.txt'), join(dir, 'wire-drone-ban.txt'));
      const logger = testLogger();
      // A turn of the event loop after every step, so even two articles take many turns to build.
      const loader = corpusLoader(dir, { logger, sliceMs: 0 });
      holder = await watchCorpus(dir, logger, 600_000, 600_000, loader);
      const previous = holder.current();
      copyFileSync(join(ARTICLES_DIR, 'tech-carrier-pause.txt'), join(dir, 'tech-carrier-pause.txt'));
      const log: string[] = [];
      const steps = logger.messages('debug').length;
      // The reload's own progress: merging, then indexing (parsing is over by then).
      const phase = () =>
        logger
          .messages('debug')
          .slice(steps)
          .map((m) => /^corpus: (merging|indexing)/.exec(m)?.[1])
          .filter(Boolean)
          .at(-1);
      const reload = holder.reload('new article').then(() => log.push('reloaded'));
      while (!log.includes('reloaded')) {
        const building = phase();
        if (building) {
          const reply = holder.current().answer(QUESTION);
          const from = holder.current() === previous && reply.found ? 'the previous corpus' : 'elsewhere';
          if (log.at(-1) !== `answered from ${from} while ${building}`)
            log.push(`answered from ${from} while ${building}`);
        }
        await nextTurn();
      }
      await reload;
      expect(log).toEqual([
        'answered from the previous corpus while merging',
        'answered from the previous corpus while indexing',
        'reloaded',
      ]);
      expect(holder.current()).not.toBe(previous);
      expect(holder.current().answer('what did Lars Ekholm say?').found).toBe(true);
    },
    LONG,
  );
});
