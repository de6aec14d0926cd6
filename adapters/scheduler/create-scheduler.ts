// Daily "on this day" posts. Every minute (croner) tick() looks at each active subscription: when
// its local time has come for its local date, it claims `post:<platform>:<channel>:<date>` in the
// store and, if it won, posts (see post-due.ts). The claim makes a restart, a crash mid-post, a
// slow clock or a second instance on the same Redis unable to post twice. A missed run is caught
// up once within the grace window, otherwise skipped and logged once.
import { hostname } from 'node:os';
import { Cron } from 'croner';
import type { Subscription } from '../../src/index.js';
import { createPostDue, where } from './post-due.js';
import type { Scheduler, SchedulerDeps, TickSummary } from './scheduler-types.js';

export type { Scheduler, SchedulerDeps, TickSummary } from './scheduler-types.js';

const HOUR = 3_600_000;
export const DEFAULT_GRACE_MS = 6 * HOUR;

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const { clock, logger } = deps;
  const graceMs = deps.graceMs ?? DEFAULT_GRACE_MS;
  if (!(graceMs >= 0 && graceMs <= 24 * HOUR)) throw new RangeError('graceMs must be between 0 and 24 hours');
  let job: Cron | undefined;
  let stopped = false;
  const postDue = createPostDue(deps, {
    graceMs,
    // Records outlive any grace window, then expire so the store does not grow forever.
    ttl: deps.recordTtlMs ?? 8 * 24 * HOUR,
    instance: deps.instance ?? `${hostname()}:${process.pid}`,
    stopped: () => stopped,
  });

  let ticking = false;
  async function tick(): Promise<TickSummary> {
    const summary: TickSummary = { posted: [], empty: [], missed: [], failed: [] };
    // Never two ticks at once, however they were started (cron, the catch-up trigger, a test):
    // both would check the same subscriptions against a store that may be slow.
    if (ticking) {
      logger.debug('scheduler: the previous tick is still running; this one is skipped');
      return summary;
    }
    ticking = true;
    try {
      await runTick(summary);
    } finally {
      ticking = false;
    }
    return summary;
  }

  // Store failures are logged at debug only: the store logs an outage itself, once when it starts
  // and once when it ends, instead of a warning every minute here.
  async function runTick(summary: TickSummary): Promise<void> {
    const now = clock.now();
    postDue.forget(now);
    let subs: Subscription[];
    try {
      subs = (await deps.subscriptions.list()).filter(
        (sub) => sub.active && (!deps.platforms || deps.platforms.includes(sub.platform)),
      );
    } catch (error) {
      logger.debug('store unavailable: daily posts wait for the next tick', { error: String(error) });
      return;
    }
    // After one claim the store could not answer, the others would only wait for it too.
    let storeFailed = false;
    await eachLimited(subs, deps.concurrency ?? 8, async (sub) => {
      if (storeFailed) return;
      await postDue(sub, now, summary).catch((error: unknown) => {
        // Nothing was sent; the next tick tries again.
        storeFailed = true;
        logger.debug('daily post check failed; retrying next tick', { ...where(sub), error: String(error) });
      });
    });
  }

  return {
    tick,
    start() {
      if (job) return;
      stopped = false;
      // protect: a slow tick (posts being retried) is never overlapped by the next one.
      job = new Cron('* * * * *', { protect: true, catch: true }, async () => {
        await tick().catch((error: unknown) =>
          logger.error('scheduler tick failed', { error: String(error) }),
        );
      });
      // Catch up right away after a (re)start instead of waiting for the next minute.
      void job.trigger();
    },
    stop() {
      stopped = true;
      job?.stop();
      job = undefined;
    },
  };
}

/** Runs `work` over items, at most `limit` at a time; one slow channel never holds up the rest. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
}
