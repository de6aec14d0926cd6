// One ranker for every candidate: a logistic model over the general features, with weights and
// the answerability threshold fitted on development data by scripts/fit-ranker.ts.
import type { Query } from './analyse-question.js';
import type { AnswerabilityModel } from './answerability.js';
import type { AnswerContext } from './context.js';
import { FEATURES, type Features, features, type ScoringQuery, spaced } from './passage-features.js';
import fitted from './ranker-weights.json' with { type: 'json' };

export interface RankerWeights {
  weights: Record<string, number>;
  /** The answerability model over question-level features (answerability.ts). */
  answerability?: AnswerabilityModel;
  /** Past the third passage, one scoring at least this share of the best is shown too. */
  nearTie?: number;
}

export interface Candidate {
  sentence: number;
  features: Features;
  /** Probability that the sentence holds the answer, 0..1. */
  score: number;
}

const DEFAULT = fitted as unknown as RankerWeights;

export function score(f: Features, weights: RankerWeights = DEFAULT): number {
  let z = 0;
  for (const name of FEATURES) z += (weights.weights[name] ?? 0) * f[name];
  return 1 / (1 + Math.exp(-z));
}

/** Related terms (synonyms) retrieve at this share of their word's weight. */
const RELATED_WEIGHT = 0.4;

/** Candidate sentences for a query: BM25's best and their neighbours, each scored. */
export function rankPassages(
  ctx: AnswerContext,
  query: Query,
  options: { limit?: number; weights?: RankerWeights; filter?: (sentence: number) => boolean } = {},
): Candidate[] {
  const weighted = new Map<string, number>();
  for (const k of query.terms) {
    weighted.set(k.term, Math.max(weighted.get(k.term) ?? 0, 1));
    for (const r of k.related) if (!weighted.has(r)) weighted.set(r, RELATED_WEIGHT);
  }
  const hits = ctx.passages.bm25(weighted, 40);
  const bm = new Map(hits.map((h) => [h.sentence, h.score]));
  const pool = new Set(hits.map((h) => h.sentence));
  for (const h of hits.slice(0, 8)) {
    const doc = ctx.corpus.sentences[h.sentence]?.doc;
    for (const n of [h.sentence - 1, h.sentence + 1]) if (ctx.corpus.sentences[n]?.doc === doc) pool.add(n);
  }
  const sq: ScoringQuery = {
    query,
    total: query.terms.reduce((s, k) => s + k.weight, 0),
    topBm25: hits[0]?.score ?? 0,
    asked: spaced(query.text),
  };
  const out: Candidate[] = [];
  for (const sentence of pool) {
    if (options.filter && !options.filter(sentence)) continue;
    const f = features(ctx, sq, sentence, bm.get(sentence) ?? 0);
    out.push({ sentence, features: f, score: score(f, options.weights) });
  }
  return out.sort((a, b) => b.score - a.score || a.sentence - b.sentence).slice(0, options.limit ?? 20);
}

export function answerabilityModel(weights: RankerWeights = DEFAULT): AnswerabilityModel | undefined {
  return weights.answerability;
}

/** The share of the best score at which a passage past the third still counts as a near tie. */
export function nearTieRatio(weights: RankerWeights = DEFAULT): number {
  return weights.nearTie ?? 1;
}
