// Worker threads that parse articles off the main thread, so a bot keeps answering while a corpus
// loads. Workers start on first use, take one article at a time, and do not keep the process
// alive while idle; a worker that dies fails its article and is replaced on the next one.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../src/index.js';

export interface ParsePool {
  /** The article's parse, serialized as the cache stores it (see parse-cache.ts). */
  parse(file: SourceFile): Promise<Uint8Array>;
  /** Articles handed to the workers since the pool started. */
  readonly parsed: number;
  /** Articles handed out and not yet back. */
  readonly busy: number;
  close(): Promise<void>;
}

interface Task {
  file: SourceFile;
  resolve: (entry: Uint8Array) => void;
  reject: (error: Error) => void;
}

export interface PoolOptions {
  size?: number;
  /** The worker script; by default the compiled sibling, or the TypeScript source run through tsx. */
  worker?: URL;
}

export function createParsePool(options: PoolOptions = {}): ParsePool {
  const size = options.size ?? Math.min(2, availableParallelism());
  const idle: Worker[] = [];
  const queue: Task[] = [];
  let workers = 0;
  let parsed = 0;
  let busy = 0;
  let closed = false;
  const all = new Set<Worker>();

  const run = (worker: Worker, task: Task) => {
    worker.ref();
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (entry: Uint8Array) => {
      done();
      task.resolve(entry);
      release(worker);
    };
    const onError = (error: Error) => {
      done();
      retire(worker);
      task.reject(error);
    };
    const onExit = (code: number) => onError(new Error(`parse worker exited with code ${code}`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(task.file);
  };
  const release = (worker: Worker) => {
    const next = queue.shift();
    if (next) return run(worker, next);
    worker.unref();
    idle.push(worker);
  };
  const forget = (worker: Worker) => {
    if (!all.delete(worker)) return;
    workers--;
    if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
  };
  const retire = (worker: Worker) => {
    forget(worker);
    void worker.terminate();
    const next = queue.shift();
    if (next) dispatch(next);
  };
  const dispatch = (task: Task) => {
    const worker = idle.pop();
    if (worker) return run(worker, task);
    if (workers < size) {
      workers++;
      const fresh = startWorker(options.worker);
      all.add(fresh);
      // An idle worker that fails just leaves the pool (its 'exit' follows); never an unhandled 'error'.
      fresh.on('error', () => undefined);
      fresh.on('exit', () => forget(fresh));
      return run(fresh, task);
    }
    queue.push(task);
  };
  return {
    parse(file) {
      if (closed) return Promise.reject(new Error('the parse pool is closed'));
      parsed++;
      busy++;
      return new Promise<Uint8Array>((resolve, reject) => dispatch({ file, resolve, reject })).finally(() => {
        busy--;
      });
    },
    get parsed() {
      return parsed;
    },
    get busy() {
      return busy;
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('the parse pool is closed'));
      await Promise.all([...all].map((worker) => worker.terminate()));
    },
  };
}

/**
 * Compiled (dist/), the worker is a sibling JS file. From TypeScript sources (tests, tsx), the
 * worker registers tsx in its own thread first: loader flags are not inherited by workers.
 */
function startWorker(script?: URL): Worker {
  if (script) return new Worker(script);
  const compiled = new URL('./parse-worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return new Worker(compiled);
  const source = new URL('./parse-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true });
}
