// What every answer stage needs, built once per corpus: the corpus, its indexes and small lookups.

import { MAY_HOLD_ABSOLUTE_DATE } from '../corpus/chrono-dates.js';
import { tagsOf } from '../corpus/common-words.js';
import { extractDates } from '../corpus/extract-dates.js';
import type {
  Corpus,
  CorpusDocument,
  CorpusEvent,
  DatedMention,
  Entity,
  PartialDate,
  Quote,
} from '../corpus/types.js';
import { answerTypeNoun, answerTypeOf } from '../language/answer-types.js';
import { isTopicWord, synonymsOf } from '../language/synonyms.js';
import type { Citation } from '../reply.js';
import { finish, type Steps } from '../steps.js';
import { createRoleFinderSteps, type RoleFinder } from './find-roles.js';
import { createEntityLinkerSteps, type EntityLinker } from './link-entities.js';
import { readIntent } from './parse-question.js';
import { buildPassageIndexSteps, type PassageIndex } from './passage-index.js';
import { describeEventsSteps, type RestrictionTexts } from './restriction-texts.js';
import { type Speller, spellerFromCounts } from './speller.js';
import { stem } from './terms.js';

export interface AnswerContext {
  corpus: Corpus;
  passages: PassageIndex;
  linker: EntityLinker;
  roles: RoleFinder;
  speller: Speller;
  /** Stems of a word's synonyms and derivations (WordNet). */
  synonyms(word: string): string[];
  /** A date a question names, or undefined. */
  readDate(text: string): PartialDate | undefined;
  entity(id: string): Entity | undefined;
  document(file: string): CorpusDocument | undefined;
  /** Words of the articles' bylines, lower case: a writer is someone the corpus knows. */
  authorWords: ReadonlySet<string>;
  /** Entities mentioned in a sentence. */
  mentionsIn(sentence: number): readonly Entity[];
  /** The first date the parser read in the sentence, if any. */
  dateOf(sentence: number): PartialDate | undefined;
  /** Every date a sentence states, in order ("named in May …, and started on June 1"). */
  datesIn(sentence: number): readonly DatedMention[];
  /** Events an entity acts in or is the target of, in corpus order. */
  eventsOf(entityId: string): readonly CorpusEvent[];
  /** Restriction and allowance events (what bans and permits are answered from), in corpus order. */
  restrictionEvents: readonly CorpusEvent[];
  /** How each of restrictionEvents reads in a reply, written once per corpus. */
  restrictionTexts: RestrictionTexts;
  /** Quotes by a speaker, in corpus order. */
  quotesBy(speakerId: string): readonly Quote[];
  /** Who speaks in a sentence: the speakers of the quotes it is part of ("He continued, “We …”"). */
  voicesIn(sentence: number): readonly Entity[];
  /** First and one-past-last sentence of the sentence's paragraph. */
  paragraphOf(sentence: number): [number, number];
  /** The sentence and its neighbours in the same article: where "it" and "the company" resolve. */
  windowOf(sentence: number): number[];
  /** The sentences of the sentence's paragraph. */
  paragraphSentences(sentence: number): number[];
  /** A citation of one sentence, verbatim. */
  cite(sentence: number): Citation;
  /** A citation of any verbatim passage of a document. */
  citeText(doc: string, snippet: string): Citation;
}

const NONE: readonly Entity[] = [];
/** Sentences a quote is looked for in, from where it starts. */
const QUOTE_SPAN = 6;

/**
 * Loads what the first question would otherwise pay for (the WordNet noun list, chrono's parsers,
 * compromise's lexicon, the question readers' patterns: about half a second), so no user waits
 * for it. Adapters call it once the bot is up, not before: starting stays fast.
 */
export function warmUpAnswering(): void {
  isTopicWord('warm');
  extractDates('On 1 January 2000', null);
  // compromise builds its lexicon on its first word; linking a question may ask it.
  tagsOf('warm');
  // Regular expressions compile on first use: the question readers' long ones cost milliseconds.
  for (const question of ['Who said what about which company in 2020?', 'How many?', 'Warm words']) {
    answerTypeOf(question);
    answerTypeNoun(question);
    readIntent(question);
  }
}

export function buildContext(corpus: Corpus): AnswerContext {
  return finish(buildContextSteps(corpus));
}

/** Mentions (or facts) indexed between two yields of buildContextSteps: a few milliseconds. */
const PER_STEP = 1_000;

