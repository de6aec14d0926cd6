// Store selection: no URL = the embedded JSON file under the data folder; redis:// = Redis.
import type { Logger } from '../../src/index.js';
import { StartupError } from '../startup-error.js';
import { openFileBackend } from './file-backend.js';
import type { LockOptions } from './folder-lock.js';
import { type ClosableStore, keyvKeyValueStore } from './keyv-key-value-store.js';
import { openRedisBackend } from './redis-backend.js';

export interface StoreOptions {
  dataDir: string;
  logger: Logger;
  /** Redis key prefix; default "dossier". */
  namespace?: string;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  /** The file store's folder lock (tests shorten its waits). */
  lock?: LockOptions;
}

export async function createStore(url: string | undefined, options: StoreOptions): Promise<ClosableStore> {
  const trimmed = url?.trim() ?? '';
  if (trimmed === '')
    return keyvKeyValueStore(await openFileBackend(options.dataDir, options.logger, options.lock));
  if (/^rediss?:\/\//i.test(trimmed)) {
    // Connects lazily: a Redis that is down at start makes operations fail, not the process.
    return keyvKeyValueStore(
      openRedisBackend(trimmed, options.logger, {
        ...(options.namespace ? { namespace: options.namespace } : {}),
        ...(options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {}),
        ...(options.commandTimeoutMs ? { commandTimeoutMs: options.commandTimeoutMs } : {}),
      }),
    );
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1] ?? '(none)';
  throw new StartupError(
    'STORE_URL',
    `scheme "${scheme}" is not supported: leave it empty for the embedded file under DATA_DIR, or use redis://host:6379 (rediss:// for TLS)`,
  );
}

export type { ClosableStore } from './keyv-key-value-store.js';
export { StoreUnavailableError } from './store-unavailable-error.js';
