// Start-up problems an operator meets, run through the real `npm start` entry point: each ends the
// process with one line naming the setting and what to do, no stack trace, exit code 1. (The other
// start-up refusals, a CORPUS_DIR that is a file, an unsupported STORE_URL, a locked DATA_DIR, are
// checked on their adapters: test/corpus/corpus-files.test.ts, test/store/file-store.test.ts.)
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLES_DIR } from '../fixtures/articles.js';

const tmp = mkdtempSync(join(tmpdir(), 'dossier-startup-'));
const aFile = join(tmp, 'a-file');
const corpusDir = join(tmp, 'corpus'); // one small article: the process gets to its platforms fast
mkdirSync(corpusDir);
copyFileSync(join(ARTICLES_DIR, 'wire-drone-ban.txt'), join(corpusDir, 'wire-drone-ban.txt'));
writeFileSync(aFile, 'not a folder');

// A Slack Web API that rejects every token, as Slack does for a wrong or revoked one.
let slack: Server;
let slackUrl = '';
beforeAll(async () => {
  slack = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ok: false, error: 'invalid_auth' }));
  });
  await new Promise<void>((resolve) => slack.listen(0, '127.0.0.1', resolve));
  slackUrl = `http://127.0.0.1:${(slack.address() as AddressInfo).port}/api/`;
});
afterAll(() => {
  slack.close();
  rmSync(tmp, { recursive: true, force: true });
});

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'adapters/main.ts'],
      {
        env: { PATH: process.env.PATH ?? '', CORPUS_DIR: corpusDir, DATA_DIR: join(tmp, 'data'), ...env },
        timeout: 50_000,
      },
      (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
    );
    child.stdin?.end();
  });
}

const discord = {
  DISCORD_TOKEN: 'test-token',
  DISCORD_APPLICATION_ID: '1',
  DISCORD_API_URL: 'http://127.0.0.1:1/api',
};

describe('GIVEN a start-up problem WHEN the bot starts THEN one line names the setting, exit code 1', () => {
  // Each case is a fresh Node process that spends seconds loading modules, hence the long timeout.
  it.each([
    [
      'a missing CORPUS_DIR',
      { CORPUS_DIR: join(tmp, 'nowhere') },
      /^Cannot start: CORPUS_DIR: ".*nowhere" does not exist: point CORPUS_DIR at/,
    ],
    [
      'an unusable DATA_DIR',
      { ...discord, DATA_DIR: join(aFile, 'data') },
      /^Cannot start: DATA_DIR: cannot create or open the folder .* \(ENOTDIR\): point DATA_DIR at a writable folder$/,
    ],
    [
      'Slack answering invalid_auth',
      { SLACK_BOT_TOKEN: 'xoxb-1-wrong', SLACK_SIGNING_SECRET: 's', SLACK_PORT: '0', SLACK_API_URL: '' },
      /^Cannot start: SLACK_BOT_TOKEN: Slack rejected the bot token \(invalid_auth\): copy the Bot User OAuth Token/,
    ],
    [
      'Discord REST unreachable',
      discord,
      /^Cannot start: DISCORD_API_URL: cannot reach Discord's REST API at http:\/\/127\.0\.0\.1:1\/api \(ECONNREFUSED\)/,
    ],
  ])(
    '%s',
    async (_what, env: Record<string, string>, line) => {
      const { code, stderr } = await start({
        ...env,
        ...(env.SLACK_API_URL === '' ? { SLACK_API_URL: slackUrl } : {}),
      });
      const problems = stderr.split('\n').filter((l) => l.startsWith('Cannot start:'));
      expect(problems, stderr).toHaveLength(1);
      expect(problems[0]).toMatch(line);
      expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
      expect(stderr).not.toMatch(/unhandled rejection/);
      expect(code).toBe(1);
    },
    60_000,
  );
});
