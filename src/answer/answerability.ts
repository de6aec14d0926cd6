// The one answerability decision: does the best evidence answer the question at all? A logistic
// model over question-level features, fitted with the ranker by scripts/fit-ranker.ts, so "not
// found" is decided on evidence, like any other answer. The features look for the ways a question
// misses its text: a detail (number, name, superlative, negation) the evidence does not share, a
// key word found nowhere near, a word the corpus has never used.

import { NEGATION_CUE, negatedQuestion } from '../language/negation.js';
import { SMALL_NUMBERS } from '../language/number-words.js';
import { antonymsOf, lemmaOf } from '../language/synonyms.js';
import type { Query } from './analyse-question.js';
import type { AnswerContext } from './context.js';
import { termMet } from './passage-features.js';
import type { Candidate } from './ranker.js';
import { stem, words } from './terms.js';

export const ANSWERABILITY_FEATURES = [
  'bias',
  'best',
  'margin',
  'unknownTerms',
  'missingRare',
  'missingWindow',
  'missingParagraph',
  'numberMismatch',
  'yearMismatch',
  'nameMismatch',
  'negationMismatch',
  'degreeMismatch',
  'antonymSwap',
  'coverWindow',
  'focusParagraph',
  'focusMeets',
  'answerType',
  'typeMissing',
  'fewTerms',
] as const;

export type AnswerabilityFeatures = Record<(typeof ANSWERABILITY_FEATURES)[number], number>;

/** What the question itself brings: how much of it the corpus has never heard of, how short it is. */
export interface QuestionSignals {
  unknownTerms: number;
  fewTerms: number;
  /** The question asks for a date or a number: an answer the evidence states or does not. */
  exactType: boolean;
}

/** How one candidate's surroundings meet the question's details, 0 (all met) to 1. */
export interface EvidenceSignals {
  missingWindow: number;
  missingParagraph: number;
  numberMismatch: number;
  /** A year the question names ("in 1974") that the window does not: the commonest near miss. */
  yearMismatch: number;
  nameMismatch: number;
  negationMismatch: number;
  degreeMismatch: number;
  /** A question word is missing from the window but its opposite is there ("least" for "most"). */
  antonymSwap: number;
}

const DEGREE =
  /\b(most|least|first|last|largest|smallest|biggest|highest|lowest|best|worst|earliest|latest|only|main|primary|major|minor)\b/gi;

export function questionSignals(query: Query): QuestionSignals {
  const total = query.terms.reduce((s, k) => s + k.weight, 0);
  const unknown = query.terms.filter((k) => k.unseen).reduce((s, k) => s + k.weight, 0);
  return {
    unknownTerms: total > 0 ? unknown / total : 1,
    fewTerms: query.terms.length <= 1 ? 1 : 0,
    exactType: query.answerType === 'date' || query.answerType === 'number',
  };
}

export function evidenceSignals(ctx: AnswerContext, query: Query, sentence: number): EvidenceSignals {
  const window = ctx.windowOf(sentence);
  const paragraph = ctx.paragraphSentences(sentence);
  const total = query.terms.reduce((s, k) => s + k.weight, 0) || 1;
  const missingIn = (ids: number[]) => {
    let worst = 0;
    for (const k of query.terms) {
      const has = (t: string) => ids.some((i) => ctx.passages.termSetOf(i).has(t));
      if (!termMet(k, has)) worst = Math.max(worst, k.weight);
    }
    return worst / total;
  };
  const windowText = window.map((i) => ctx.corpus.sentences[i]?.text ?? '').join(' ');
  const windowWords = new Set(words(windowText).map(stem));
  const asked = query.text;
  const allNumbers = (asked.match(/\b\d[\d,.]*\b/g) ?? []).map((n) => n.replace(/[,.]$/, ''));
  const years = allNumbers.filter((n) => /^1\d{3}$|^20\d{2}$/.test(n));
  const numbers = allNumbers.filter((n) => !years.includes(n));
  const lowerWindow = windowText.toLowerCase();
  const names = asked
    .split(/\s+/)
    .slice(1)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/, ''))
    .filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w));
  const degrees = (asked.match(DEGREE) ?? []).map((d) => d.toLowerCase());
  const share = (items: string[], has: (x: string) => boolean) =>
    items.length === 0 ? 0 : items.filter((x) => !has(x)).length / items.length;
  return {
    missingWindow: missingIn(window),
    missingParagraph: missingIn(paragraph),
    // "3 layers" asked, "three layers" written: a small number counts in words too.
    numberMismatch: share(
      numbers,
      (n) => windowText.includes(n) || lowerWindow.includes(` ${SMALL_NUMBERS[Number(n)] ?? '@'} `),
    ),
    // "In January", written in an article of 2020, is January 2020.
    yearMismatch: share(
      years,
      (n) => windowText.includes(n) || window.some((i) => String(ctx.dateOf(i)?.year ?? '') === n),
    ),
    nameMismatch: share(names, (n) => windowWords.has(stem(n.toLowerCase()))),
    negationMismatch: negatedQuestion(asked) && !NEGATION_CUE.test(windowText) ? 1 : 0,
    degreeMismatch: share(degrees, (d) => windowWords.has(stem(d))),
    antonymSwap: antonymSwapped(query, windowText) ? 1 : 0,
  };
}

