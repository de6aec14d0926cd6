// A Redis that is connected but stops answering (SIGSTOP, swapping, a dead link): simulated by a
// proxy to the test Redis that can hold the commands it is given, so the shared Redis is never
// paused. Commands time out, a scheduler tick is bounded and never overlapped, and the outage is
// logged once when it starts and once when it ends.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClosableStore, createStore, StoreUnavailableError } from '../../adapters/store/create-store.js';
import { FakeClock, harness } from '../scheduler/scheduler-harness.js';
import { REDIS_URL, redisOrWarn, uniqueNamespace } from './redis-available.js';
import { testLogger } from './test-logger.js';

const redisUp = await redisOrWarn('Redis stall tests');

/** A TCP proxy to the test Redis; while paused it holds what clients send, so nothing is answered. */
function pausableProxy() {
  const target = new URL(REDIS_URL);
  const sockets = new Set<Socket>();
  let paused = false;
  const held: Array<() => void> = [];
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
    }
    client.on('data', (chunk) => (paused ? held.push(() => upstream.write(chunk)) : upstream.write(chunk)));
    upstream.on('data', (chunk) => client.write(chunk));
  });
  return {
    listen: () =>
      new Promise<number>((done) =>
        server.listen(0, '127.0.0.1', () => done((server.address() as { port: number }).port)),
      ),
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
      for (const send of held.splice(0)) send();
    },
    close: () => {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}

describe.skipIf(!redisUp)('GIVEN a Redis that stalls while connected', () => {
  const proxy = pausableProxy();
  const namespace = uniqueNamespace('stall');
  const stores: ClosableStore[] = [];
  let url = '';
  beforeAll(async () => {
    url = `redis://127.0.0.1:${await proxy.listen()}`;
  });
  afterAll(async () => {
    proxy.resume();
    const [store] = stores;
    if (store)
      for (const key of await store.keys('').catch(() => [])) await store.delete(key).catch(() => false);
    await Promise.all(stores.map((s) => s.close().catch(() => undefined)));
    proxy.close();
  });
  const open = async (logger = testLogger(), commandTimeoutMs?: number) => {
    const store = await createStore(url, {
      dataDir: 'unused',
      logger,
      namespace,
      ...(commandTimeoutMs ? { commandTimeoutMs } : {}),
    });
    stores.push(store);
    return store;
  };

  it('WHEN a command is sent THEN it fails after about 2 s instead of waiting for Redis', async () => {
    const store = await open();
    await store.set('stall', 1);
    proxy.pause();
    const started = Date.now();
    const error = await store.get('stall').catch((e: unknown) => e);
    const waited = Date.now() - started;
    proxy.resume();
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(waited).toBeGreaterThanOrEqual(1500);
    expect(waited).toBeLessThan(3500);
    expect(await store.get('stall')).toBe(1);
  });

  it('WHEN the scheduler ticks THEN ticks end on time, never overlap, and the outage is logged once each way', async () => {
    const logger = testLogger();
    const store = await open(logger, 300);
    const clock = FakeClock.at('2025-05-01T08:00:00Z');
    const { scheduler, sent, subscriptions, logger: schedulerLog } = harness(store, clock);
    for (const channel of ['C1', 'C2', 'C3'])
      await subscriptions.subscribe({ platform: 'slack', channel, user: 'U', time: '09:00' });
    clock.set('2025-05-01T09:00:00Z');

    proxy.pause();
    const started = Date.now();
    const [first, overlapping] = await Promise.all([scheduler.tick(), scheduler.tick()]);
    expect(Date.now() - started).toBeLessThan(1500);
    expect([first, overlapping]).toEqual([
      { posted: [], empty: [], missed: [], failed: [] },
      { posted: [], empty: [], missed: [], failed: [] },
    ]);
    expect(schedulerLog.messages('debug')).toContain(
      'scheduler: the previous tick is still running; this one is skipped',
    );
    for (let minute = 1; minute <= 3; minute++) {
      clock.ms += 60_000;
      await scheduler.tick();
    }
    expect(sent).toEqual([]);

    proxy.resume();
    clock.ms += 60_000;
    await scheduler.tick();
    expect(sent.map((s) => s.channel).sort()).toEqual(['C1', 'C2', 'C3']);
    expect(logger.messages('error')).toEqual(['redis store unreachable; operations fail until it is back']);
    expect(logger.messages('info')).toEqual(['redis store reachable again']);
    expect(schedulerLog.messages('warn')).toEqual([]);
  });
});
