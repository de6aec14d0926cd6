// The general features every candidate is scored on, whatever it came from: how much of the
// question's information a sentence and its surroundings hold, how close together, whether the
// kind of answer asked for is there, whether the question's focus is.
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../language/calendar-words.js';
import { QUANTITY_WORDS, SMALL_NUMBERS } from '../language/number-words.js';
import { isStopWord } from '../language/stop-words.js';
import { isTopicWord, kindsOf, synonymsOf } from '../language/synonyms.js';
import type { AnswerType, KeyTerm, Query } from './analyse-question.js';
import type { AnswerContext } from './context.js';
import type { SentenceTerms } from './passage-index.js';
import { expand, stem, words } from './terms.js';

export const FEATURES = [
  'bias',
  'bm25',
  'coverSentence',
  'coverWindow',
  'coverParagraph',
  'coverDocument',
  'proximity',
  'bigrams',
  'answerType',
  'focusSentence',
  'focusParagraph',
  'missingRare',
  'shortSentence',
] as const;

export type FeatureName = (typeof FEATURES)[number];
export type Features = Record<FeatureName, number>;

export interface ScoringQuery {
  query: Query;
  /** Sum of key-term weights. */
  total: number;
  /** Best BM25 score among the candidates, to normalise. */
  topBm25: number;
  /** The question's words, `spaced`: what an answer must add to. */
  asked: string;
}

/** "How much" asked of money: a cost, a price, a sum paid, offered or earned. */
const MONEY_ASKED =
  /\bhow much\b.*\b(?:cost|costs|costing|pay|paid|pays|price|priced|money|spend|spent|spends|worth|fine|fined|compensation|revenue|revenues|profit|profits|budget|invest|invested|offer|offered|offers|bill|charge|charged|fee|fees|salary|funding|raise|raised|earn|earned|sell for|sold for|claim|demand|demanded)\b/i;
/** A sum of money: a currency sign or code before the digits, or a currency word after them. */
/** A sum of money: a currency sign or code, or a currency named after the amount ("2.3 billion
 * Swedish kronor", "3 million in euros"). */
const MONEY =
  /[$£€¥₹]\s?\d|\b(?:US|HK|A|C|NZ)?\$\s?\d|\b(?:USD|EUR|GBP|CHF|CNY|RMB|JPY|INR)\s?\d|\d[\d,.]*\s?(?:bn|m|mn|k|million|billion|trillion)?\s+(?:[a-z]+\s+)?(?:dollars?|euros?|pounds?|sterling|yuan|renminbi|yen|francs?|rupees?|won|roubles?|rubles?|kron[aeor]+|crowns?|lira|pesos?|reais|real|riyals?|dirhams?|shekels?|rand|naira|usd|eur|gbp)\b/i;

const SHARE_ASKED = /\b(?:what|which) (?:[\w-]+ )?(?:rate|percentage|percent|proportion)\b/i;
/** Numbers written out, as a regex alternation: "three", "dozen", "million". */
const NUMBER_WORDS = [...SMALL_NUMBERS.slice(1), ...QUANTITY_WORDS].join('|');
const SHARE = /\d\s?(?:%|per ?cent\b|percentage points?\b)/i;
/** "How long did it last?" (not "how long is the pipeline?"): a period may answer. */
const LASTED = /\bhow long (?!(?:is|are|was|were)\b)/i;
/** "How long / far / tall …?": a length or a span of time, not a share or a clock time. */
const EXTENT_ASKED = /\bhow (?:long|far|wide|tall|high|deep)\b/i;
const EXTENT = new RegExp(
  `(?:\\d[\\d,.]*|\\b(?:${NUMBER_WORDS}|several|few|many))[\\s-]*(?:(?:million|billion|thousand|hundred)[\\s-]+)?(?:miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|m\\b|feet|foot|ft|yards?|inch(?:es)?|cm|mm|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))\\b`,
  'i',
);

const ASKS_CLOCK = /\bwhat time\b/i;
const CLOCK =
  /\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)(?![a-z])|\b(?:noon|midnight)\b/i;

