// Timing and heap helpers. Percentiles use the scorer's rule (sorted[floor(p * n)]) so the numbers
// line up with `node ../shared/eval/score.mjs`.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Percentiles {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

/**
 * A way to force a full GC, for honest heap numbers. `--expose-gc` can be turned on at run time;
 * the flag only takes effect in a fresh context, hence runInNewContext.
 */
export function findGc(): (() => void) | null {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/**
 * Heap in use in MB, after full GCs when available. Three, because V8 only drops compiled regular
 * expressions that have aged over a few collections, and the generator leaves a thousand behind.
 */
export function heapUsedMb(gc: (() => void) | null): number {
  for (let i = 0; i < 3; i++) gc?.();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

export function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  return {
    n: sorted.length,
    p50: at(0.5),
    p99: at(0.99),
    mean: sorted.length ? total / sorted.length : 0,
    max: sorted.at(-1) ?? 0,
  };
}

/**
 * Milliseconds per question, one sample per round: first one untimed call for each of the first
 * `warmUp` questions (so JIT compilation is not billed to whichever question comes first).
 */
export function timeQuestions(
  questions: string[],
  ask: (q: string) => unknown,
  rounds: number,
  warmUp: number,
): number[][] {
  for (const q of questions.slice(0, warmUp)) ask(q);
  const samples = questions.map((): number[] => []);
  for (let round = 0; round < rounds; round++)
    questions.forEach((q, i) => {
      samples[i]?.push(timed(() => ask(q)).ms);
    });
  return samples;
}
