// Whether the test Redis answers. Tests that need it are skipped (and say why) when it does not.
import { connect } from 'node:net';
import { type ClosableStore, createStore } from '../../adapters/store/create-store.js';
import { testLogger } from './test-logger.js';

export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

export async function redisAnswers(url = REDIS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function redisOrWarn(suite: string): Promise<boolean> {
  const up = await redisAnswers();
  if (!up) {
    console.warn(
      `SKIPPED: ${suite}: no Redis answers at ${REDIS_URL}. Start one (redis-server) or set REDIS_URL; CI (.ci/run) always has one.`,
    );
  }
  return up;
}

/** A key prefix no other test run shares. */
export const uniqueNamespace = (name: string) =>
  `dossier-test-${name}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Opens stores on the test Redis under one fresh namespace, like instances sharing it; `closeAll`
 * (for afterAll) deletes what they wrote and closes them.
 */
export function redisStores(name: string) {
  const namespace = uniqueNamespace(name);
  const opened: ClosableStore[] = [];
  const open = async () => {
    const store = await createStore(REDIS_URL, { dataDir: 'unused', logger: testLogger(), namespace });
    opened.push(store);
    return store;
  };
  const closeAll = async () => {
    const store = opened[0] ?? (await open());
    for (const key of await store.keys('')) await store.delete(key);
    await Promise.all(opened.map((s) => s.close()));
  };
  return { open, closeAll };
}
