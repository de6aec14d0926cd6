// One person or organisation however the copy spells it: accents lost in one article, a describing
// noun opening the sentence before the name, a sentence that opens with a word and "for" + a name.
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/index.js';

const article = (file: string, headline: string, body: string) => ({
  file,
  bytes: new TextEncoder().encode(`${headline}\n\nBy Ann Lee\n\n${body}\n`),
});
const names = (...articles: ReturnType<typeof article>[]) =>
  parseCorpus(articles).entities.map((e) => ({
    name: e.name,
    type: e.type,
    docs: new Set(e.mentions.map((m) => m.doc)).size,
  }));

describe('name spellings', () => {
  it('GIVEN a name with accents in one article and without in another THEN one person', () => {
    const found = names(
      article('a.txt', 'Donor gives', '"We must help," Éric Dubreuil said on Monday.'),
      article('b.txt', 'Donor explains', '"It is our duty," Eric Dubreuil said on Tuesday.'),
    );
    const people = found.filter((e) => e.name.endsWith('Dubreuil'));
    expect(people).toHaveLength(1);
    expect(people[0]?.docs).toBe(2);
  });

  it('GIVEN a describing noun opening the sentence before a full name THEN it is no part of the name', () => {
    const found = names(
      article(
        'a.txt',
        'Donor gives',
        'Billionaire Marcel Dubreuil said his family would give 10 million euros.',
      ),
    );
    expect(found.map((e) => e.name)).toContain('Marcel Dubreuil');
    expect(found.some((e) => e.name.startsWith('Billionaire'))).toBe(false);
  });

  it('GIVEN "Sen. Jack Marsh of Ohio" THEN the person is Jack Marsh; "Richard I of Normandy" stays whole', () => {
    const found = names(
      article('a.txt', 'Senator back', 'Sen. Jack Marsh of Ohio returned to Columbus on Thursday.'),
      article('b.txt', 'Dukes', 'Richard I of Normandy was the son of William Longsword.'),
    ).map((e) => e.name);
    expect(found).toContain('Jack Marsh');
    expect(found).not.toContain('Jack Marsh of Ohio');
    expect(found).toContain('Richard I of Normandy');
  });

  it('GIVEN "Thirty-eight Conservative MPs backed it" THEN neither the count nor the plural initials are a name', () => {
    const found = names(
      article(
        'a.txt',
        'Rebels lose vote',
        'Thirty-eight Conservative MPs backed the amendment. MPs voted by 306 to 282 to reject it, and Tory MPs were angry.',
      ),
    ).map((e) => e.name);
    expect(found.some((n) => /Thirty|MPs/.test(n))).toBe(false);
    expect(found).toContain('Tory');
  });

  it('GIVEN a surname two people of one article share THEN alone it is the one named first', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Senator flies south',
        'Senator Tod Brennan flew to Cancun on Wednesday. His wife, Mary Brennan, had invited friends.\n\n"It was a mistake," Brennan said on Thursday.',
      ),
    ]);
    expect(corpus.quotes.find((q) => q.text.includes('a mistake'))?.speakerName).toBe('Tod Brennan');
    // (Across articles a shared surname is still no one's: each article tells its own people apart.)
    expect(corpus.entities.find((e) => e.name === 'Mary Brennan')?.aliases ?? []).not.toContain('Brennan');
  });

  it('GIVEN a describing noun before a full name mid-sentence ("defeating Democrat Jack Hale") THEN it is no part of the name', () => {
    const found = names(
      article(
        'a.txt',
        'Senator returns',
        'He has not faced voters since narrowly defeating Democrat Jack Hale in 2018.',
      ),
    );
    expect(found).toContainEqual(expect.objectContaining({ name: 'Jack Hale', type: 'person' }));
    expect(found.some((e) => e.name.startsWith('Democrat'))).toBe(false);
  });

  it('GIVEN "Even for X," opening a sentence THEN the name is X, not "for X"', () => {
    const found = names(article('a.txt', 'Planes return', 'Even for Vantair, the return is only the start.'));
    expect(found.map((e) => e.name)).toContain('Vantair');
    expect(found.some((e) => /^for /.test(e.name))).toBe(false);
  });

  it('GIVEN \'Ramesh "Sunny" Balwani\' and, in the headline, "Sunny Balwani" THEN one person known by both', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Ex-president Tariq Naidu convicted',
        'A jury on Thursday convicted Karan "Tariq" Naidu, the former president of Lumen, on all 12 counts.',
      ),
    ]);
    const people = corpus.entities.filter((e) => e.name.endsWith('Naidu'));
    expect(people.map((e) => e.name)).toEqual(['Karan Naidu']);
    expect(people[0]?.aliases).toContain('Tariq Naidu');
  });

  it('GIVEN a series number inside a name ("Swiss-based Volta 2 AG") THEN one name with it, no "-based"; a day after a month is no part of a name', () => {
    const found = names(
      article(
        'a.txt',
        'Operator folds',
        'The Swiss-based Volta 2 AG laid off 106 staff. On March 3 Volta 2 AG said it would close.',
      ),
    ).map((e) => e.name);
    expect(found).toContain('Volta 2 AG');
    expect(found.some((n) => /based|March/.test(n))).toBe(false);
  });

  it('GIVEN a nickname in quote marks inside a name THEN one person, named without it', () => {
    const found = names(
      article(
        'a.txt',
        'Pilot testifies',
        'Chesley "Sully" Sullenberger, who landed a jet on the Hudson, told the panel that pilots would be overwhelmed.',
      ),
    );
    expect(found.map((e) => e.name)).toContain('Chesley Sullenberger');
  });

  it('GIVEN "founder and CEO of Theranos" THEN Theranos is the title\'s organisation, no person "of Theranos"', () => {
    const found = names(
      article(
        'a.txt',
        'Founder charged',
        'Elizabeth Holmes, founder and CEO of Theranos, was charged with fraud on Friday.',
      ),
    );
    expect(found.find((e) => e.name === 'Theranos')?.type).toBe('org');
    expect(found.some((e) => /^of /i.test(e.name))).toBe(false);
  });
});