// ("P40", "A320": digits run on from letters name a model, not an amount.)
const NUMBER = new RegExp(`(?<![A-Za-z\\d])\\d[\\d,.]*|\\b(?:${NUMBER_WORDS})\\b`, 'gi');
const DATE = new RegExp(
  // Years ("1066", "the 1990s", "in 911," but not "in 12 countries"), months, centuries, days.
  `\\b1[0-9]{3}s?\\b|\\b20[0-9]{2}s?\\b|\\b[1-9]0s\\b|\\b(?:in|from|since|until|by|around|c\\.) [1-9][0-9]{1,2}(?=[,.;)]|$| (?:AD|BC|BCE|CE)\\b)|\\b(?:${MONTHS.join('|')})\\b|\\b(?:${MONTH_ABBREVIATIONS.join('|')})\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th) century\\b|\\b(?:${WEEKDAYS.join('|')}|yesterday|today)\\b`,
  'gi',
);
const REASON =
  /\b(because|since|due to|owing to|as a result|in order to|so that|fears?|concerns?|reason|caused?|led to|amid|over)\b/i;
const NAME = /(?<=^|[^.!?]\s)\p{Lu}[\p{L}’'-]+/gu;

/** Some match of the pattern in the sentence that the question does not already hold: the
 * answer is what the question lacks ("in 1066" asked, another year answers). */
function holdsNew(pattern: RegExp, text: string, asked: string, not?: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(pattern))
    if (!asked.includes(spaced(m[0])) && !not?.has(m[0].toLowerCase())) return true;
  return false;
}

/** Capitalised words that name a day or month, not who or where ("said on Saturday"). */
const CALENDAR: ReadonlySet<string> = new Set([...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS]);

const MONTH_WORD = `(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})`;
const MONTH_BEFORE = new RegExp(`\\b${MONTH_WORD}\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}\\b`, 'i');
const YEAR = /^(?:1\d{3}|20\d{2})$/;

/**
 * A count or an amount the question does not already hold: "68 affiliates", "C$10 million",
 * "three layers", not the day of "May 15" or the year of "in 2019" ("1600 people" is a count).
 */
export function holdsQuantity(text: string, asked: string): boolean {
  for (const m of text.matchAll(NUMBER)) {
    const value = m[0].replace(/[,.]$/, '');
    if (asked.includes(spaced(value))) continue;
    // "third-party", "half-hearted", "single-handed": a part word joined to another is no amount.
    if (/^(?:third|half|single|quarter)$/i.test(value) && text.charAt(m.index + value.length) === '-')
      continue;
    // "one of the largest bonds ever" picks one out of many: it counts nothing.
    if (
      /^one$/i.test(value) &&
      /^ of\b/i.test(text.slice(m.index + value.length, m.index + value.length + 4))
    )
      continue;
    if (/^\d+$/.test(value)) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + value.length, m.index + value.length + 16);
      if (/^(?:st|nd|rd|th)\b/i.test(after) && !MONTH_AFTER.test(after)) continue;
      // "5G", "3D": a capital letter joined to the digit names a thing.
      if (/^\p{Lu}/u.test(after)) continue;
      if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) continue;
      const next = /^\s+([a-z]+)/.exec(after)?.[1];
      // "the 1960s" is a span of time, which a "how long" may ask.
      if (YEAR.test(value) && !after.startsWith('s') && (!next || isStopWord(next))) continue;
    }
    return true;
  }
  return false;
}

/**
 * "How many base stations …?" is not answered by "118m smartphones": a number must stand within a
 * few words of what is counted (its stem or a synonym). True when nothing counted is named.
 */
