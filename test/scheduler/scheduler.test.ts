import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../adapters/scheduler/create-scheduler.js';
import { createStore } from '../../adapters/store/create-store.js';
import { testLogger } from '../store/test-logger.js';
import { MemoryStore } from '../subscriptions/memory-store.js';
import { FakeClock, fakeDossier, harness, runUntil } from './scheduler-harness.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const fileStore = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-sched-'));
  dirs.push(dir);
  return dir;
};

describe('scheduler: when it fires', () => {
  it('fires once a day at local time across the spring DST change, a gap time at the first minute after', async () => {
    const clock = FakeClock.at('2025-03-27T00:00:00Z');
    const store = new MemoryStore();
    const { scheduler, sent, subscriptions } = harness(store, clock);
    await subscriptions.subscribe({
      platform: 'slack',
      channel: 'NINE',
      user: 'U',
      time: '09:00',
      zone: 'Europe/Oslo',
    });
    await subscriptions.subscribe({
      platform: 'slack',
      channel: 'GAP',
      user: 'U',
      time: '02:30',
      zone: 'Europe/Oslo',
    });
    // Every 5 minutes: all run times here fall on a multiple of 5, so the post instants stay exact.
    await runUntil([scheduler], clock, '2025-04-01T23:59:00Z', 5 * 60_000);
    const nine = sent.filter((s) => s.channel === 'NINE').map((s) => s.at);
    expect(nine).toEqual([
      '2025-03-27T08:00:00.000Z',
      '2025-03-28T08:00:00.000Z',
      '2025-03-29T08:00:00.000Z',
      '2025-03-30T07:00:00.000Z', // summer time from 30 March: 09:00 is 07:00 UTC
      '2025-03-31T07:00:00.000Z',
      '2025-04-01T07:00:00.000Z',
    ]);
    const gap = sent.filter((s) => s.channel === 'GAP').map((s) => s.at);
    expect(gap).toContain('2025-03-30T01:00:00.000Z'); // 02:30 does not exist that night: 03:00 local
    expect(gap).toHaveLength(6);
  });

  it('fires once when the local time occurs twice in the autumn DST change', async () => {
    const clock = FakeClock.at('2025-10-25T00:00:00Z');
    const { scheduler, sent, subscriptions } = harness(new MemoryStore(), clock);
    await subscriptions.subscribe({
      platform: 'discord',
      channel: '1',
      user: 'U',
      time: '02:30',
      zone: 'Europe/Oslo',
    });
    await runUntil([scheduler], clock, '2025-10-27T23:59:00Z', 5 * 60_000);
    expect(sent.map((s) => s.at)).toEqual([
      '2025-10-25T00:30:00.000Z',
      '2025-10-26T00:30:00.000Z', // the first 02:30 (summer time); the second one, an hour later, posts nothing
      '2025-10-27T01:30:00.000Z',
    ]);
  });

  it('uses the local date of a non-UTC zone for the content', async () => {
    const clock = FakeClock.at('2025-05-01T20:00:00Z');
    const { scheduler, sent, subscriptions, dossier } = harness(new MemoryStore(), clock);
    await subscriptions.subscribe({
      platform: 'slack',
      channel: 'TOKYO',
      user: 'U',
      time: '08:00',
      zone: 'Asia/Tokyo',
    });
    await runUntil([scheduler], clock, '2025-05-02T00:00:00Z');
    // 08:00 on 2 May in Tokyo is 23:00 on 1 May in UTC.
    expect(sent).toEqual([{ channel: 'TOKYO', at: '2025-05-01T23:00:00.000Z', text: 'On this day, 05-02:' }]);
    expect(dossier.asked).toEqual([{ monthDay: '05-02', year: 2025 }]);
  });

  it('does not post a day that began before the subscription existed', async () => {
    const clock = FakeClock.at('2025-05-01T10:00:00Z');
    const { scheduler, sent, subscriptions } = harness(new MemoryStore(), clock);
    await subscriptions.subscribe({ platform: 'slack', channel: 'C', user: 'U' }); // 09:00 UTC, an hour ago
    await runUntil([scheduler], clock, '2025-05-02T08:59:00Z', 5 * 60_000);
    expect(sent).toEqual([]);
    await runUntil([scheduler], clock, '2025-05-02T09:00:00Z');
    expect(sent.map((s) => s.at)).toEqual(['2025-05-02T09:00:00.000Z']);
  });

  it('skips paused subscriptions and, under the skip policy, empty days', async () => {
    const clock = FakeClock.at('2025-05-01T08:00:00Z');
    const store = new MemoryStore();
    const { sent, subscriptions, deps } = harness(store, clock);
    const scheduler = createScheduler({ ...deps, dossier: () => fakeDossier(['05-01']) });
    await subscriptions.subscribe({ platform: 'slack', channel: 'SKIP', user: 'U' });
    await subscriptions.subscribe({ platform: 'slack', channel: 'NEAR', user: 'U', emptyDay: 'nearest' });
    await subscriptions.subscribe({ platform: 'slack', channel: 'OFF', user: 'U' });
    await subscriptions.setActive('slack', 'OFF', false);
    await runUntil([scheduler], clock, '2025-05-01T10:00:00Z');
    expect(sent.map((s) => s.channel)).toEqual(['NEAR']);
    expect(await store.get('post:slack:SKIP:2025-05-01')).toMatchObject({ status: 'empty' });
  });
});

