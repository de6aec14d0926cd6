// Names the article's own usage tells apart: a title word inside a thing's name, a dictionary word
// the article uses as a company's name, a word read as a surname that is a company elsewhere, and
// who "the spokesperson" speaks for.
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/index.js';

const article = (file: string, headline: string, body: string) => ({
  file,
  bytes: new TextEncoder().encode(`${headline}\n\nBy Ann Lee\n\n${body}\n`),
});

describe('names in context', () => {
  it('GIVEN "the Temporary General Permit for Kestrel" THEN no person holds the title "General": Kestrel is Kestrel', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Permit extended',
        'The ministry extended its Temporary General Permit for Kestrel by 90 days. Kestrel said it was pleased.',
      ),
    ]);
    const people = corpus.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people.some((n) => /Permit/.test(n))).toBe(false);
    const kestrel = corpus.entities.find((e) => e.aliases.includes('Kestrel') || e.name === 'Kestrel');
    expect(kestrel?.name).toBe('Kestrel');
  });

  it('GIVEN a dictionary word the article capitalises alone again and again ("Anchor") THEN it is an organisation', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Chip designer halts work',
        'The chip designer Anchor has told staff to stop work with Kestrel. Its designs hold code that makes Anchor subject to the rules. Analysts said the move by Anchor hurts Kestrel. A deal with Anchor had been signed in 2016.',
      ),
    ]);
    expect(corpus.entities.find((e) => e.name === 'Anchor')?.type).toBe('org');
  });

  it('GIVEN a dictionary word capitalised only as the last word of a longer name ("Nordic Bridge") THEN alone it is no name', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Port deal',
        'The cranes are owned by Nordic Bridge. Kestrel sold radios to Nordic Bridge. Analysts said Nordic Bridge paid well.\n\nBridge fees rose in May.',
      ),
    ]);
    expect(corpus.entities.some((e) => e.name === 'Bridge')).toBe(false);
  });

  it('GIVEN a dictionary word capitalised only at sentence starts THEN it is no name', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Chip designer halts work',
        'Anchor points hold the mast. Anchor chains rust. Anchor bolts were replaced by Kestrel.',
      ),
    ]);
    expect(corpus.entities.some((e) => e.name === 'Anchor')).toBe(false);
  });

  it('GIVEN one article reads "Sideloaded Kestrel" as a name beside "Kestrel" THEN Kestrel stays a company in every article', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Apps warning',
        'Nordlink phones went on sale on Monday.\n\nThe phones lack the usual apps.\n\nKestrel warned users on Monday. Kestrel said its store still works. Kestrel posted a note.\n\n"Sideloaded Kestrel apps will not work reliably," the forum post said.',
      ),
      article(
        'b.txt',
        'Radio maker grows',
        'Kestrel said on Tuesday that sales rose. Kestrel employs 900 people.',
      ),
    ]);
    const kestrel = corpus.entities.find((e) => e.name === 'Kestrel');
    expect(kestrel?.type).toBe('org');
    expect(new Set(kestrel?.mentions.map((m) => m.doc))).toEqual(new Set(['a.txt', 'b.txt']));
  });

  it('GIVEN "said Anna Lund of Fjord Insight" THEN the analyst is Anna Lund, and Fjord Insight a name of its own', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Phones face a hard sell',
        '"It is going to be a very tough sell in Europe," said Anna Lund of Fjord Insight. Anna Lund has followed Kestrel for years.',
      ),
    ]);
    expect(corpus.quotes.find((q) => q.text.includes('tough sell'))?.speakerName).toBe('Anna Lund');
    expect(corpus.entities.some((e) => e.name === 'Fjord Insight')).toBe(true);
  });

  it('GIVEN a post in lower case right before a name ("Kestrel\'s president He Tingbo") THEN a person, whose words they are', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Chip unit ready',
        'Kestrel\'s president He Tingbo, in a letter to staff, said the unit had prepared for years.\n\n"Today all the spare chips we built have become main chips," she wrote.',
      ),
    ]);
    expect(corpus.entities.find((e) => e.name === 'He Tingbo')?.type).toBe('person');
    expect(corpus.quotes.find((q) => q.text.includes('spare chips'))?.speakerName).toBe('He Tingbo');
  });

  it('GIVEN a long post after the name, at a body whose name joins a lower-case word ("Cyberdefence and Infrastructure Security Agency") THEN the post, the body whole, and the words are the person\'s', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Agencies hit',
        '"The agency is providing support to several ministries that have experienced intrusions," Ola Strand, the executive assistant director for cyberdefence at the Cyberdefence and Infrastructure Security Agency, said in a statement.',
      ),
    ]);
    const strand = corpus.entities.find((e) => e.name === 'Ola Strand');
    expect(strand?.roles.map((r) => r.of)).toContain('Cyberdefence and Infrastructure Security Agency');
    expect(corpus.quotes.find((q) => q.text.includes('providing support'))?.speakerName).toBe('Ola Strand');
  });

  it('GIVEN "“…,” the prime minister\'s spokesman said" after another person spoke THEN the words are not that person\'s', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Regulator seeks warrant',
        '"Our investigation is ongoing," Ms Ingrid Vale told reporters.\n\nThe government also weighed in. "The allegations are clearly very concerning," the prime minister\'s spokesman said.',
      ),
    ]);
    expect(corpus.quotes.find((q) => q.text.includes('very concerning'))?.speakerName).not.toBe(
      'Ingrid Vale',
    );
  });

  it('GIVEN "Senator Ola Dahl, a Minnesota Democrat, said …" THEN the senator speaks, and "Minnesota Democrat" names no organisation', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Senators want answers',
        'Senator Ola Dahl, a Minnesota Democrat, said Kestrel should answer questions before Congress.',
      ),
    ]);
    expect(corpus.entities.some((e) => e.name === 'Minnesota Democrat')).toBe(false);
    expect(corpus.quotes.find((q) => q.text.includes('answer questions'))?.speakerName).toBe('Ola Dahl');
  });

  it('GIVEN "Q2" THEN it names no organisation', () => {
    const corpus = parseCorpus([
      article('a.txt', 'Kestrel leads', 'Kestrel sold 5 million radios in Q2, up from 4 million in Q1.'),
    ]);
    expect(corpus.entities.some((e) => e.name === 'Q2')).toBe(false);
  });

  it('GIVEN "a Kestrel spokesperson said …" then “…,” the spokesperson said THEN the words are Kestrel’s', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Carrier drops supplier',
        'Nordlink said on Tuesday it would remove Kestrel equipment. Ola Strand, its chief executive, called it a hard choice.\n\nExisting radios will keep working, a Kestrel spokesperson said.\n\n"We are reviewing the implications," the spokesperson said.',
      ),
    ]);
    const quote = corpus.quotes.find((q) => q.text.includes('reviewing the implications'));
    expect(quote?.speakerName).toBe('Kestrel');
  });

  it('GIVEN words in a memo "seen by" a broadcaster "and confirmed by" others THEN they are not the broadcaster’s', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Chip designer halts work',
        'In an internal memo seen by the NBN and confirmed by people familiar with it, Kestrel instructed staff to suspend "all active contracts, support entitlements and any pending engagements" with Nordlink.',
      ),
    ]);
    expect(corpus.quotes.some((q) => q.speakerName === 'NBN')).toBe(false);
  });
});
