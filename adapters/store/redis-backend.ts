// Redis through @keyv/redis. claim() is one SET NX PX on the adapter's own client, under the same
// key prefix Keyv uses, so several instances sharing one Redis agree on who posts.
import KeyvRedis, { createClient } from '@keyv/redis';
import { Keyv } from 'keyv';
import type { Logger } from '../../src/index.js';
import type { KeyvBackend } from './keyv-key-value-store.js';
import { outageLog } from './outage-log.js';
import { describe } from './store-unavailable-error.js';

export interface RedisOptions {
  /** Key prefix ("dossier" → "dossier::sub:slack:C1"); tests use a unique one. */
  namespace?: string;
  /** How long an operation waits for a connection before failing. */
  connectTimeoutMs?: number;
  /** How long a command waits for Redis's answer before failing; default 2 s. */
  commandTimeoutMs?: number;
}

const GLOB_SPECIAL = /[*?[\]\\]/g;

export function openRedisBackend(url: string, logger: Logger, options: RedisOptions = {}): KeyvBackend {
  const namespace = options.namespace ?? 'dossier';
  const connectTimeoutMs = options.connectTimeoutMs ?? 3000;
  const client = createClient({
    url,
    // Fail fast while disconnected instead of queueing commands until Redis is back.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: connectTimeoutMs,
      reconnectStrategy: (attempt) => Math.min(2 ** attempt * 100, 5000),
    },
  });
  const adapter = new KeyvRedis(client, {
    namespace,
    connectionTimeout: connectTimeoutMs,
    throwOnErrors: true,
  });
  const keyv = new Keyv(adapter, { namespace, useKeyPrefix: false, throwOnErrors: true });

  // Outages are logged by their operations' outcomes (see outage-log.ts), once at the start and once
  // at the end; Keyv's own error events (one per failed call) only go to debug. The URL is never logged.
  keyv.on('error', (error: unknown) => logger.debug('redis store error', { error: describe(error) }));

  // One connection attempt at a time: concurrent first calls would otherwise race the adapter's
  // getClient() and meet a client that is open but not ready yet ("client is offline").
  let connecting: Promise<unknown> | undefined;
  const ready = async (): Promise<typeof client> => {
    if (!client.isReady && !connecting) {
      connecting = adapter.getClient().finally(() => {
        connecting = undefined;
      });
    }
    if (connecting) await connecting;
    return client;
  };

  const prefixed = (key: string) => adapter.createKeyPrefix(key, namespace);
  return {
    name: 'redis',
    keyv,
    outage: outageLog('redis', logger),
    // A Redis that is connected but stalled (paused, swapping, a dead link) never answers, and
    // node-redis's own command timeout stops counting once a command is written to the socket.
    timeoutMs: options.commandTimeoutMs ?? 2000,
    ready: async () => {
      await ready();
    },
    async claim(key, serialised, ttlMs) {
      const redis = await ready();
      const reply = await redis.set(
        prefixed(key),
        serialised,
        ttlMs ? { condition: 'NX', expiration: { type: 'PX', value: ttlMs } } : { condition: 'NX' },
      );
      return reply === 'OK';
    },
    async keys(prefix) {
      const redis = await ready();
      const match = `${prefixed(prefix).replace(GLOB_SPECIAL, '\\$&')}*`;
      const found: string[] = [];
      for await (const batch of redis.scanIterator({ MATCH: match, COUNT: 500 })) {
        for (const key of batch) found.push(adapter.getKeyWithoutPrefix(key, namespace));
      }
      return found;
    },
    async close() {
      await adapter.disconnect();
    },
  };
}
