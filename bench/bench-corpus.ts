// One corpus through the whole bench: parse, index, heap, then the engine and the Fuse baseline
// timed on the same questions.
import { type Corpus, createDossier, parseCorpus, type SourceFile } from '../src/index.js';
import { createFuseBaseline } from './fuse-baseline.js';
import { heapUsedMb, type Percentiles, percentiles, timed, timeQuestions } from './measure.js';
import { createRandom, sample } from './prng.js';

export interface CorpusOptions {
  name: string;
  /** Reads or builds the raw files; timed as the load step. */
  load: () => SourceFile[] | Promise<SourceFile[]>;
  /** When the files were built before the run (the generated corpus): how long that took. */
  loadMs?: number;
  questions: string[];
  /** Timed passes over the questions (each question once per round). */
  rounds: number;
  /** The baseline answers at most this many of the questions (a deterministic sample). */
  baselineQuestions: number;
  seed: number;
  gc: (() => void) | null;
}

export interface CorpusReport {
  name: string;
  articles: number;
  megabytes: number;
  sentences: number;
  entities: number;
  quotes: number;
  events: number;
  loadMs: number;
  parseMs: number;
  indexMs: number;
  /** Heap in use with the corpus and the engine's indexes loaded, and what they added. */
  heapMb: number;
  heapDeltaMb: number;
  engine: Percentiles;
  /** The engine's slowest questions (median of the rounds), slowest first. */
  slowest: { q: string; ms: number }[];
  baseline: {
    indexMs: number;
    heapDeltaMb: number;
    questions: number;
    fuse: Percentiles;
    /** The engine on exactly the questions the baseline answered, for the ratios. */
    engine: Percentiles;
    ratioP50: number;
    ratioP99: number;
  };
}

export interface CorpusRun {
  report: CorpusReport;
  corpus: Corpus;
  dossier: ReturnType<typeof createDossier>;
  baseline: ReturnType<typeof createFuseBaseline>;
}

export async function benchCorpus(options: CorpusOptions): Promise<CorpusRun> {
  const { gc, questions, rounds } = options;
  const heapBefore = heapUsedMb(gc);
  const started = performance.now();
  const files = await options.load();
  const loadMs = options.loadMs ?? performance.now() - started;
  const parsed = timed(() => parseCorpus(files));
  const indexed = timed(() => createDossier(parsed.value));
  const heapMb = heapUsedMb(gc);
  const fuseBuilt = timed(() => createFuseBaseline(parsed.value));
  const fuseHeapMb = heapUsedMb(gc);

  const engineSamples = timeQuestions(questions, (q) => indexed.value.answer(q), rounds, 10);
  const picked = sampleIndexes(questions.length, options.baselineQuestions, options.seed);
  const shared = picked.map((i) => questions[i] ?? '');
  const fuseSamples = timeQuestions(shared, (q) => fuseBuilt.value.answer(q), rounds, 3).flat();
  const fuse = percentiles(fuseSamples);
  const engineShared = percentiles(picked.flatMap((i) => engineSamples[i] ?? []));
  const corpus = parsed.value;
  const report: CorpusReport = {
    name: options.name,
    articles: corpus.documents.length,
    megabytes: files.reduce((sum, f) => sum + f.bytes.length, 0) / (1024 * 1024),
    sentences: corpus.sentences.length,
    entities: corpus.entities.length,
    quotes: corpus.quotes.length,
    events: corpus.events.length,
    loadMs,
    parseMs: parsed.ms,
    indexMs: indexed.ms,
    heapMb,
    heapDeltaMb: heapMb - heapBefore,
    engine: percentiles(engineSamples.flat()),
    slowest: slowest(questions, engineSamples, SLOWEST),
    baseline: {
      indexMs: fuseBuilt.ms,
      heapDeltaMb: fuseHeapMb - heapMb,
      questions: shared.length,
      fuse,
      engine: engineShared,
      ratioP50: ratio(engineShared.p50, fuse.p50),
      ratioP99: ratio(engineShared.p99, fuse.p99),
    },
  };
  return { report, corpus, dossier: indexed.value, baseline: fuseBuilt.value };
}

const SLOWEST = 5;

function slowest(questions: string[], samples: number[][], count: number): { q: string; ms: number }[] {
  return questions
    .map((q, i) => ({ q, ms: percentiles(samples[i] ?? []).p50 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}

const ratio = (engine: number, baseline: number): number => (baseline > 0 ? engine / baseline : Number.NaN);

/** All indexes when they fit, else a seeded sample kept in question order. */
function sampleIndexes(total: number, limit: number, seed: number): number[] {
  const all = Array.from({ length: total }, (_, i) => i);
  if (total <= limit) return all;
  return sample(createRandom(seed), all, limit).sort((a, b) => a - b);
}
