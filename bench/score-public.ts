// How many public questions the engine and the baseline pass, by the scorer's own checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Dossier, replyToPlainText } from '../src/index.js';
import type { Baseline } from './bm25-baseline.js';
import { type CandidateAnswer, checkAnswer, type EvalQuestion, normaliseForCheck } from './check-answer.js';

export interface Failure {
  q: string;
  why: string[];
}

export interface PublicScore {
  questions: number;
  engine: { passed: number; failures: Failure[] };
  baseline: { passed: number; failures: Failure[] };
}

/** Source texts from the scorer's docs folder, normalised once; null when a file is missing. */
export function docReader(dir: string): (file: string) => string | null {
  const cache = new Map<string, string | null>();
  return (file) => {
    if (!cache.has(file)) {
      let text: string | null = null;
      try {
        text = normaliseForCheck(readFileSync(join(dir, file), 'utf8'));
      } catch {
        text = null;
      }
      cache.set(file, text);
    }
    return cache.get(file) ?? null;
  };
}

function engineAnswer(dossier: Dossier, question: string): CandidateAnswer {
  const reply = dossier.answer(question);
  return { found: reply.found, answer: replyToPlainText(reply), citations: reply.citations };
}

function tally(
  questions: EvalQuestion[],
  answer: (q: string) => CandidateAnswer,
  docText: (file: string) => string | null,
) {
  const failures: Failure[] = [];
  for (const question of questions) {
    const why = checkAnswer(question, answer(question.q), docText);
    if (why.length > 0) failures.push({ q: question.q, why });
  }
  return { passed: questions.length - failures.length, failures };
}

export function scorePublic(
  questions: EvalQuestion[],
  dossier: Dossier,
  baseline: Baseline,
  docText: (file: string) => string | null,
): PublicScore {
  return {
    questions: questions.length,
    engine: tally(questions, (q) => engineAnswer(dossier, q), docText),
    baseline: tally(questions, (q) => baseline.answer(q), docText),
  };
}
