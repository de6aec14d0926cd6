// `npm run bench [-- --json] [--articles 1000,10000]`: for the seed corpus and generated corpora of
// the given sizes, a cold start (parse in two workers), a restart from the parse cache, a hot
// reload (with the longest the event loop waited during it), the index,
// heap, and per-question engine time against a plain BM25 search (MiniSearch) on the same
// sentences. A measuring tool, not a test: it asserts nothing and is never part of `npm test`.
// Run through `npm run bench`, which builds dist/ first: the loads use the compiled parse worker.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readCorpusFiles } from '../adapters/corpus-files.js';
import { benchCorpus, type CorpusReport } from './bench-corpus.js';
import { describeTemplates, generateCorpus, type Variation } from './generate-corpus.js';
import { findGc } from './measure.js';
import { fixtureQuestions, publicQuestions, variantQuestions } from './question-set.js';
import { type BenchReport, renderReport } from './render-table.js';
import { docReader, type PublicScore, scorePublic } from './score-public.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    corpus: { type: 'string', default: join(root, 'corpus') },
    fixtures: { type: 'string', default: join(root, 'test', 'fixtures') },
    // The evaluation's public questions live outside the repository: scored only when given.
    questions: { type: 'string' },
    docs: { type: 'string', default: join(root, 'corpus') },
    articles: { type: 'string', default: '1000,10000' },
    variants: { type: 'string', default: '200' },
    seed: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    'baseline-questions': { type: 'string', default: '30' },
  },
});

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

/** A bounded whole number from the command line, or exit 2 with the reason. */
function whole(name: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  return fail(`--${name} must be a whole number from ${min} to ${max}`);
}
const count = (name: keyof typeof values, min: number, max: number): number =>
  whole(name, String(values[name]), min, max);

const options = {
  sizes: String(values.articles)
    .split(',')
    .map((n) => whole('articles', n.trim(), 1, 50_000)),
  variants: count('variants', 0, 5_000),
  seed: count('seed', 0, 2 ** 31),
  rounds: count('rounds', 1, 100),
  baselineQuestions: count('baseline-questions', 1, 5_000),
};
const worker = new URL('../dist/parse-worker.js', import.meta.url);
if (!existsSync(worker)) fail('dist/parse-worker.js is missing: run `npm run build` (npm run bench does)');
if (values.questions && !existsSync(values.questions)) fail(`--questions: no file ${values.questions}`);
const progress = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const started = performance.now();
const gc = findGc();
const templates = describeTemplates([
  ...(await readCorpusFiles(values.corpus)),
  ...(await readCorpusFiles(join(values.fixtures, 'articles'))),
]);
const publics = values.questions ? publicQuestions(readJson(values.questions)) : [];
const fixtures = fixtureQuestions(readJson(join(values.fixtures, 'articles.expected.json')));
const largest = Math.max(...options.sizes);
// Variants are planned on the largest corpus; the smaller ones are its prefixes (same seed).
const plan = generateCorpus(templates, largest, options.seed).variations;
const variants = variantQuestions([...publics, ...fixtures], plan, options.variants, options.seed);
const questions = [...publics, ...fixtures, ...variants].map((q) => q.q);

// The seed corpus in its own scope, so its corpus and indexes can be collected before the big ones.
async function runSeed(): Promise<{ report: CorpusReport; score: PublicScore }> {
  progress(`seed corpus: ${questions.length} questions x ${options.rounds} rounds`);
  const run = await benchCorpus({
    name: 'seed corpus',
    dir: values.corpus,
    questions,
    rounds: options.rounds,
    baselineQuestions: questions.length,
    seed: options.seed,
    gc,
    worker,
  });
  const checks = publics.flatMap((q) => (q.check ? [q.check] : []));
  return {
    report: run.report,
    score: scorePublic(checks, run.dossier, run.baseline, docReader(values.docs)),
  };
}

/** Writes a generated corpus to a folder, as a newsroom's archive would sit on disk. */
function writeGenerated(size: number): { dir: string; variations: Variation[] } {
  const dir = mkdtempSync(join(tmpdir(), `dossier-bench-${size}-`));
  mkdirSync(dir, { recursive: true });
  const { files, variations } = generateCorpus(templates, size, options.seed);
  for (const file of files) writeFileSync(join(dir, file.file), file.bytes);
  return { dir, variations };
}

async function runGenerated(size: number): Promise<CorpusReport> {
  progress(`generated corpus: ${size} articles, baseline on ${options.baselineQuestions} questions`);
  const { dir } = writeGenerated(size);
  try {
    const run = await benchCorpus({
      name: `generated (${size})`,
      dir,
      questions,
      rounds: 1,
      baselineQuestions: options.baselineQuestions,
      seed: options.seed,
      gc,
      worker,
    });
    return run.report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const seed = await runSeed();
const generated: CorpusReport[] = [];
for (const size of options.sizes) generated.push(await runGenerated(size));

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
  corpora: [seed.report, ...generated],
  publicScore: publics.length > 0 && values.questions ? { ...seed.score, file: values.questions } : null,
  totalMs: performance.now() - started,
};
process.stdout.write(`${values.json ? JSON.stringify(report) : renderReport(report)}\n`);
