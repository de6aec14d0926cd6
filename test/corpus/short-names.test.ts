// An organisation one article names in full and shortens ("Kestrel Systems" … "Kestrel's"), and
// another names only by the short form, is one organisation across the corpus.
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/index.js';

const article = (file: string, headline: string, body: string) => ({
  file,
  bytes: new TextEncoder().encode(`${headline}\n\nBy Ann Lee\n\n${body}\n`),
});
const organisations = (...articles: ReturnType<typeof article>[]) =>
  parseCorpus(articles)
    .entities.filter((e) => e.type === 'org')
    .map((e) => ({
      name: e.name,
      aliases: e.aliases,
      docs: [...new Set(e.mentions.map((m) => m.doc))].sort(),
    }));

describe('short forms across articles', () => {
  it('GIVEN the full name shortened in one article and the short form in another THEN one organisation', () => {
    const found = organisations(
      article(
        'a.txt',
        'Radio maker grows',
        'Kestrel Systems was founded in 1998 in Bergen. Kestrel’s radios sell well.',
      ),
      article(
        'b.txt',
        'Carrier drops supplier',
        'Nordlink said on Tuesday it would remove Kestrel equipment from its core.',
      ),
    );
    const kestrel = found.find((o) => o.name === 'Kestrel Systems');
    expect(kestrel?.docs).toEqual(['a.txt', 'b.txt']);
    expect(kestrel?.aliases).toContain('Kestrel');
    expect(found.some((o) => o.name === 'Kestrel')).toBe(false);
  });

  it('GIVEN a full name never shortened by its own article THEN the short form elsewhere stays apart', () => {
    const found = organisations(
      article(
        'a.txt',
        'Label reissues albums',
        'Apple Records will reissue four albums in May, Apple Records said.',
      ),
      article('b.txt', 'Phone maker grows', 'Apple sold more phones in Norway this year than any rival.'),
    );
    expect(found.find((o) => o.name === 'Apple Records')?.docs).toEqual(['a.txt']);
  });
});

describe('names in one article', () => {
  it('GIVEN "Lumen Minerals" then "Lumen" in one article THEN one organisation named the longer way', () => {
    const found = organisations(
      article(
        'a.txt',
        'Miners dig in',
        "Lumen Minerals wants to dig an open pit in Nevada. Lumen's shares fell by 30% after the lawsuit.",
      ),
    );
    expect(found.find((o) => o.name === 'Lumen Minerals')?.aliases).toContain('Lumen');
    expect(found.some((o) => o.name === 'Lumen')).toBe(false);
  });

  it('GIVEN a plural noun opening a sentence ("Attackers got in …") THEN it is no organisation', () => {
    const found = organisations(
      article(
        'a.txt',
        'Breach explained',
        'Attackers got in through a test server that had been left online.',
      ),
    );
    expect(found.some((o) => o.name === 'Attackers')).toBe(false);
  });
});
