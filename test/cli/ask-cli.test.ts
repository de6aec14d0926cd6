import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES_DIR } from '../fixtures/articles.js';
import { runCompiled } from '../support/compiled.js';

const run = (args: string[], input?: string) => runCompiled('ask', args, input);

describe('npm run ask (the evaluation contract)', () => {
  it('GIVEN questions on stdin THEN prints one JSON object per line, in order, and nothing else', () => {
    const result = run(
      ['--json', '--corpus', ARTICLES_DIR],
      'what did Lars Ekholm say?\nwho won the 1998 world cup?\n\n',
    );
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const [first, second, third] = lines.map((line) => JSON.parse(line));
    expect(first.question).toBe('what did Lars Ekholm say?');
    expect(first.found).toBe(true);
    expect(first.answer.length).toBeLessThanOrEqual(1500);
    expect(typeof first.ms).toBe('number');
    const raw = readFileSync(join(ARTICLES_DIR, first.citations[0].doc), 'utf8').replace(/\s+/g, ' ');
    expect(raw).toContain(first.citations[0].snippet.replace(/\s+/g, ' '));
    expect(second.found).toBe(false);
    expect(third.found).toBe(false);
  });

  it('GIVEN a question argument THEN prints a readable answer with numbered sources', () => {
    const result = run(['--corpus', ARTICLES_DIR, 'who is Lars Ekholm?']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Lars Ekholm');
    expect(result.stdout).toMatch(/Sources:\n\s+\[1\]/);
  });

  it('GIVEN a corpus folder that does not exist THEN says so on stderr and exits non-zero', () => {
    const result = run(['--json', '--corpus', '/nonexistent/corpus', 'hello']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('corpus folder not found');
    expect(result.stdout).toBe('');
  });
});
