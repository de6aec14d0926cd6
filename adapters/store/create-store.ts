// Store selection: no URL = the embedded JSON file under the data folder; redis:// = Redis.
import type { Logger } from '../../src/index.js';
import { openFileBackend } from './file-backend.js';
import { type ClosableStore, keyvKeyValueStore } from './keyv-key-value-store.js';
import { openRedisBackend } from './redis-backend.js';

export interface StoreOptions {
  dataDir: string;
  logger: Logger;
  /** Redis key prefix; default "dossier". */
  namespace?: string;
  connectTimeoutMs?: number;
}

export async function createStore(url: string | undefined, options: StoreOptions): Promise<ClosableStore> {
  const trimmed = url?.trim() ?? '';
  if (trimmed === '') return keyvKeyValueStore(await openFileBackend(options.dataDir, options.logger));
  if (/^rediss?:\/\//i.test(trimmed)) {
    // Connects lazily: a Redis that is down at start makes operations fail, not the process.
    return keyvKeyValueStore(
      openRedisBackend(trimmed, options.logger, {
        ...(options.namespace ? { namespace: options.namespace } : {}),
        ...(options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {}),
      }),
    );
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1] ?? '(none)';
  throw new Error(
    `STORE_URL scheme "${scheme}" is not supported: leave it empty for the embedded file, or use redis://`,
  );
}

export type { ClosableStore } from './keyv-key-value-store.js';
export { StoreUnavailableError } from './store-unavailable-error.js';
