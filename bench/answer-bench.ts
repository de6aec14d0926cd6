// `npm run bench [-- --json]`: load, parse, index, heap and per-question engine time on the seed
// corpus and on a generated corpus of 1,000 articles, against a plain Fuse.js baseline (issue 4).
// A measuring tool, not a test: it asserts nothing and is never part of `npm test`.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readCorpusFiles } from '../adapters/corpus-files.js';
import { benchCorpus, type CorpusReport } from './bench-corpus.js';
import { describeTemplates, generateCorpus } from './generate-corpus.js';
import { findGc, timed } from './measure.js';
import { fixtureQuestions, publicQuestions, variantQuestions } from './question-set.js';
import { type BenchReport, renderReport } from './render-table.js';
import { docReader, type PublicScore, scorePublic } from './score-public.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    corpus: { type: 'string', default: join(root, 'corpus') },
    fixtures: { type: 'string', default: join(root, 'test', 'fixtures') },
    questions: { type: 'string', default: join(root, '..', 'shared', 'eval', 'questions.json') },
    docs: { type: 'string', default: join(root, '..', 'shared', 'seed-corpus') },
    articles: { type: 'string', default: '1000' },
    variants: { type: 'string', default: '200' },
    seed: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    'baseline-questions': { type: 'string', default: '30' },
  },
});

/** A bounded whole number from the command line, or exit 2 with the reason. */
function count(name: keyof typeof values, min: number, max: number): number {
  const n = Number(values[name]);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  process.stderr.write(`bench: --${name} must be a whole number from ${min} to ${max}\n`);
  process.exit(2);
}

const options = {
  articles: count('articles', 1, 20_000),
  variants: count('variants', 0, 5_000),
  seed: count('seed', 0, 2 ** 31),
  rounds: count('rounds', 1, 100),
  baselineQuestions: count('baseline-questions', 1, 5_000),
};
const progress = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const started = performance.now();
const gc = findGc();
const seedFiles = await readCorpusFiles(values.corpus);
const fixtureFiles = await readCorpusFiles(join(values.fixtures, 'articles'));
const templates = describeTemplates([...seedFiles, ...fixtureFiles]);
const generated = timed(() => generateCorpus(templates, options.articles, options.seed));

const publics = existsSync(values.questions) ? publicQuestions(readJson(values.questions)) : [];
const fixtures = fixtureQuestions(readJson(join(values.fixtures, 'articles.expected.json')));
const variants = variantQuestions(
  [...publics, ...fixtures],
  generated.value.variations,
  options.variants,
  options.seed,
);
const questions = [...publics, ...fixtures, ...variants].map((q) => q.q);

// The seed corpus in its own scope, so its corpus and indexes can be collected before the big one.
async function runSeed(): Promise<{ report: CorpusReport; score: PublicScore }> {
  progress(`seed corpus: ${questions.length} questions x ${options.rounds} rounds`);
  const run = await benchCorpus({
    name: 'seed corpus',
    load: () => readCorpusFiles(values.corpus),
    questions,
    rounds: options.rounds,
    baselineQuestions: questions.length,
    seed: options.seed,
    gc,
  });
  const checks = publics.flatMap((q) => (q.check ? [q.check] : []));
  return {
    report: run.report,
    score: scorePublic(checks, run.dossier, run.baseline, docReader(values.docs)),
  };
}

const seed = await runSeed();
progress(
  `generated corpus: ${options.articles} articles, baseline on ${options.baselineQuestions} questions`,
);
const big = await benchCorpus({
  name: `generated (${options.articles})`,
  load: () => generated.value.files,
  loadMs: generated.ms,
  questions,
  rounds: 1,
  baselineQuestions: options.baselineQuestions,
  seed: options.seed,
  gc,
});

const report: BenchReport = {
  node: process.version,
  cpus: availableParallelism(),
  gc: gc !== null,
  seed: options.seed,
  questions: {
    public: publics.length,
    fixture: fixtures.length,
    variant: variants.length,
    total: questions.length,
  },
  rounds: { seed: options.rounds, generated: 1 },
  corpora: [seed.report, big.report],
  publicScore: publics.length > 0 ? { ...seed.score, file: values.questions } : null,
  totalMs: performance.now() - started,
};
process.stdout.write(`${values.json ? JSON.stringify(report) : renderReport(report)}\n`);