describe('scheduler: restarts and grace', () => {
  it('does not post again after a restart (a new scheduler and store over the same file)', async () => {
    const dir = await fileStore();
    const clock = FakeClock.at('2025-05-01T08:59:00Z');
    const firstStore = await createStore(undefined, { dataDir: dir, logger: testLogger() });
    const first = harness(firstStore, clock);
    await first.subscriptions.subscribe({ platform: 'slack', channel: 'C', user: 'U' });
    clock.set('2025-05-01T08:59:00Z');
    await runUntil([first.scheduler], clock, '2025-05-01T09:01:00Z');
    expect(first.sent).toHaveLength(1);
    await firstStore.close(); // the first process ends

    const second = harness(await createStore(undefined, { dataDir: dir, logger: testLogger() }), clock);
    await runUntil([second.scheduler], clock, '2025-05-01T15:00:00Z');
    expect(second.sent).toEqual([]);
  });

  it('catches up once when restarted within the grace window', async () => {
    const dir = await fileStore();
    const clock = FakeClock.at('2025-05-01T06:00:00Z');
    const beforeStore = await createStore(undefined, { dataDir: dir, logger: testLogger() });
    const before = harness(beforeStore, clock);
    await before.subscriptions.subscribe({ platform: 'discord', channel: '7', user: 'U' });
    await beforeStore.close();
    // Down from 06:00 to 13:30; 09:00 was missed by 4.5 hours, inside the 6-hour grace.
    clock.set('2025-05-01T13:30:00Z');
    const after = harness(await createStore(undefined, { dataDir: dir, logger: testLogger() }), clock);
    await runUntil([after.scheduler], clock, '2025-05-01T23:00:00Z');
    expect(after.sent.map((s) => s.at)).toEqual(['2025-05-01T13:30:00.000Z']);
    expect(after.logger.messages('info')).toContain('daily post sent');
  });

  it('skips and logs once when restarted after the grace window', async () => {
    const clock = FakeClock.at('2025-05-01T06:00:00Z');
    const store = new MemoryStore();
    const { subscriptions } = harness(store, clock);
    await subscriptions.subscribe({ platform: 'discord', channel: '7', user: 'U' });
    clock.set('2025-05-01T15:01:00Z');
    const after = harness(store, clock, { graceMs: 6 * 3_600_000 });
    await runUntil([after.scheduler], clock, '2025-05-01T20:00:00Z');
    expect(after.sent).toEqual([]);
    expect(after.logger.messages('warn')).toEqual([
      'daily post missed: later than the grace window, skipped',
    ]);
    await runUntil([after.scheduler], clock, '2025-05-02T09:00:00Z');
    expect(after.sent.map((s) => s.at)).toEqual(['2025-05-02T09:00:00.000Z']);
  });

  it('leaves subscriptions of a platform it cannot post to unclaimed, for an instance that can', async () => {
    const clock = FakeClock.at('2025-05-01T08:00:00Z');
    const store = new MemoryStore();
    const slackOnly = harness(store, clock, { platforms: ['slack'] });
    await slackOnly.subscriptions.subscribe({ platform: 'slack', channel: 'S', user: 'U' });
    await slackOnly.subscriptions.subscribe({ platform: 'discord', channel: '1', user: 'U' });
    clock.set('2025-05-01T09:00:00Z');
    await slackOnly.scheduler.tick();
    expect(slackOnly.sent.map((s) => s.channel)).toEqual(['S']);
    const discordToo = harness(store, clock);
    await discordToo.scheduler.tick();
    expect(discordToo.sent.map((s) => s.channel)).toEqual(['1']);
  });

  it('refuses a grace window beyond a day', () => {
    const clock = FakeClock.at('2025-05-01T06:00:00Z');
    expect(() => harness(new MemoryStore(), clock, { graceMs: 25 * 3_600_000 })).toThrow(RangeError);
  });
});

