// The questions timed on every corpus: the public eval questions, the fixture articles' questions,
// and variants of both rewritten for generated articles (swapped names, shifted dates).
import { z } from 'zod';
import type { EvalQuestion } from './check-answer.js';
import { type Variation, varyQuestion } from './generate-corpus.js';
import { createRandom, pick, sample } from './prng.js';

export type QuestionSource = 'public' | 'fixture' | 'variant';

export interface BenchQuestion {
  q: string;
  source: QuestionSource;
  /** Template articles the question is about, so variants follow their article. */
  templates: string[];
  /** Present on public questions: what the scorer checks. */
  check?: EvalQuestion;
}

const MAX_QUESTION = 1000;
const text = z.string().min(1).max(MAX_QUESTION);
const publicSchema = z.array(
  z.object({
    q: text,
    expect: z.array(z.array(z.string())).optional(),
    docs: z.array(z.string()).optional(),
    found: z.boolean().optional(),
  }),
);
const fixtureSchema = z.array(
  z.object({
    file: z.string(),
    questions: z.array(z.object({ q: text })).default([]),
    numbers: z.array(z.object({ question: text })).default([]),
  }),
);

// As the scorer feeds them: one line each.
const oneLine = (q: string): string => q.replace(/\s+/g, ' ').trim();

export function publicQuestions(data: unknown): BenchQuestion[] {
  return publicSchema.parse(data).map((item) => ({
    q: oneLine(item.q),
    source: 'public',
    templates: item.docs ?? [],
    check: { ...item, q: oneLine(item.q) },
  }));
}

/** The questions and number questions of test/fixtures/articles.expected.json. */
export function fixtureQuestions(data: unknown): BenchQuestion[] {
  return fixtureSchema
    .parse(data)
    .flatMap((article) =>
      [...article.questions.map((x) => x.q), ...article.numbers.map((x) => x.question)].map(
        (q): BenchQuestion => ({ q: oneLine(q), source: 'fixture', templates: [article.file] }),
      ),
    );
}

/** Up to `limit` distinct rewrites of template questions, each about one generated article. */
export function variantQuestions(
  base: BenchQuestion[],
  variations: Variation[],
  limit: number,
  seed: number,
): BenchQuestion[] {
  const random = createRandom(seed);
  const seen = new Set(base.map((b) => b.q.toLowerCase()));
  const variants: BenchQuestion[] = [];
  for (const variation of sample(random, variations, variations.length)) {
    if (variants.length >= limit) break;
    const candidates = base.filter((b) => b.templates.includes(variation.template));
    if (candidates.length === 0) continue;
    const q = varyQuestion(pick(random, candidates).q, variation);
    if (seen.has(q.toLowerCase())) continue;
    seen.add(q.toLowerCase());
    variants.push({ q, source: 'variant', templates: [variation.file] });
  }
  return variants;
}