/**
 * A question about what is not so, whose best sentence says nothing is not so: the sentence states
 * the very thing the question excludes ("What is not the main judicial body?" against "The Court of
 * Justice is the main judicial body"). Judged on the sentence itself: a negation in a neighbour is
 * about something else.
 */
export function negationUnmet(ctx: AnswerContext, query: Query, sentence: number): boolean {
  return negatedQuestion(query.text) && !NEGATION_CUE.test(ctx.corpus.sentences[sentence]?.text ?? '');
}

/** A question word the window lacks while it holds the word's opposite, compared as dictionary
 * forms: "softest" against "hardest" (a stemmer leaves both as they are). */
function antonymSwapped(query: Query, windowText: string): boolean {
  let lemmas: Set<string> | undefined;
  for (const k of query.terms) {
    const opposites = antonymsOf(k.word);
    if (opposites.length === 0) continue;
    lemmas ??= new Set(words(windowText).map(lemmaOf));
    if (!lemmas.has(lemmaOf(k.word)) && opposites.some((a) => lemmas?.has(a))) return true;
  }
  return false;
}

export function answerabilityFeatures(
  signals: QuestionSignals,
  ranked: readonly Pick<Candidate, 'score' | 'features'>[],
  evidence: EvidenceSignals | undefined,
  focusMeets: number,
): AnswerabilityFeatures {
  const best = ranked[0];
  return {
    bias: 1,
    best: best?.score ?? 0,
    margin: (best?.score ?? 0) - (ranked[1]?.score ?? 0),
    unknownTerms: signals.unknownTerms,
    missingRare: best?.features.missingRare ?? 1,
    missingWindow: evidence?.missingWindow ?? 1,
    missingParagraph: evidence?.missingParagraph ?? 1,
    numberMismatch: evidence?.numberMismatch ?? 1,
    yearMismatch: evidence?.yearMismatch ?? 1,
    nameMismatch: evidence?.nameMismatch ?? 1,
    negationMismatch: evidence?.negationMismatch ?? 1,
    degreeMismatch: evidence?.degreeMismatch ?? 1,
    antonymSwap: evidence?.antonymSwap ?? 0,
    coverWindow: best?.features.coverWindow ?? 0,
    focusParagraph: best?.features.focusParagraph ?? 0,
    focusMeets,
    answerType: best?.features.answerType ?? 0,
    // A date or a number asked for, and the best sentence holds none the question lacks.
    typeMissing: signals.exactType && (best?.features.answerType ?? 0) === 0 ? 1 : 0,
    fewTerms: signals.fewTerms,
  };
}

export interface AnswerabilityModel {
  weights: Record<string, number>;
  threshold: number;
}

export function answerable(f: AnswerabilityFeatures, model: AnswerabilityModel): number {
  let z = 0;
  for (const name of ANSWERABILITY_FEATURES) z += (model.weights[name] ?? 0) * f[name];
  return 1 / (1 + Math.exp(-z));
}
