import { afterAll, describe, expect, it } from 'vitest';
import { redisOrWarn, redisStores } from '../store/redis-available.js';
import { FakeClock, harness } from './scheduler-harness.js';

const redisUp = await redisOrWarn('two schedulers sharing Redis');

describe.skipIf(!redisUp)('two scheduler instances sharing a real Redis', () => {
  const { open, closeAll } = redisStores('sched');
  afterAll(closeAll);

  it('post each subscription exactly once a day over many simulated days, their clocks apart', async () => {
    const clock = FakeClock.at('2025-03-20T00:00:00Z');
    // Instance B's clock is off by 7 minutes: ahead on even days, behind on odd ones, so each
    // instance is first on some days and late (racing for a claim already taken) on others. The
    // skew exceeds the 5-minute tick: with less, both clocks reach a due time on the same tick
    // and which one claims it is a coin toss, so either could post nothing.
    const skewed = {
      now: () => new Date(clock.ms + (Math.floor(clock.ms / 86_400_000) % 2 ? -7 : 7) * 60_000),
    };
    const a = harness(await open(), clock, { instance: 'A' });
    const b = harness(await open(), clock, { instance: 'B', clock: skewed });
    const subs = [
      { channel: 'OSLO', time: '09:00', zone: 'Europe/Oslo' },
      { channel: 'NY', time: '07:30', zone: 'America/New_York' },
      { channel: 'TOKYO', time: '00:10', zone: 'Asia/Tokyo' },
      { channel: 'UTC', time: '23:55', zone: 'UTC' },
    ];
    for (const sub of subs) await a.subscriptions.subscribe({ platform: 'slack', user: 'U', ...sub });

    // 16 days across the European and American DST changes, ticking every 5 minutes.
    await runBoth([a.scheduler, b.scheduler], clock, '2025-04-04T23:59:00Z');

    const sent = [...a.sent, ...b.sent];
    for (const { channel, zone } of subs) {
      const days = sent
        .filter((s) => s.channel === channel)
        .map((s) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(s.at)));
      // Every local day once: 16 days (Tokyo's first run, 00:10 on 20 March, predates the subscription).
      expect(new Set(days).size, channel).toBe(16);
      expect(days, channel).toHaveLength(16);
    }
    expect(a.sent.length).toBeGreaterThan(0);
    expect(b.sent.length).toBeGreaterThan(0);
  }, 60_000);
});

async function runBoth(schedulers: Array<{ tick(): Promise<unknown> }>, clock: FakeClock, untilIso: string) {
  const until = Date.parse(untilIso);
  while (clock.ms <= until) {
    await Promise.all(schedulers.map((s) => s.tick()));
    clock.ms += 5 * 60_000;
  }
}
