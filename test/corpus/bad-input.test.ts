// Files a corpus folder ends up holding by accident: each is reported by name and reason, the rest of
// the corpus loads, nothing throws. Read through the real folder reader, as the bot does.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../../adapters/corpus-files.js';
import { type Corpus, type CorpusDocument, parseCorpus, type SourceFile } from '../../src/index.js';
import { ARTICLES_DIR, fixtureArticleFiles } from '../fixtures/articles.js';
import { BAD_INPUT_FILES, HUGE_FILE_BYTES, LATIN1_ARTICLE, writeBadInputs } from '../fixtures/bad-input.js';
import { quotesHolding, spokenBy } from './corpus-lookups.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-bad-input-'));
let files: SourceFile[] = [];
let corpus: Corpus;

beforeAll(async () => {
  writeBadInputs(dir);
  for (const file of fixtureArticleFiles()) copyFileSync(join(ARTICLES_DIR, file), join(dir, file));
  files = await readCorpusFiles(dir);
  corpus = parseCorpus(files);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every warning about one file, whether it was skipped or parsed with a warning. */
function warningsFor(file: string): string[] {
  return [
    ...corpus.warnings.filter((w) => w.file === file).map((w) => w.message),
    ...(corpus.documents.find((d) => d.file === file)?.warnings ?? []),
  ];
}

function documentOf(file: string): CorpusDocument | undefined {
  return corpus.documents.find((d) => d.file === file);
}

describe('GIVEN a corpus folder holding six bad files beside the fixture articles', () => {
  it('THEN every fixture article still loads', () => {
    const loaded = corpus.documents.map((d) => d.file);
    for (const file of fixtureArticleFiles()) expect(loaded).toContain(file);
    const skipped = corpus.warnings.map((w) => w.file);
    for (const file of fixtureArticleFiles()) expect(skipped).not.toContain(file);
  });

  it.each([
    ['an empty file', BAD_INPUT_FILES.empty, /empty/i],
    ['a binary file', BAD_INPUT_FILES.binary, /binary/i],
    ['broken YAML front matter', BAD_INPUT_FILES.brokenFrontMatter, /front matter/i],
    ['a page of nothing but junk lines', BAD_INPUT_FILES.onlyJunk, /junk|no article text/i],
  ])('THEN %s is skipped with a warning naming the file and the reason', (_what, file, reason) => {
    expect(documentOf(file)).toBeUndefined();
    const skipped = corpus.warnings.filter((w) => w.file === file);
    expect(skipped.length).toBeGreaterThan(0);
    expect(warningsFor(file)).toContainEqual(expect.stringMatching(reason));
  });

  it('THEN a junk-only page leaves no entity, quote or sentence behind', () => {
    const file = BAD_INPUT_FILES.onlyJunk;
    expect(corpus.sentences.filter((s) => s.doc === file)).toEqual([]);
    expect(corpus.quotes.filter((q) => q.doc === file)).toEqual([]);
    expect(corpus.entities.filter((e) => e.mentions.some((m) => m.doc === file))).toEqual([]);
  });

  it('THEN the 10 MB file is read only in part, with a warning that says so, and its text still parses', () => {
    const huge = files.find((f) => f.file === BAD_INPUT_FILES.huge);
    expect(huge?.size).toBe(HUGE_FILE_BYTES);
    expect(huge?.bytes.length).toBeLessThan(HUGE_FILE_BYTES);
    const doc = documentOf(BAD_INPUT_FILES.huge);
    expect(doc?.title).toBe('Operators weigh the cost of new rules');
    expect(doc?.raw.length).toBeLessThan(HUGE_FILE_BYTES);
    expect(warningsFor(BAD_INPUT_FILES.huge)).toContainEqual(expect.stringMatching(/10(\.0)? ?MB/));
    expect(corpus.sentences.filter((s) => s.doc === BAD_INPUT_FILES.huge).length).toBeGreaterThan(100);
  });

  it('THEN the Latin-1 article is decoded with a warning, not dropped', () => {
    expect(warningsFor(BAD_INPUT_FILES.latin1)).toContainEqual(
      expect.stringMatching(/latin-1|windows-1252/i),
    );
    const doc = documentOf(BAD_INPUT_FILES.latin1);
    expect(doc?.raw).toContain('Zürich');
    expect(doc?.date).toBe(LATIN1_ARTICLE.date);
  });

  it('THEN the Latin-1 quote keeps its accents and its speaker', () => {
    const quotes = quotesHolding(corpus, BAD_INPUT_FILES.latin1, LATIN1_ARTICLE.quoteContains);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(spokenBy(corpus, quote, LATIN1_ARTICLE.speaker)).toBe(true);
  });

  it('THEN the Latin-1 article has its accented headline and byline', () => {
    const doc = documentOf(BAD_INPUT_FILES.latin1);
    expect({ title: doc?.title, author: doc?.author }).toEqual({
      title: LATIN1_ARTICLE.title,
      author: LATIN1_ARTICLE.author,
    });
  });
});

describe('GIVEN the 10 MB file handed to the parser whole (no reader in between)', () => {
  it('THEN the parser cuts it itself, warns, and does not throw', () => {
    const bytes = new Uint8Array(readFileSync(join(dir, BAD_INPUT_FILES.huge)));
    const parsed = parseCorpus([{ file: 'whole.txt', bytes }]);
    const doc = parsed.documents[0];
    expect(doc?.raw.length).toBeLessThan(bytes.length);
    expect(doc?.warnings.join(' ')).toMatch(/longer than|ignored|cut/i);
  });
});

describe('GIVEN inputs built to make a careless regex backtrack', () => {
  const text = (body: string): SourceFile[] => [
    { file: 'adversarial.txt', bytes: new TextEncoder().encode(body) },
  ];
  const cases: [string, (n: number) => string][] = [
    ['one endless word', (n) => `Headline here\n\n${'a'.repeat(n)}`],
    ['unbalanced quote marks', (n) => `Headline here\n\n${'“He said, '.repeat(n / 10)}`],
    ['abbreviations without end', (n) => `Headline here\n\nMr. ${'U.S. Dr. No. St. '.repeat(n / 18)}`],
    ['one abbreviation repeated', (n) => `Headline here\n\n${'U.S. '.repeat(n / 5)}`],
    [
      'capitalised words without end',
      (n) => `Headline here\n\n${'Huawei Ren Zhengfei Said '.repeat(n / 25)}.`,
    ],
    ['spaces and dashes', (n) => `Headline here\n\nA ${' - '.repeat(n / 3)} B said.`],
    ['a byline-like line', (n) => `By ${'Anna '.repeat(n / 5)}\n\nText.`],
  ];

  // Linear time is checked without a clock: the input doubles, and both sizes must parse (the test
  // timeout would catch a quadratic rule at these sizes) and keep what they hold.
  it.each(cases)('THEN %s parses at 5,000 and at 10,000 characters', (_name, build) => {
    for (const n of [5_000, 10_000]) {
      const parsed = parseCorpus(text(build(n)));
      expect(parsed.documents.length + parsed.warnings.length).toBe(1);
    }
  });

  it('THEN a realistic article twice as long gives twice the sentences', () => {
    const paragraph =
      'The regulator said on Tuesday that it would review every supplier. "We will look at the facts," a spokeswoman said.\n\n';
    const count = (repeats: number) =>
      parseCorpus(text(`Regulators review suppliers\n\n${paragraph.repeat(repeats)}`)).sentences.length;
    const one = count(200);
    expect(one).toBeGreaterThanOrEqual(400);
    expect(count(400)).toBe(2 * one);
  });
});
