// Builds written as steps: a generator that yields between pieces of work. The core stays pure and
// synchronous (`finish` runs the steps at once); an adapter may instead run them a slice at a time,
// so a reload's seconds of merging and indexing at 10,000 articles never hold up an answer.
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to their end at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
