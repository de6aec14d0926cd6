// Long work on the main thread done in slices of a few milliseconds, with a turn of the event loop
// between them: a reload at 10,000 articles takes seconds of reading, merging and indexing, and
// questions (and Slack's 3-second ack) asked meanwhile must not wait for all of it.
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Work between two turns of the event loop: well under the 100 ms an answer may wait. */
export const SLICE_MS = 8;

/** A pause to await often: it gives the event loop a turn once a slice's time is up, else nothing. */
export function slicer(sliceMs = SLICE_MS): () => Promise<void> {
  let started = performance.now();
  return async () => {
    if (performance.now() - started < sliceMs) return;
    await nextTurn();
    started = performance.now();
  };
}

/** Runs a build written as steps (a generator that yields between pieces of work) in slices. */
export async function runInSlices<T>(steps: Generator<unknown, T>, sliceMs = SLICE_MS): Promise<T> {
  const pause = slicer(sliceMs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
