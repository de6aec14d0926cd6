// Redis through @keyv/redis. claim() is one SET NX PX on the adapter's own client, under the same
// key prefix Keyv uses, so several instances sharing one Redis agree on who posts.
import KeyvRedis, { createClient } from '@keyv/redis';
import { Keyv } from 'keyv';
import type { Logger } from '../../src/index.js';
import type { KeyvBackend } from './keyv-key-value-store.js';
import { describe } from './store-unavailable-error.js';

export interface RedisOptions {
  /** Key prefix ("dossier" → "dossier::sub:slack:C1"); tests use a unique one. */
  namespace?: string;
  /** How long an operation waits for a connection before failing. */
  connectTimeoutMs?: number;
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

  // Log a connection problem once per outage, not on every reconnect attempt; the URL is never logged.
  let healthy = true;
  keyv.on('error', (error: unknown) => {
    if (!healthy) return;
    healthy = false;
    logger.error('redis store unreachable; operations fail until it is back', { error: describe(error) });
  });
  client.on('ready', () => {
    if (!healthy) logger.info('redis store reachable again');
    healthy = true;
  });

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
