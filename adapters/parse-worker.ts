// A parse worker (see parse-pool.ts): one article in, its parse out, serialized as the cache stores it.
import { parentPort } from 'node:worker_threads';
import { parseArticle, type SourceFile } from '../src/index.js';
import { encodeResult } from './parse-cache.js';

parentPort?.on('message', (file: SourceFile) => {
  parentPort?.postMessage(encodeResult(parseArticle(file)));
});