/** The same build as steps (see steps.ts): a reload indexes without holding up answers. */
export function* buildContextSteps(corpus: Corpus): Steps<AnswerContext> {
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  // Built on first use: only date questions ask.
  let dated: Map<number, DatedMention[]> | undefined;
  const datedSentences = (): Map<number, DatedMention[]> => {
    if (!dated) {
      dated = new Map();
      for (const d of corpus.dates) {
        const list = dated.get(d.sentence);
        if (list) list.push(d);
        else dated.set(d.sentence, [d]);
      }
    }
    return dated;
  };
  const documents = new Map(corpus.documents.map((d) => [d.file, d]));
  yield;
  // Only sentences that mention someone get a list: most sentences share the empty one.
  const mentions = new Map<number, Entity[]>();
  let done = 0;
  for (const entity of corpus.entities) {
    // Counted in mentions, not entities: the most named entity alone has thousands.
    done += entity.mentions.length;
    if (done >= PER_STEP * 2) {
      done = 0;
      yield;
    }
    for (const m of entity.mentions) {
      let list = mentions.get(m.sentence);
      if (!list) {
        list = [];
        mentions.set(m.sentence, list);
      }
      if (!list.includes(entity)) list.push(entity);
    }
  }
  const paragraphs = paragraphRanges(corpus);
  yield;
  const passages = yield* buildPassageIndexSteps(corpus);
  // Facts by who they are about, so a question reads its entity's facts, not every fact.
  const events = new Map<string, CorpusEvent[]>();
  const restrictionEvents: CorpusEvent[] = [];
  for (const [n, event] of corpus.events.entries()) {
    if (n % PER_STEP === 0) yield;
    if (event.kind === 'restriction' || event.kind === 'allowance') restrictionEvents.push(event);
    for (const id of new Set([...event.actors, ...event.targets])) {
      let list = events.get(id);
      if (!list) {
        list = [];
        events.set(id, list);
      }
      list.push(event);
    }
  }
  const restrictionTexts = yield* describeEventsSteps(
    restrictionEvents,
    (id) => entities.get(id)?.name ?? id,
  );
  const quotes = new Map<string, Quote[]>();
  const voices = new Map<number, Entity[]>();
  for (const [n, quote] of corpus.quotes.entries()) {
    if (n % PER_STEP === 0) yield;
    let list = quotes.get(quote.speaker);
    if (!list) {
      list = [];
      quotes.set(quote.speaker, list);
    }
    list.push(quote);
    // A quote runs on over the sentences its words hold (not its whole paragraph: a lede that
    // reports what someone said is followed by the reporter's own sentences).
    const speaker = entities.get(quote.speaker);
    if (!speaker) continue;
    for (let s = quote.sentence; s < quote.sentence + QUOTE_SPAN; s++) {
      const text = corpus.sentences[s]?.text;
      if (
        !text ||
        corpus.sentences[s]?.doc !== quote.doc ||
        (s > quote.sentence && !quote.text.includes(withoutQuoteMarks(text)))
      )
        break;
      const list = voices.get(s);
      if (!list) voices.set(s, [speaker]);
      else if (!list.includes(speaker)) list.push(speaker);
    }
  }
  const authorWords = new Set(
    corpus.documents.flatMap((d) =>
      d.author
        ? d.author
            .normalize('NFD')
            .replace(/\p{M}+/gu, '')
            .toLowerCase()
            .split(/[^\p{L}'’-]+/u)
        : [],
    ),
  );
  const paragraphOf = (sentence: number): [number, number] =>
    sentence >= 0 && sentence < corpus.sentences.length
      ? [paragraphs.start[sentence] ?? sentence, paragraphs.end[sentence] ?? sentence + 1]
      : [sentence, sentence + 1];
  const citeText = (doc: string, snippet: string): Citation => {
    const document = documents.get(doc);
    return { doc, title: document?.title ?? doc, date: document?.date ?? null, snippet };
  };
  yield;
  const linker = yield* createEntityLinkerSteps(corpus.entities);
  const roles = yield* createRoleFinderSteps(corpus.entities);
  const speller = spellerFromCounts(passages.wordCounts);
  yield;
  return {
    corpus,
    passages,
    linker,
    roles,
    speller,
    synonyms: (word) => synonymsOf(word).map(stem),
    readDate: (text) => (MAY_HOLD_ABSOLUTE_DATE.test(text) ? extractDates(text, null)[0]?.date : undefined),
    entity: (id) => entities.get(id),
    document: (file) => documents.get(file),
    authorWords,
    mentionsIn: (sentence) => mentions.get(sentence) ?? NONE,
    dateOf: (sentence) => datedSentences().get(sentence)?.[0]?.date,
    datesIn: (sentence) => datedSentences().get(sentence) ?? [],
    eventsOf: (id) => events.get(id) ?? [],
    restrictionEvents,
    restrictionTexts,
    quotesBy: (id) => quotes.get(id) ?? [],
    voicesIn: (sentence) => voices.get(sentence) ?? NONE,
    paragraphOf,
    windowOf: (sentence) => {
      const doc = corpus.sentences[sentence]?.doc;
      return [sentence - 1, sentence, sentence + 1].filter((i) => i >= 0 && corpus.sentences[i]?.doc === doc);
    },
    paragraphSentences: (sentence) => {
      const [start, end] = paragraphOf(sentence);
      return Array.from({ length: end - start }, (_, k) => start + k);
    },
    cite: (sentence) => {
      const s = corpus.sentences[sentence];
      return citeText(s?.doc ?? '', s?.text ?? '');
    },
    citeText,
  };
}

/** First and one-past-last sentence of each sentence's paragraph, packed. */
function paragraphRanges(corpus: Corpus): { start: Int32Array; end: Int32Array } {
  const sentences = corpus.sentences;
  const out = { start: new Int32Array(sentences.length), end: new Int32Array(sentences.length) };
  let start = 0;
  for (let i = 1; i <= sentences.length; i++) {
    const a = sentences[i - 1];
    const b = sentences[i];
    if (!b || !a || b.doc !== a.doc || b.paragraph !== a.paragraph) {
      out.start.fill(start, start, i);
      out.end.fill(i, start, i);
      start = i;
    }
  }
  return out;
}

/** A sentence without the quote marks and spaces around it: as a quote's words hold it. */
function withoutQuoteMarks(sentence: string): string {
  return sentence.replace(/^[\s"“”'‘’]+|[\s"“”'‘’]+$/g, '').slice(0, 60);
}
