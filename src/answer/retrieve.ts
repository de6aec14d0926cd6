// Passage retrieval with an honesty check: BM25 finds candidates, then each is re-ranked by how
// much of the question's information (IDF-weighted terms, linked entities) it actually covers.
import type { Entity } from '../corpus/types.js';
import type { AnswerContext } from './context.js';
import { expand, terms } from './terms.js';

export interface Passage {
  sentence: number;
  score: number;
  /** Share of the question's information the sentence holds, 0..1. */
  coverage: number;
}

export interface RetrieveOptions {
  /** Entities the question named: sentences mentioning them rank higher. */
  entities?: Entity[];
  filter?: (sentence: number) => boolean;
  /** Extra score for a sentence (e.g. it holds a number for "how many"). */
  boost?: (sentence: number) => number;
  limit?: number;
}

/** Below this share of the question's information, a sentence does not answer it. */
export const MIN_COVERAGE = 0.6;

export function retrieve(ctx: AnswerContext, question: string, options: RetrieveOptions = {}): Passage[] {
  const queryTerms = [...new Set(terms(question))];
  if (queryTerms.length === 0) return [];
  const hits = ctx.index.search(queryTerms, 40, options.filter);
  const entities = options.entities ?? [];
  const mentioned = new Set(entities.flatMap((e) => e.mentions.map((m) => m.sentence)));
  const nearby = entityProximity(ctx, entities);
  const total = queryTerms.reduce((sum, t) => sum + weight(ctx, t), 0);
  const passages = hits.map((hit) => {
    const have = ctx.index.termsOf(hit.sentence);
    const covered = queryTerms.reduce(
      (sum, t) => sum + weight(ctx, t) * Math.max(matches(t, have), nearby(t, hit.sentence)),
      0,
    );
    const entityBonus = mentioned.has(hit.sentence) ? 0.15 : 0;
    const coverage = Math.min(1, covered / total + entityBonus);
    const score = hit.score * (0.5 + coverage) + (options.boost?.(hit.sentence) ?? 0);
    return { sentence: hit.sentence, score, coverage };
  });
  return passages.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 10);
}

/** The passages that answer: the best ones above the coverage bar, close to the top score. */
export function answering(passages: Passage[], max = 3, minCoverage = MIN_COVERAGE): Passage[] {
  const good = passages.filter((p) => p.coverage >= minCoverage);
  const top = good[0];
  if (!top) return [];
  return good.filter((p) => p.score >= top.score * 0.6).slice(0, max);
}

/**
 * A sentence that says "the company" in a paragraph (or article) about Corvane is about Corvane:
 * an entity's name words count as partly present near its mentions.
 */
function entityProximity(ctx: AnswerContext, entities: Entity[]): (term: string, sentence: number) => number {
  const byTerm = new Map<string, { paragraphs: Set<string>; docs: Set<string> }>();
  for (const entity of entities) {
    const places = { paragraphs: new Set<string>(), docs: new Set<string>() };
    for (const m of entity.mentions) {
      const s = ctx.corpus.sentences[m.sentence];
      if (!s) continue;
      places.paragraphs.add(`${s.doc}\u0000${s.paragraph}`);
      places.docs.add(s.doc);
    }
    for (const label of [entity.name, ...entity.aliases]) for (const t of terms(label)) byTerm.set(t, places);
  }
  return (term, sentence) => {
    const places = byTerm.get(term);
    const s = ctx.corpus.sentences[sentence];
    if (!places || !s) return 0;
    if (places.paragraphs.has(`${s.doc}\u0000${s.paragraph}`)) return 0.8;
    return places.docs.has(s.doc) ? 0.5 : 0;
  };
}

function weight(ctx: AnswerContext, term: string): number {
  // Terms the corpus never uses weigh most: a question about them is about something else.
  return /^\d+$/.test(term) && term.length < 4 ? ctx.index.idf(term) * 0.5 : ctx.index.idf(term);
}

/** 1 for the word itself, less for a synonym or a one-typo match, 0 for none. */
function matches(term: string, have: Set<string>): number {
  if (have.has(term)) return 1;
  if (expand(term).some((t) => have.has(t))) return 0.8;
  if (term.length < 6) return 0;
  for (const word of have) if (word.length >= 5 && nearlySame(term, word)) return 0.8;
  return 0;
}

/** One typo: a substitution, insertion or deletion. */
function nearlySame(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
