import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { type ClosableStore, createStore, StoreUnavailableError } from '../../adapters/store/create-store.js';
import { createSubscriptionService } from '../../src/subscriptions/subscription-service.js';
import { REDIS_URL, redisOrWarn, uniqueNamespace } from './redis-available.js';
import { testLogger } from './test-logger.js';

const redisUp = await redisOrWarn('Redis store tests');
const clock = { now: () => new Date('2025-05-01T10:00:00Z') };

describe.skipIf(!redisUp)('Redis store (real Redis at REDIS_URL)', () => {
  const namespace = uniqueNamespace('store');
  const opened: ClosableStore[] = [];
  const open = async () => {
    const store = await createStore(REDIS_URL, { dataDir: 'unused', logger: testLogger(), namespace });
    opened.push(store);
    return store;
  };
  afterAll(async () => {
    const store = opened[0] ?? (await open());
    for (const key of await store.keys('')) await store.delete(key);
    await Promise.all(opened.map((s) => s.close()));
  });

  it('round-trips values and lists keys by prefix, within its namespace only', async () => {
    const store = await open();
    await store.set('sub:slack:C1', { a: 1 });
    await store.set('settings:slack:C1', { b: 2 });
    await store.set('sub:weird*[key]', 3);
    expect(await store.get('sub:slack:C1')).toEqual({ a: 1 });
    expect((await store.keys('sub:')).sort()).toEqual(['sub:slack:C1', 'sub:weird*[key]']);
    // A glob character in the prefix is matched literally.
    expect(await store.keys('sub:weird*')).toEqual(['sub:weird*[key]']);
    expect(await store.delete('sub:weird*[key]')).toBe(true);
  });

  it('gives a claim to exactly one of two instances racing for it, and reads it back', async () => {
    const [a, b] = [await open(), await open()];
    const key = 'post:slack:C1:2025-05-01';
    const wins = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).claim(key, { by: i }, 60_000)),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect(await a.get(key)).toEqual({ by: wins.indexOf(true) });
  });

  it('keeps subscriptions for a second instance', async () => {
    await createSubscriptionService(await open(), clock).subscribe({
      platform: 'slack',
      channel: 'C9',
      user: 'U',
    });
    const subs = await createSubscriptionService(await open(), clock).list();
    expect(subs.map((s) => s.channel)).toContain('C9');
  });
  it('fails fast while Redis drops out after connecting, and recovers without a restart', async () => {
    const target = new URL(REDIS_URL);
    const sockets = new Set<Socket>();
    const proxy = (): Server =>
      createServer((client) => {
        const upstream = connect(Number(target.port || 6379), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
      });
    let server = proxy();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    const logger = testLogger();
    const store = await createStore(`redis://127.0.0.1:${port}`, {
      dataDir: 'unused',
      logger,
      namespace,
      connectTimeoutMs: 500,
    });
    opened.push(store);
    await store.set('outage', 1);

    server.close();
    for (const s of sockets) s.destroy();
    await expect(store.get('outage')).rejects.toBeInstanceOf(StoreUnavailableError);

    server = proxy();
    await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
    let value: unknown;
    for (let i = 0; i < 50 && value === undefined; i++) {
      value = await store.get('outage').catch(() => new Promise((wait) => setTimeout(wait, 100)));
    }
    expect(value).toBe(1);
    expect(logger.messages('error')).toEqual(['redis store unreachable; operations fail until it is back']);
    expect(logger.messages('info')).toContain('redis store reachable again');
    server.close();
    for (const s of sockets) s.destroy();
  });
});

describe('Redis store that does not answer', () => {
  it('rejects operations with StoreUnavailableError and a user-facing message, without crashing', async () => {
    const logger = testLogger();
    const store = await createStore('redis://:s3cret-password@127.0.0.1:1', {
      dataDir: 'unused',
      logger,
      namespace: uniqueNamespace('down'),
      connectTimeoutMs: 300,
    });
    const service = createSubscriptionService(store, clock);
    const error = await service
      .subscribe({ platform: 'slack', channel: 'C1', user: 'U' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).userMessage).toMatch(/could not reach my storage/);
    await expect(store.claim('post:x', 1)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.keys('sub:')).rejects.toBeInstanceOf(StoreUnavailableError);
    // One report per outage, and never the password of the URL.
    expect(logger.messages('error')).toEqual(['redis store unreachable; operations fail until it is back']);
    expect(JSON.stringify(logger.entries)).not.toContain('s3cret');
    expect(String(error)).not.toContain('s3cret');
    await store.close();
  });
});
