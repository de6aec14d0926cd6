// The CLI contract on the seed corpus, run as users run it (npm run onthisday: dist/onthisday.js).
import { describe, expect, it } from 'vitest';
import { runCompiledAsync } from '../support/compiled.js';

const cli = (...args: string[]) => runCompiledAsync('onthisday', ['--corpus', 'corpus', ...args]);

describe('npm run onthisday', () => {
  it('prints the JSON contract for 12-12, 01-23 and an empty 07-04 with nearest items', async () => {
    const [ansip, tv2, july] = await Promise.all([
      cli('--json', '--date', '12-12'),
      cli('--json', '--date', '01-23'),
      cli('--json', '--date', '07-04'),
    ]);
    const parsed = [ansip, tv2, july].map((run) => JSON.parse(run.stdout));
    expect(parsed[0].date).toBe('12-12');
    expect(parsed[0].items).toEqual([
      expect.objectContaining({
        date: '2018-12-12',
        doc: '002_6df98165fb3bae8c.txt',
        title: expect.stringMatching(/hits back/),
      }),
    ]);
    expect(parsed[0].items[0].snippet).toMatch(/Ansip/);
    expect(parsed[1].items).toEqual([
      expect.objectContaining({ date: '2019-01-23', doc: '000_c1e49768888e69da.txt' }),
    ]);
    expect(parsed[2]).toMatchObject({ date: '07-04', items: [] });
    expect(parsed[2].nearest.length).toBeGreaterThan(0);
    for (const item of parsed[2].nearest)
      expect(Object.keys(item).sort()).toEqual(['date', 'doc', 'snippet', 'text', 'title']);
  });

  it('shows the post as a person sees it, nearest items labelled only with --nearest', async () => {
    const [skip, nearest] = await Promise.all([cli('--date', '07-04'), cli('--date', '07-04', '--nearest')]);
    expect(skip.stdout.trim()).toBe('Nothing in the archive for 4 July.');
    expect(nearest.stdout).toMatch(/^Nothing on 4 July\. Nearest in the archive:\n- 12 December 2018: /);
  });

  it('rejects a bad date with a message on stderr and exit status 2', async () => {
    const run = await cli('--json', '--date', '02-30');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/"02-30" is not a day of the year; use MM-DD/);
  });
});
