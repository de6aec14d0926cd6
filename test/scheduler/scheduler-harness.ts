// Fakes for scheduler tests: a settable clock, a Dossier that records what it was asked, a post
// port that records (or fails) sends, and a loop that walks the clock through simulated days.
import {
  createScheduler,
  type Scheduler,
  type SchedulerDeps,
} from '../../adapters/scheduler/create-scheduler.js';
import type { Dossier } from '../../src/dossier-types.js';
import type { Clock, KeyValueStore } from '../../src/ports.js';
import type { Reply } from '../../src/reply.js';
import { createSubscriptionService } from '../../src/subscriptions/subscription-service.js';
import type { Subscription } from '../../src/subscriptions/types.js';
import { testLogger } from '../store/test-logger.js';

export class FakeClock implements Clock {
  constructor(public ms: number) {}
  static at(iso: string) {
    return new FakeClock(Date.parse(iso));
  }
  now = () => new Date(this.ms);
  set(iso: string) {
    this.ms = Date.parse(iso);
  }
}

export interface Sent {
  channel: string;
  at: string;
  text: string;
}

/** Month-days listed in `empty` have nothing on them (found=false under 'skip'). */
export function fakeDossier(
  empty: string[] = [],
): Dossier & { asked: Array<{ monthDay: string; year?: number }> } {
  const asked: Array<{ monthDay: string; year?: number }> = [];
  const reply = (monthDay: string, found: boolean): Reply => ({
    kind: 'on-this-day',
    found,
    text: found ? `On this day, ${monthDay}:` : `Nothing for ${monthDay}.`,
    items: [],
    more: 0,
    citations: [],
    suggestions: [],
    entities: [],
  });
  return {
    asked,
    onThisDay: (monthDay: string, emptyDay?: string, options?: { year?: number }) => {
      asked.push(options?.year === undefined ? { monthDay } : { monthDay, year: options.year });
      return reply(monthDay, !empty.includes(monthDay) || emptyDay === 'nearest');
    },
  } as unknown as Dossier & { asked: Array<{ monthDay: string; year?: number }> };
}

export function harness(store: KeyValueStore, clock: FakeClock, overrides: Partial<SchedulerDeps> = {}) {
  const sent: Sent[] = [];
  const logger = testLogger();
  const subscriptions = createSubscriptionService(store, clock);
  const dossier = fakeDossier();
  const deps: SchedulerDeps = {
    subscriptions,
    store,
    clock,
    logger,
    dossier: () => dossier,
    post: async (sub: Subscription, reply: Reply) => {
      sent.push({ channel: sub.channel, at: clock.now().toISOString(), text: reply.text });
    },
    retry: { sleep: async () => undefined },
    ...overrides,
  };
  const scheduler: Scheduler = createScheduler(deps);
  return { scheduler, sent, logger, subscriptions, dossier, deps };
}

/** Ticks every `stepMs` from the clock's time up to (and including) `untilIso`. */
export async function runUntil(
  schedulers: Scheduler[],
  clock: FakeClock,
  untilIso: string,
  stepMs = 60_000,
): Promise<void> {
  const until = Date.parse(untilIso);
  while (clock.ms <= until) {
    await Promise.all(schedulers.map((s) => s.tick()));
    clock.ms += stepMs;
  }
}
