// The bench report as people read it: one column per corpus, one row per measure.
import type { CorpusReport, LoadRun } from './bench-corpus.js';
import type { PublicScore } from './score-public.js';

export interface BenchReport {
  node: string;
  cpus: number;
  gc: boolean;
  seed: number;
  questions: { public: number; fixture: number; variant: number; total: number };
  rounds: Record<string, number>;
  corpora: CorpusReport[];
  publicScore: (PublicScore & { file: string }) | null;
  totalMs: number;
}

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(2));
const mb = (value: number): string => value.toFixed(1);
// Two significant digits: a ratio of 0.0043 must not print as 0.00.
const times = (value: number): string => (Number.isFinite(value) ? `${value.toPrecision(2)}x` : '-');

type Row = [string, (c: CorpusReport) => string];

const loadRow = (run: LoadRun): string =>
  `${ms(run.ms)} (${run.stats.parsed} parsed, ${run.stats.fromDisk} cached; process CPU ${ms(run.cpuMs)})`;

const ROWS: Row[] = [
  ['articles', (c) => String(c.articles)],
  ['raw text MB', (c) => c.megabytes.toFixed(2)],
  ['sentences / entities', (c) => `${c.sentences} / ${c.entities}`],
  ['quotes / events', (c) => `${c.quotes} / ${c.events}`],
  ['cold: corpus ms (2 parse workers)', (c) => loadRow(c.cold)],
  ['restart: corpus ms (parse cache)', (c) => loadRow(c.restart)],
  ['index ms (createDossier)', (c) => ms(c.indexMs)],
  ['cold start ms (corpus + index)', (c) => ms(c.cold.ms + c.indexMs)],
  ['restart ms (corpus + index)', (c) => ms(c.restart.ms + c.indexMs)],
  ['hot reload ms / longest event-loop wait ms', (c) => `${ms(c.reload.ms)} / ${ms(c.reload.longestWaitMs)}`],
  ['heap MB after GC', (c) => mb(c.heapMb)],
  ['heap MB added by corpus+index', (c) => mb(c.heapDeltaMb)],
  ['engine ms p50 (all questions)', (c) => ms(c.engine.p50)],
  ['engine ms p99 (all questions)', (c) => ms(c.engine.p99)],
  ['engine ms max', (c) => ms(c.engine.max)],
  ['timed samples', (c) => String(c.engine.n)],
  ['-- vs BM25 baseline: questions', (c) => String(c.baseline.questions)],
  ['engine ms p50 / BM25 ms p50', (c) => `${ms(c.baseline.engine.p50)} / ${ms(c.baseline.bm25.p50)}`],
  ['ratio engine/BM25 p50', (c) => times(c.baseline.ratioP50)],
  ['engine ms p99 / BM25 ms p99', (c) => `${ms(c.baseline.engine.p99)} / ${ms(c.baseline.bm25.p99)}`],
  ['ratio engine/BM25 p99', (c) => times(c.baseline.ratioP99)],
  ['BM25 index ms / heap MB', (c) => `${ms(c.baseline.indexMs)} / ${mb(c.baseline.heapDeltaMb)}`],
];

function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, col) => Math.max(...[header, ...rows].map((row) => (row[col] ?? '').length)));
  const line = (row: string[]): string =>
    row
      .map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0)))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

export function renderReport(report: BenchReport): string {
  const q = report.questions;
  const rounds = Object.entries(report.rounds).map(([name, n]) => `${name} ${n}`);
  const out = [
    `Dossier answer bench: node ${report.node}, ${report.cpus} CPUs, seed ${report.seed}, ` +
      `full GC before heap readings: ${report.gc ? 'yes' : 'no (heap numbers are noisy)'}`,
    `Questions: ${q.public} public + ${q.fixture} fixture + ${q.variant} generated variants = ${q.total}; ` +
      `timed rounds: ${rounds.join(', ')}`,
    '',
    table(
      ['', ...report.corpora.map((c) => c.name)],
      ROWS.map(([label, cell]) => [label, ...report.corpora.map(cell)]),
    ),
    '',
  ];
  for (const corpus of report.corpora) {
    const list = corpus.slowest.map((s) => `${ms(s.ms)} ms "${s.q}"`).join(', ');
    out.push(`Slowest engine questions on the ${corpus.name}: ${list}`);
  }
  const score = report.publicScore;
  if (score) {
    out.push(
      `Public questions (${score.file}), scorer's checks on the seed corpus: ` +
        `engine ${score.engine.passed}/${score.questions}, BM25 baseline ${score.baseline.passed}/${score.questions}`,
    );
    for (const failure of score.engine.failures)
      out.push(`  engine FAIL ${failure.q}: ${failure.why.join('; ')}`);
  } else out.push('Public questions: none given, not scored (--questions FILE, e.g. the eval set).');
  out.push(`Ratios below 1 mean the engine is faster than the baseline. Whole run ${ms(report.totalMs)} ms.`);
  return out.join('\n');
}
