// The parse report of `npm run corpus`: its JSON contract, the curator's text, and the command itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpusReport } from '../../adapters/cli/corpus-report.js';
import { renderCorpusReport } from '../../adapters/cli/corpus-report-text.js';
import { parseCorpus, type SourceFile } from '../../src/index.js';
import { ARTICLES_DIR, fixtureSourceFiles } from '../fixtures/articles.js';
import { runCompiled } from '../support/compiled.js';

const encode = (text: string) => new TextEncoder().encode(text);
const files: SourceFile[] = [
  ...fixtureSourceFiles(),
  { file: 'empty.txt', bytes: new Uint8Array(0) },
  // An article whose headline carries a terminal escape sequence: the text report must not pass it on.
  {
    file: 'escape.txt',
    bytes: encode(
      'Ports ban \u001b[31mdrones\u001b[0m over data fears\n\nBy Jane Doe\n\nThe port authority said on Monday that it had banned drones made by SkyWing over data fears.\n',
    ),
  },
];
const corpus = parseCorpus(files);
const report = buildCorpusReport(corpus);
const full = buildCorpusReport(corpus, true);

describe('GIVEN the fixture articles and two odd files', () => {
  it('THEN the report lists each document with file, title, author, outlet, date, counts and warnings', () => {
    const wire = report.documents.find((d) => d.file === 'wire-drone-ban.txt');
    expect(wire).toMatchObject({
      title: 'Japan, India and Taiwan restrict SkyWing drones over data fears',
      author: 'Anna Kowalczyk',
      date: '2020-03-05',
      warnings: [],
    });
    expect(Object.keys(wire ?? {}).sort()).toEqual([
      'author',
      'counts',
      'date',
      'file',
      'outlet',
      'title',
      'warnings',
    ]);
    expect(wire?.counts.sentences).toBeGreaterThan(5);
    expect(wire?.counts.quotes).toBe(corpus.quotes.filter((q) => q.doc === 'wire-drone-ban.txt').length);
    expect(report.documents.find((d) => d.file === 'no-date-no-byline.txt')?.date).toBeNull();
  });

  it('THEN a skipped file is listed with its reason, and the totals add up', () => {
    expect(report.skipped).toEqual([{ file: 'empty.txt', reason: expect.stringMatching(/empty/) }]);
    expect(report.totals).toMatchObject({ documents: 9, skipped: 1, quotes: corpus.quotes.length });
    const sentences = report.documents.reduce((sum, d) => sum + d.counts.sentences, 0);
    expect(sentences).toBe(report.totals.sentences);
  });

  it('THEN --full adds quotes by speaker, entities with aliases and roles, and events by name', () => {
    const wire = full.documents.find((d) => d.file === 'wire-drone-ban.txt');
    expect(wire?.quotes).toContainEqual(
      expect.objectContaining({
        speaker: 'Zhou Minghao',
        text: expect.stringContaining('do not send flight data'),
      }),
    );
    const zhou = wire?.entities?.find((e) => e.name === 'Zhou Minghao');
    expect(zhou).toMatchObject({ type: 'person', aliases: expect.arrayContaining(['Zhou']) });
    expect(zhou?.roles.join(' ')).toContain('founder and chairman');
    const ban = wire?.events?.find((e) => e.verb === 'ban' && e.actors.includes('Japan'));
    expect(ban).toMatchObject({ kind: 'restriction', negated: false, targets: ['SkyWing Robotics'] });
    expect(ban?.source).toContain('Japan');
    expect(wire?.counts.events).toBe(wire?.events?.length);
  });

  it('THEN the report without --full carries no fact lists', () => {
    for (const doc of report.documents) expect(doc.quotes ?? doc.entities ?? doc.events).toBeUndefined();
  });

  it('THEN the text report shows each article, its warnings and the skipped file with why', () => {
    const text = renderCorpusReport(report, 'corpus');
    expect(text).toContain('Japan, India and Taiwan restrict SkyWing drones over data fears');
    expect(text).toContain('no publication date in the text');
    expect(text).toMatch(/Skipped files\n\s+empty\.txt: .*empty/);
    expect(text).toMatch(/9 articles read, 1 skipped/);
  });

  it('THEN the text report never passes control characters from an article to the terminal', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the assertion is about control characters.
    expect(renderCorpusReport(full, 'corpus')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });
});

describe('npm run corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-corpus-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) => runCompiled('corpus', args);

  it('GIVEN --json --full THEN stdout is one JSON report and nothing else', () => {
    const result = run(['--json', '--full', '--corpus', ARTICLES_DIR]);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.documents).toHaveLength(8);
    expect(parsed.documents[0].events.length).toBeGreaterThan(0);
    expect(parsed.skipped).toEqual([]);
  });

  it('GIVEN a folder with a skipped file THEN the text report names it, and stderr stays quiet', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const result = run(['--corpus', dir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/empty\.txt: .*empty/);
    expect(result.stderr).not.toContain('empty.txt');
  });

  it('GIVEN a missing folder THEN a message on stderr, nothing on stdout and a failing status', () => {
    const missing = run(['--corpus', join(dir, 'nope')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('not found');
    expect(missing.stdout).toBe('');
  });
});
