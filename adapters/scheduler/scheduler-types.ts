// The scheduler's dependencies and results.
import type {
  Clock,
  Dossier,
  KeyValueStore,
  Logger,
  Platform,
  Reply,
  Subscription,
  SubscriptionService,
} from '../../src/index.js';
import type { RetryOptions } from './retry.js';

export interface SchedulerDeps {
  subscriptions: SubscriptionService;
  store: KeyValueStore;
  clock: Clock;
  logger: Logger;
  /** The current Dossier (it is replaced when the corpus reloads). */
  dossier: () => Dossier;
  /** Sends a reply to the subscription's channel; rejects when it was not sent. */
  post: (sub: Subscription, reply: Reply) => Promise<void>;
  /** How late a run may still be caught up. Default 6 h; at most 24 h. */
  graceMs?: number;
  retry?: RetryOptions;
  /** Channels posted at the same time. Default 8. */
  concurrency?: number;
  /** How long post records are kept. Default 8 days (longer than any grace window). */
  recordTtlMs?: number;
  /**
   * Platforms this instance can post to; subscriptions of others are left (unclaimed) to an
   * instance that can. Default: all.
   */
  platforms?: Platform[];
  /** Written into post records, to tell instances apart. */
  instance?: string;
}

export interface TickSummary {
  posted: string[];
  /** Claimed but nothing to post (empty day, 'skip' policy). */
  empty: string[];
  /** Outside the grace window: skipped. */
  missed: string[];
  failed: string[];
}

export interface Scheduler {
  /** Ticks now (to catch up after a restart) and then at the start of every minute. */
  start(): void;
  stop(): void;
  tick(): Promise<TickSummary>;
}
