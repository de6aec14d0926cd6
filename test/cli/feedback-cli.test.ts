// `npm run feedback` over an embedded store holding votes and not-found tallies, as the bot wrote them.
// The store stays open during the runs, as a running bot keeps it: the report only reads the file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClosableStore, createStore } from '../../adapters/store/create-store.js';
import { recordUnanswered, recordVote } from '../../src/index.js';
import { quietLogger } from '../discord/doubles.js';

const dataDir = mkdtempSync(join(tmpdir(), 'dossier-feedback-'));
const clock = (iso: string) => ({ now: () => new Date(iso) });
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'adapters/cli/feedback.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, STORE_URL: '', DATA_DIR: dataDir },
  });

let store: ClosableStore;
beforeAll(async () => {
  store = await createStore(undefined, { dataDir, logger: quietLogger });
  const vote = (user: string, up: boolean, question: string, at: string, platform: 'slack' | 'discord') =>
    recordVote(store, clock(at), {
      platform,
      messageId: `m-${question}`,
      user,
      up,
      kind: 'search',
      question,
      channel: 'C1',
    });
  await vote('U0SECRETUSER', false, 'how many staff?', '2024-01-02T10:00:00Z', 'slack');
  await vote('412345678901234567', false, 'how many staff?', '2024-01-03T10:00:00Z', 'discord');
  await vote('U0OTHER', true, 'who is X?', '2024-01-04T10:00:00Z', 'slack');
  await recordUnanswered(store, clock('2024-01-05T10:00:00Z'), 'who won the world cup?');
  await recordUnanswered(store, clock('2024-01-06T10:00:00Z'), 'Who won the World Cup');
  await recordUnanswered(store, clock('2024-01-06T11:00:00Z'), 'what is 5G?');
});
afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run feedback', () => {
  it('GIVEN --json THEN the unhelpful questions with kind, count and last date, and the not-found ones most asked first', () => {
    const result = run(['--json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toEqual({
      votes: { up: 1, down: 2 },
      unhelpful: [
        { question: 'how many staff?', kind: 'search', count: 2, last: '2024-01-03T10:00:00.000Z' },
      ],
      notFound: [
        { question: 'Who won the World Cup', count: 2, last: '2024-01-06T10:00:00.000Z' },
        { question: 'what is 5G?', count: 1, last: '2024-01-06T11:00:00.000Z' },
      ],
    });
    expect(result.stdout).not.toMatch(/U0SECRETUSER|412345678901234567|U0OTHER/);
  });

  it('GIVEN no flag THEN a readable report', () => {
    const result = run([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2× "how many staff?" · search · last 2024-01-03');
    expect(result.stdout).toContain('2× "Who won the World Cup"');
  });
});