export function countsAsked(text: string, question: string): boolean {
  // "How much steam …?": the one word after "much" is what is measured, if it is a noun.
  const much = /\bhow much ([\p{L}'’-]+)/iu.exec(question)?.[1];
  const counted =
    COUNTED.exec(question)?.[1] ??
    (much && !isStopWord(much) && isTopicWord(much) && !MEASURED_OTHERWISE.test(much) ? much : undefined);
  if (!counted) return true;
  // (WordNet's synonyms too: "types" are counted as "kinds"; and what the thing is a kind of:
  // "422 vessels" counts ships.)
  const asked = words(counted).filter((w) => !isStopWord(w) && !/^\d/.test(w));
  const wanted = new Set(
    asked.flatMap((w) => [...expand(stem(w)), ...synonymsOf(w).map(stem), ...kindsOf(w).map(stem)]),
  );
  if (wanted.size === 0) return true;
  // "206 million smartphones" counts phones: a compound ending in the word asked.
  // (Compared as written, less a plural's "s": stems cut "smartphone" and "phone" differently.)
  const bare = (w: string) => w.toLowerCase().replace(/[,.]$/, '').replace(/s$/, '');
  const endings = asked.map(bare).filter((w) => w.length >= 4);
  // ("two people familiar with the matter" are a source, no headcount.)
  const tokens = [...text.replace(UNNAMED_SOURCES, ' ').matchAll(/[\p{L}\p{N}][\p{L}\p{N},.'’-]*/gu)];
  const near = new Set<number>();
  // ("revenue will be about $30bn", "wiped $37 billion off its market value": a sum stands further
  // from what it measures than a count from what it counts.)
  const reach = MONEY_ASKED.test(question) ? MONEY_REACH : COUNT_REACH;
  tokens.forEach((t, i) => {
    const word = bare(t[0]);
    if (
      wanted.has(stem(t[0].toLowerCase().replace(/[,.]$/, ''))) ||
      endings.some((e) => word.length > e.length + 2 && word.endsWith(e))
    )
      for (let k = i - reach; k <= i + reach; k++) near.add(k);
  });
  return tokens.some((t, i) => near.has(i) && (/^\d/.test(t[0]) || NUMBER_WORD.test(t[0])));
}
/** Words between a number and what it counts ("135 of the MAX", "38 Conservative MPs"): three, fitted
 * on the development sets (four and six refuse fewer near misses, answering no more). */
const COUNT_REACH = 3;
const MONEY_REACH = 5;
/**
 * Whether a sentence holds an amount besides its dates: "ran the bank from 2011 until March 10"
 * gives no size of anything.
 */
export function holdsAmount(text: string, datePhrases: readonly string[]): boolean {
  let rest = text.replace(UNNAMED_SOURCES, ' ');
  for (const phrase of datePhrases) rest = rest.split(phrase).join(' ');
  return /\d/.test(rest) || [...rest.matchAll(/\p{L}+/gu)].some((m) => NUMBER_WORD.test(m[0]));
}

/** How news names sources it does not name: "two people familiar with the process". */
const UNNAMED_SOURCES = new RegExp(
  `\\b(?:\\d+|${NUMBER_WORDS}|several|many)\\s+(?:people|persons|sources|officials|executives)\\s+(?:familiar|briefed|close|with knowledge|who (?:spoke|asked|requested|declined))\\b`,
  'gi',
);
const COUNTED =
  /\bhow many ((?:[\p{L}\p{N}'’-]+ ){0,3}?[\p{L}\p{N}'’-]+?)(?: (?:did|does|do|were|are|was|is|have|has|had|will|would|can|could|in|of|on|at|for|from|to|by)\b|$)/iu;
/** "How much money/time …": amounts answered by sums and spans, not by a number beside the word. */
const MEASURED_OTHERWISE = /^(?:money|cash|time|longer|less)$/i;
const NUMBER_WORD = new RegExp(`^(?:${NUMBER_WORDS})$`, 'i');

/** Words between single spaces, lower case: " in 1066 " holds " 1066 " but not " 106 ". */
export const spaced = (t: string): string => ` ${t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;

/** Whether a set of terms holds a key term: itself, another name of it, or a related word. */
export function termMet(k: KeyTerm, has: (t: string) => boolean): boolean {
  return has(k.term) || (k.same?.some(has) ?? false) || k.related.some(has);
}

/** Weight share of the key terms found in a set of terms (synonyms count 0.5). */
export function coverage(keys: readonly KeyTerm[], has: (t: string) => boolean, total: number): number {
  if (total <= 0) return 0;
  let sum = 0;
  for (const k of keys) {
    if (has(k.term) || k.same?.some(has)) sum += k.weight;
    else if (k.related.some(has)) sum += k.weight * 0.5;
  }
  return sum / total;
}

export function features(ctx: AnswerContext, sq: ScoringQuery, sentence: number, bm25: number): Features {
  const { query, total } = sq;
  const keys = query.terms;
  const idx = ctx.passages;
  const words = idx.termsOf(sentence);
  const own = new Set(words.terms);
  const doc = ctx.corpus.sentences[sentence]?.doc;
  const window = ctx.windowOf(sentence);
  const paragraph = ctx.paragraphSentences(sentence);
  // Windows and paragraphs are runs of sentences: a term's postings answer for the whole run.
  const inAny = (ids: number[]) => {
    const from = ids[0] ?? 0;
    const to = (ids[ids.length - 1] ?? -1) + 1;
    return (t: string) => idx.heldIn(t, from, to);
  };
  const docHas = (t: string) => idx.docHas(doc ?? '', t);
  const text = ctx.corpus.sentences[sentence]?.text ?? '';
  const mentioned = ctx.mentionsIn(sentence);
  const focus = query.focus;
  const focusIn = (ids: number[]) =>
    focus.length === 0
      ? 0
      : focus.filter((e) => ids.some((i) => ctx.mentionsIn(i).includes(e))).length / focus.length;
  // The rarest key term the sentence lacks, as a share of the question: SQuAD-style near misses
  // change exactly one specific word.
  let missing = 0;
  for (const k of keys) if (!termMet(k, (t) => own.has(t))) missing = Math.max(missing, k.weight);
  return {
    bias: 1,
    bm25: sq.topBm25 > 0 ? bm25 / sq.topBm25 : 0,
    coverSentence: coverage(keys, (t) => own.has(t), total),
    coverWindow: coverage(keys, inAny(window), total),
    coverParagraph: coverage(keys, inAny(paragraph), total),
    coverDocument: coverage(keys, docHas, total),
    proximity: proximity(keys, words),
    bigrams: bigrams(keys, words.terms),
    answerType:
      // The parser's dates ("earlier this month" in a dated article) count as well as the words.
      query.answerType === 'date' &&
      ctx.dateOf(sentence) !== undefined &&
      !/\d/.test(query.text) &&
      !ASKS_CLOCK.test(query.text)
        ? 1
        : answerTypePresent(
            query.answerType,
            text,
            sq.asked,
            mentioned.length > focusIn([sentence]) * focus.length,
          ),
    focusSentence: focusIn([sentence]),
    focusParagraph: focusIn(paragraph),
    missingRare: total > 0 ? missing / total : 0,
    shortSentence: words.terms.length < 5 ? 1 : 0,
  };
}

function answerTypePresent(type: AnswerType, text: string, asked: string, otherEntity: boolean): number {
  switch (type) {
    case 'date':
      // "What time …?" asks the clock: "at 3:05 p.m.", not the day.
      if (ASKS_CLOCK.test(asked)) return CLOCK.test(text) ? 1 : 0;
      return holdsNew(DATE, text, asked) ? 1 : 0;
    case 'number':
      // "How much did it cost?" is answered by a sum of money, not by "three operators".
      if (MONEY_ASKED.test(asked)) return MONEY.test(text) ? 1 : 0;
      // "What interest rate …?", "what percentage …?": a share, not a sum or a count.
      if (SHARE_ASKED.test(asked)) return SHARE.test(text) ? 1 : 0;
      // "How long …?" is a length or a span ("5,500 miles", "three years"), or a time ("into the
      // nineteenth century"): not "45%" or "5 p.m.".
      if (EXTENT_ASKED.test(asked))
        return EXTENT.test(text) || (LASTED.test(asked) && holdsNew(DATE, text, asked)) ? 1 : 0;
      return holdsQuantity(text, asked) ? 1 : 0;
    case 'reason':
      return REASON.test(text) ? 1 : 0;
    case 'person':
    case 'organisation':
    case 'place':
    case 'list':
      return otherEntity || holdsNew(NAME, text, asked, CALENDAR) ? 1 : 0;
    case 'quote':
      return /["“”]/.test(text) ? 1 : 0;
    default:
      return 0.5;
  }
}

/** Matched key terms per word of the shortest span that holds them all, 0..1. */
function proximity(keys: readonly KeyTerm[], { terms, positions }: SentenceTerms): number {
  const wanted = new Set(keys.map((k) => k.term));
  const at: number[] = [];
  const seen = new Set<string>();
  terms.forEach((t, i) => {
    if (wanted.has(t) && !seen.has(t)) {
      seen.add(t);
      at.push(positions[i] ?? 0);
    }
  });
  if (at.length < 2) return at.length === 1 && keys.length === 1 ? 1 : 0;
  const span = Math.max(...at) - Math.min(...at) + 1;
  return at.length / span;
}

/** Share of the question's adjacent key-term pairs that stand adjacent (as terms) in the sentence. */
function bigrams(keys: readonly KeyTerm[], terms: readonly string[]): number {
  if (keys.length < 2) return 0;
  // Each key term's places in the question; a pair is met where a term follows its predecessor.
  const places = new Map<string, number[]>();
  for (const [i, k] of keys.entries()) places.set(k.term, [...(places.get(k.term) ?? []), i]);
  const met = new Set<number>();
  for (let j = 1; j < terms.length; j++) {
    const before = places.get(terms[j - 1] ?? '');
    if (!before) continue;
    for (const i of places.get(terms[j] ?? '') ?? []) if (before.includes(i - 1)) met.add(i);
  }
  return met.size / (keys.length - 1);
}
