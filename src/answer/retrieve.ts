// Passages for the fact finders (dates, summaries, who-said): the same index, key terms and ranker
// as every other answer, so a fact is judged on the same evidence as a passage.
import type { Entity } from '../corpus/types.js';
import { answerTypeOf } from '../language/answer-types.js';
import type { Query } from './analyse-question.js';
import { keyTerms } from './analyse-question.js';
import type { AnswerContext } from './context.js';
import { rankPassages } from './ranker.js';

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
  limit?: number;
}

/** A mention of the question's entity stands in for some of its words ("the company"). */
const ENTITY_BONUS = 0.15;

export function retrieve(ctx: AnswerContext, text: string, options: RetrieveOptions = {}): Passage[] {
  const terms = keyTerms(ctx, text);
  if (terms.length === 0) return [];
  const focus = options.entities ?? [];
  const query: Query = {
    text,
    // Only ranking reads this query: no intent to read.
    intent: { kind: 'search', text },
    answerType: answerTypeOf(text),
    focus,
    named: [],
    excluded: [],
    unknownNames: [],
    terms,
    date: () => undefined,
  };
  return rankPassages(ctx, query, {
    limit: options.limit ?? 10,
    ...(options.filter ? { filter: options.filter } : {}),
  }).map((c) => ({
    sentence: c.sentence,
    score: c.score,
    coverage: Math.min(1, c.features.coverSentence + (c.features.focusSentence > 0 ? ENTITY_BONUS : 0)),
  }));
}
