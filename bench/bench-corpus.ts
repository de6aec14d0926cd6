// One corpus through the whole bench, as the bot meets it: a cold start (every article parsed in
// the two worker threads, parses written to a fresh cache), a restart (the same folder, a new
// loader, parses read back from the cache), the engine's index, heap, then the engine and the
// BM25 baseline timed on the same questions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CorpusLoader, corpusLoader, type LoadStats } from '../adapters/corpus-loader.js';
import { loadDossier } from '../adapters/corpus-watcher.js';
import { diskParseCache } from '../adapters/parse-cache.js';
import { createParsePool } from '../adapters/parse-pool.js';
import { type Corpus, createDossier, type Logger } from '../src/index.js';
import { type Baseline, createBm25Baseline } from './bm25-baseline.js';
import { heapUsedMb, type Percentiles, percentiles, timed, timeQuestions } from './measure.js';
import { createRandom, sample } from './prng.js';

export interface CorpusOptions {
  name: string;
  /** The corpus folder, as the bot reads it. */
  dir: string;
  questions: string[];
  /** Timed passes over the questions (each question once per round). */
  rounds: number;
  /** The baseline answers at most this many of the questions (a deterministic sample). */
  baselineQuestions: number;
  seed: number;
  gc: (() => void) | null;
  /** The compiled parse worker (dist/parse-worker.js). */
  worker: URL;
}

export interface LoadRun {
  /** Wall time until the Corpus was assembled. */
  ms: number;
  /** CPU time of the whole process meanwhile, the workers included. */
  cpuMs: number;
  stats: LoadStats;
}

export interface ReloadRun {
  /** Wall time of the reload: files read, merged, indexed. */
  ms: number;
  /** The longest gap between two turns of the event loop meanwhile. */
  longestWaitMs: number;
}

export interface CorpusReport {
  name: string;
  articles: number;
  megabytes: number;
  sentences: number;
  entities: number;
  quotes: number;
  events: number;
  cold: LoadRun;
  restart: LoadRun;
  reload: ReloadRun;
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
    bm25: Percentiles;
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
  baseline: Baseline;
}

const quiet: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

async function load(
  dir: string,
  cacheDir: string,
  worker: URL,
  thenReload = false,
): Promise<{ corpus: Corpus; run: LoadRun; reload?: ReloadRun }> {
  const loader = corpusLoader(dir, {
    logger: quiet,
    cache: diskParseCache(cacheDir),
    pool: createParsePool({ worker }),
  });
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    const { corpus, stats } = await loader.load(0);
    const used = process.cpuUsage(cpu);
    const run = { stats, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
    return { corpus, run, ...(thenReload ? { reload: await hotReload(dir, loader) } : {}) };
  } finally {
    await loader.close();
  }
}

/**
 * A hot reload as the watcher runs it (nothing changed: every parse from memory; the merge and the
 * index built in slices), timing the longest the event loop waited meanwhile: the most a question
 * asked during the reload could wait for it.
 */
async function hotReload(dir: string, loader: CorpusLoader): Promise<ReloadRun> {
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  try {
    await loadDossier(dir, quiet, loader, 0);
    return { ms: performance.now() - started, longestWaitMs: Math.max(longest, performance.now() - last) };
  } finally {
    clearInterval(tick);
  }
}

export async function benchCorpus(options: CorpusOptions): Promise<CorpusRun> {
  const { gc, questions, rounds } = options;
  const cacheDir = mkdtempSync(join(tmpdir(), 'dossier-bench-cache-'));
  try {
    const heapBefore = heapUsedMb(gc);
    const cold = (await load(options.dir, cacheDir, options.worker)).run;
    const { corpus, run: restart, reload } = await load(options.dir, cacheDir, options.worker, true);
    const indexed = timed(() => createDossier(corpus));
    const heapMb = heapUsedMb(gc);
    const bm25Built = timed(() => createBm25Baseline(corpus));
    const bm25HeapMb = heapUsedMb(gc);

    const engineSamples = timeQuestions(questions, (q) => indexed.value.answer(q), rounds, 10);
    const picked = sampleIndexes(questions.length, options.baselineQuestions, options.seed);
    const shared = picked.map((i) => questions[i] ?? '');
    const bm25 = percentiles(timeQuestions(shared, (q) => bm25Built.value.answer(q), rounds, 3).flat());
    const engineShared = percentiles(picked.flatMap((i) => engineSamples[i] ?? []));
    const report: CorpusReport = {
      name: options.name,
      articles: corpus.documents.length,
      megabytes: corpus.documents.reduce((sum, d) => sum + Buffer.byteLength(d.raw), 0) / (1024 * 1024),
      sentences: corpus.sentences.length,
      entities: corpus.entities.length,
      quotes: corpus.quotes.length,
      events: corpus.events.length,
      cold,
      restart,
      reload: reload ?? { ms: Number.NaN, longestWaitMs: Number.NaN },
      indexMs: indexed.ms,
      heapMb,
      heapDeltaMb: heapMb - heapBefore,
      engine: percentiles(engineSamples.flat()),
      slowest: slowest(questions, engineSamples, SLOWEST),
      baseline: {
        indexMs: bm25Built.ms,
        heapDeltaMb: bm25HeapMb - heapMb,
        questions: shared.length,
        bm25,
        engine: engineShared,
        ratioP50: ratio(engineShared.p50, bm25.p50),
        ratioP99: ratio(engineShared.p99, bm25.p99),
      },
    };
    return { report, corpus, dossier: indexed.value, baseline: bm25Built.value };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
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