describe('scheduler: failures', () => {
  it('retries a failing post with backoff without holding up other channels', async () => {
    const clock = FakeClock.at('2025-05-01T07:00:00Z');
    const store = new MemoryStore();
    const delays: number[] = [];
    const order: string[] = [];
    let failures = 2;
    const { subscriptions, deps } = harness(store, clock);
    const scheduler = createScheduler({
      ...deps,
      retry: { baseDelayMs: 1000, sleep: async (ms) => void delays.push(ms) },
      post: async (sub) => {
        if (sub.channel === 'FLAKY' && failures-- > 0) {
          order.push('FLAKY failed');
          throw new Error('503 from the platform');
        }
        order.push(sub.channel);
      },
    });
    for (const channel of ['FLAKY', 'OK1', 'OK2']) {
      await subscriptions.subscribe({ platform: 'slack', channel, user: 'U', time: '08:00' });
    }
    clock.set('2025-05-01T08:30:00Z');
    const summary = await scheduler.tick();
    expect(summary.posted.sort()).toEqual([
      'post:slack:FLAKY:2025-05-01',
      'post:slack:OK1:2025-05-01',
      'post:slack:OK2:2025-05-01',
    ]);
    expect(delays).toEqual([1000, 2000]);
    // The healthy channels went out before the flaky one's retries finished.
    expect(order.indexOf('OK1')).toBeLessThan(order.indexOf('FLAKY'));
    expect(order.indexOf('OK2')).toBeLessThan(order.indexOf('FLAKY'));
  });

  it('after all retries, logs the failure, keeps the claim and does not try again that day', async () => {
    const clock = FakeClock.at('2025-05-01T09:00:00Z');
    const store = new MemoryStore();
    let calls = 0;
    const { subscriptions, logger, deps } = harness(store, clock);
    const scheduler = createScheduler({
      ...deps,
      retry: { attempts: 3, sleep: async () => undefined },
      post: async () => {
        calls++;
        throw new Error('channel_not_found');
      },
    });
    await subscriptions.subscribe({ platform: 'slack', channel: 'GONE', user: 'U' });
    await runUntil([scheduler], clock, '2025-05-01T12:00:00Z');
    expect(calls).toBe(3);
    expect(logger.messages('error')).toEqual(['daily post failed after retries; not retried today']);
    expect(await store.get('post:slack:GONE:2025-05-01')).toMatchObject({ status: 'failed' });
  });

  it('stops retrying an error the post port marks as final', async () => {
    const clock = FakeClock.at('2025-05-01T09:00:00Z');
    let calls = 0;
    const { subscriptions, deps } = harness(new MemoryStore(), clock);
    const scheduler = createScheduler({
      ...deps,
      retry: { isRetryable: () => false, sleep: async () => undefined },
      post: async () => {
        calls++;
        throw new Error('not_in_channel');
      },
    });
    await subscriptions.subscribe({ platform: 'slack', channel: 'C', user: 'U' });
    expect((await scheduler.tick()).failed).toEqual(['post:slack:C:2025-05-01']);
    expect(calls).toBe(1);
  });

  it('keeps going while the store is down and posts once it is back', async () => {
    const clock = FakeClock.at('2025-05-01T08:50:00Z');
    const store = new MemoryStore();
    const { scheduler, sent, subscriptions, logger } = harness(store, clock);
    await subscriptions.subscribe({ platform: 'slack', channel: 'C', user: 'U' });
    store.down = true;
    await runUntil([scheduler], clock, '2025-05-01T09:30:00Z');
    expect(sent).toEqual([]);
    // The store reports its outage itself, once; the scheduler does not repeat it every minute.
    expect(logger.messages('warn')).toEqual([]);
    expect(logger.messages('debug')).toContain('store unavailable: daily posts wait for the next tick');
    store.down = false;
    await runUntil([scheduler], clock, '2025-05-01T09:40:00Z');
    expect(sent.map((s) => s.at)).toEqual(['2025-05-01T09:31:00.000Z']);
  });

  it('does not post when the claim cannot be stored', async () => {
    const clock = FakeClock.at('2025-05-01T09:00:00Z');
    const store = new MemoryStore();
    const { subscriptions, sent, logger, deps } = harness(store, clock);
    await subscriptions.subscribe({ platform: 'slack', channel: 'C', user: 'U' });
    const scheduler = createScheduler({
      ...deps,
      store: Object.assign(Object.create(store), {
        claim: async () => Promise.reject(new Error('store down')),
      }),
    });
    await scheduler.tick();
    expect(sent).toEqual([]);
    expect(logger.messages('debug')).toEqual(['daily post check failed; retrying next tick']);
  });
  it('posts once on the next tick after the file store failed to write the claim', async () => {
    const dir = await fileStore();
    const clock = FakeClock.at('2025-05-01T09:00:00Z');
    const { scheduler, sent, subscriptions, logger } = harness(
      await createStore(undefined, { dataDir: dir, logger: testLogger() }),
      clock,
    );
    await subscriptions.subscribe({ platform: 'slack', channel: 'C', user: 'U' });
    clock.set('2025-05-02T09:00:00Z');
    await rm(dir, { recursive: true }); // the claim's write fails: no folder to write to
    await scheduler.tick();
    expect(sent).toEqual([]);
    expect(logger.messages('debug')).toEqual(['daily post check failed; retrying next tick']);

    await mkdir(dir);
    clock.set('2025-05-02T09:01:00Z');
    await runUntil([scheduler], clock, '2025-05-02T09:30:00Z');
    expect(sent.map((s) => s.at)).toEqual(['2025-05-02T09:01:00.000Z']);
  });
  it('posts once when a claim that timed out had landed after all, and not when another instance holds it', async () => {
    const clock = FakeClock.at('2025-05-01T08:00:00Z');
    const store = new MemoryStore();
    const { subscriptions, sent, deps } = harness(store, clock);
    await subscriptions.subscribe({ platform: 'slack', channel: 'MINE', user: 'U' });
    await subscriptions.subscribe({ platform: 'slack', channel: 'THEIRS', user: 'U' });
    // The first claim of each key gets no answer (a store timeout): MINE's landed all the same,
    // THEIRS's did not, and another instance then claims THEIRS.
    const asked = new Set<string>();
    const scheduler = createScheduler({
      ...deps,
      concurrency: 1,
      store: Object.assign(Object.create(store), {
        claim: async (key: string, value: unknown) => {
          if (asked.has(key)) return store.claim(key, value);
          asked.add(key);
          if (key.includes('MINE')) await store.claim(key, value);
          throw new Error('no answer within 2000 ms');
        },
      }),
    });
    clock.set('2025-05-01T09:00:00Z');
    await scheduler.tick(); // MINE: landed, unanswered; the tick stops at this failure
    clock.ms += 60_000;
    await scheduler.tick(); // MINE is found to be ours and posted; THEIRS: unanswered, not landed
    await store.claim('post:slack:THEIRS:2025-05-01', { status: 'claimed', instance: 'other' });
    for (let minute = 1; minute <= 3; minute++) {
      clock.ms += 60_000;
      await scheduler.tick();
    }
    expect(sent.map((s) => s.channel)).toEqual(['MINE']);
  });
});

describe('scheduler: start and stop', () => {
  it('ticks at start to catch up, and stops cleanly', async () => {
    const clock = FakeClock.at('2025-05-01T09:05:00Z');
    const store = new MemoryStore();
    let posted!: () => void;
    const done = new Promise<void>((resolve) => {
      posted = resolve;
    });
    const { subscriptions, deps } = harness(store, clock);
    await subscriptions.subscribe({ platform: 'slack', channel: 'C', user: 'U', time: '09:00' });
    // Created before today's run, so it is due at start.
    await store.set('sub:slack:C', {
      ...(await subscriptions.get('slack', 'C')),
      createdAt: '2025-04-01T00:00:00Z',
    });
    const scheduler = createScheduler({ ...deps, post: async () => posted() });
    scheduler.start();
    await done;
    scheduler.stop();
    expect(await store.get('post:slack:C:2025-05-01')).toBeDefined();
  });
});
