// Acceptance of the corpus engine on the eight fixture articles: every fact articles.expected.json
// lists must come out of parseCorpus, through the public API only.
import { describe, expect, it } from 'vitest';
import { type Corpus, type CorpusDocument, parseCorpus } from '../../src/index.js';
import { fixtureSourceFiles, loadExpectedArticles } from '../fixtures/articles.js';
import {
  describeEvent,
  entityNamed,
  eventsOf,
  holds,
  normalise,
  quotesHolding,
  spokenBy,
  standsFor,
  UNRESOLVED_SPEAKERS,
} from './corpus-lookups.js';

const corpus: Corpus = parseCorpus(fixtureSourceFiles());
const expected = loadExpectedArticles();

function documentOf(file: string): CorpusDocument {
  const doc = corpus.documents.find((candidate) => candidate.file === file);
  if (!doc) throw new Error(`${file} was not parsed into a document`);
  return doc;
}

describe('GIVEN the eight fixture articles', () => {
  it('THEN each becomes one document and no file is skipped', () => {
    expect(corpus.documents.map((doc) => doc.file).sort()).toEqual(expected.map((a) => a.file).sort());
    expect(corpus.warnings).toEqual([]);
  });

  it('THEN no quote is attributed to a pronoun or "the company"', () => {
    const unresolved = corpus.quotes.filter((q) => UNRESOLVED_SPEAKERS.includes(q.speakerName.toLowerCase()));
    expect(unresolved.map((q) => `${q.doc}: ${q.speakerName}`)).toEqual([]);
  });
});

for (const article of expected) {
  describe(article.file, () => {
    const doc = documentOf(article.file);

    if (article.title === null) {
      it(`THEN the title is a headline-like lead, none of ${JSON.stringify(article.titleNot)}`, () => {
        expect(doc.title.length).toBeGreaterThan(10);
        expect(article.titleNot ?? []).not.toContain(doc.title);
      });
    } else {
      it(`THEN the title is "${article.title}"`, () =>
        expect(normalise(doc.title)).toBe(normalise(article.title ?? '')));
    }

    it(`THEN the author is ${article.author ?? 'null'} and the date ${article.date ?? 'null'}`, () => {
      expect({ author: doc.author, date: doc.date }).toEqual({ author: article.author, date: article.date });
    });

    if (article.outlet !== undefined) {
      it(`THEN the outlet is ${article.outlet}`, () => expect(doc.outlet).toBe(article.outlet));
    }

    for (const quote of article.quotes) {
      const kind = quote.reported ? 'reports' : 'quotes';
      it(`THEN it ${kind} ${quote.speaker} saying "${quote.contains}"`, () => {
        const found = quotesHolding(corpus, article.file, quote.contains);
        expect(
          found.map((q) => q.speakerName),
          'quotes holding the phrase',
        ).not.toEqual([]);
        const wrong = found.filter((q) => !spokenBy(corpus, q, quote.speaker)).map((q) => q.speakerName);
        expect(wrong, `speakers other than ${quote.speaker}`).toEqual([]);
        if (quote.reported) expect(found.some((q) => q.reported)).toBe(true);
      });
    }

    if (article.notSpeakers.length > 0) {
      it(`THEN none of ${article.notSpeakers.join(', ')} speaks`, () => {
        const quotes = corpus.quotes.filter((q) => q.doc === article.file);
        const wrong = quotes.filter((q) => article.notSpeakers.some((name) => spokenBy(corpus, q, name)));
        expect(wrong.map((q) => `${q.speakerName}: ${q.text.slice(0, 60)}`)).toEqual([]);
      });
    }

    for (const person of article.people) {
      const role = person.role ? ` with the role "${person.role}"` : '';
      it(`THEN ${person.name} is a person known as ${JSON.stringify(person.aliases)}${role}`, () => {
        const entity = entityNamed(corpus, person.name);
        expect(entity?.name).toBe(person.name);
        expect(entity?.type).toBe('person');
        for (const alias of person.aliases) expect(entityNamed(corpus, alias)?.name, alias).toBe(person.name);
        if (person.role) {
          const titles = (entity?.roles ?? [])
            .filter((r) => r.source.doc === article.file)
            .map((r) => r.title);
          const fitting = titles.filter((title) => holds(title, person.role ?? ''));
          expect(fitting, `roles from this article: ${JSON.stringify(titles)}`).not.toEqual([]);
        }
      });
    }

    for (const event of article.events) {
      const not = event.negated ? 'not ' : '';
      it(`THEN ${event.actors.join(', ')} did ${not}${event.verb} ${event.target} (${event.kind})`, () => {
        const events = eventsOf(corpus, article.file);
        const missing = event.actors.filter(
          (actor) =>
            !events.some(
              (e) =>
                e.kind === event.kind &&
                e.verb === event.verb &&
                e.negated === event.negated &&
                e.actors.some((id) => standsFor(corpus, id, actor)) &&
                targets(e, event.target),
            ),
        );
        expect(
          missing,
          `actors without the event; the article's events:\n${events.map(describeEvent).join('\n')}`,
        ).toEqual([]);
      });
    }

    for (const date of article.dates) {
      it(`THEN "${date.phrase}" is dated ${date.iso ?? 'nowhere (no publication date)'}`, () => {
        const mentions = corpus.dates.filter(
          (m) => m.doc === article.file && samePhrase(m.phrase, date.phrase),
        );
        const isos = mentions.map((m) => m.date.iso);
        if (date.iso === null) expect(isos).toEqual([]);
        else expect(isos).toContain(date.iso);
      });
    }

    it('THEN no junk line ends up in a paragraph or a sentence', () => {
      const sentences = corpus.sentences.filter((s) => s.doc === article.file).map((s) => s.text);
      const kept = [...doc.paragraphs, ...sentences].map(normalise);
      // Short lines ("Menu", "Norway") may be words of real sentences: those must only not stand alone.
      const leaked = article.junk.filter((line) => {
        const junk = normalise(line);
        return kept.some((text) => (junk.length >= 20 ? text.includes(junk) : text === junk));
      });
      expect(leaked).toEqual([]);
    });
  });
}

/** An event's target: the entity named (when the corpus knows it), otherwise a phrase in the action. */
function targets(event: { targets: string[]; action: string }, target: string): boolean {
  if (event.targets.some((id) => standsFor(corpus, id, target))) return true;
  return entityNamed(corpus, target) === undefined && holds(event.action, target);
}

function samePhrase(found: string, wanted: string): boolean {
  const a = found.toLowerCase();
  const b = wanted.toLowerCase();
  return a === b || a.includes(b) || b.includes(a);
}
