// One subscription's step in a tick: decide whether its run is due, claim the post key, compose
// and send with retries, and record the outcome. A post that still fails after its retries keeps
// its claim (marked failed): the failure may be ambiguous (sent, then timed out), and a missing
// post is better than a duplicate.
import { randomUUID } from 'node:crypto';
import { nextRun, type Reply, type Subscription, slotDecision } from '../../src/index.js';
import { withRetry } from './retry.js';
import type { SchedulerDeps, TickSummary } from './scheduler-types.js';

const HOUR = 3_600_000;

export interface PostSettings {
  graceMs: number;
  ttl: number;
  instance: string;
  stopped: () => boolean;
}

export type PostDue = (sub: Subscription, now: Date, summary: TickSummary) => Promise<void>;

export function createPostDue(
  deps: SchedulerDeps,
  settings: PostSettings,
): PostDue & { forget(now: Date): void } {
  const { store, clock, logger } = deps;
  const { graceMs, ttl, instance } = settings;
  // Per subscription (and its time, zone and start), the next run time once the current one is
  // settled: until then a tick skips it without a store round trip or a schedule computation.
  // The store's claims stay the source of truth.
  const quietUntil = new Map<string, number>();

  async function postDue(sub: Subscription, now: Date, summary: TickSummary): Promise<void> {
    const quietKey = `${sub.platform}:${sub.channel}|${sub.time}|${sub.zone}|${sub.createdAt}`;
    if (now.getTime() < (quietUntil.get(quietKey) ?? 0)) return;
    let decision: ReturnType<typeof slotDecision>;
    try {
      decision = slotDecision(sub, now, graceMs, new Date(sub.createdAt));
    } catch (error) {
      logger.warn('subscription has an unusable time or zone; skipped', {
        ...where(sub),
        error: String(error),
      });
      quietUntil.set(quietKey, now.getTime() + HOUR); // say so hourly, not every minute
      return;
    }
    const settle = () => quietUntil.set(quietKey, nextRun(sub, now)?.getTime() ?? Number.POSITIVE_INFINITY);
    if (decision.kind === 'idle') {
      settle();
      return;
    }
    const key = `post:${sub.platform}:${sub.channel}:${decision.date}`;

    if (decision.kind === 'missed') {
      if (await store.claim(key, { status: 'missed', instance, at: now.toISOString() }, ttl)) {
        logger.warn('daily post missed: later than the grace window, skipped', {
          ...where(sub),
          date: decision.date,
          lateMinutes: minutes(decision.lateMs),
        });
        summary.missed.push(key);
      }
      settle();
      return;
    }

    const won = await claimOnce(key, { status: 'claimed', instance, at: now.toISOString() });
    settle();
    if (!won) return;
    const year = Number(decision.date.slice(0, 4));
    let reply: Reply;
    try {
      reply = deps.dossier().onThisDay(decision.monthDay, sub.emptyDay, { year });
    } catch (error) {
      await record(key, { status: 'failed', instance, error: String(error).slice(0, 300) });
      logger.error('daily post could not be composed', {
        ...where(sub),
        date: decision.date,
        error: String(error),
      });
      summary.failed.push(key);
      return;
    }
    if (!reply.found) {
      await record(key, { status: 'empty', instance });
      summary.empty.push(key);
      return;
    }
    try {
      await withRetry(() => deps.post(sub, reply), deps.retry, settings.stopped);
      await record(key, { status: 'posted', instance, at: clock.now().toISOString() });
      logger.info('daily post sent', {
        ...where(sub),
        date: decision.date,
        lateMinutes: minutes(decision.lateMs),
      });
      summary.posted.push(key);
    } catch (error) {
      await record(key, { status: 'failed', instance, error: String(error).slice(0, 300) });
      logger.error('daily post failed after retries; not retried today', {
        ...where(sub),
        date: decision.date,
        error: String(error).slice(0, 300),
      });
      summary.failed.push(key);
    }
  }

  // A claim that failed for lack of an answer may still have landed (the store timed out, then
  // did it): without a check, the next tick would find the key taken and the day's post be lost.
  // Each attempt carries its own id; a key held under the id of our failed attempt is ours.
  const uncertain = new Map<string, string>();
  async function claimOnce(key: string, value: Record<string, unknown>): Promise<boolean> {
    const attempt = randomUUID();
    const earlier = uncertain.get(key);
    let won: boolean;
    try {
      won = await store.claim(key, { ...value, attempt }, ttl);
    } catch (error) {
      uncertain.set(key, attempt);
      throw error;
    }
    if (won || earlier === undefined) {
      uncertain.delete(key);
      return won;
    }
    const holder = await store.get<{ attempt?: string }>(key);
    uncertain.delete(key);
    return holder?.attempt === earlier;
  }

  /** Post records are informative; the claim already guards against reposting. */
  async function record(key: string, value: Record<string, unknown>): Promise<void> {
    await store.set(key, value, ttl).catch((error: unknown) => {
      logger.warn('could not record post status', { key, error: String(error) });
    });
  }

  return Object.assign(postDue, {
    forget(now: Date) {
      for (const [key, until] of quietUntil) if (until <= now.getTime()) quietUntil.delete(key);
    },
  });
}

export function where(sub: Subscription) {
  return { platform: sub.platform, channel: sub.channel };
}

function minutes(ms: number): number {
  return Math.round(ms / 60_000);
}
