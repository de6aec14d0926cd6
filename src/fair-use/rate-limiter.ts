// Fair use: a per-user limit on questions and a per-channel limit on mentions, as token buckets in
// the shared store so several instances count together.
import type { Clock, KeyValueStore } from '../ports.js';
import type { Platform } from '../subscriptions/types.js';
import { type Bucket, type RateLimit, takeToken } from './token-bucket.js';

export interface FairUseLimits {
  /** Questions one person may ask per minute; 0 = no limit. */
  userPerMinute: number;
  /** Mentions answered per channel per minute; 0 = no limit. */
  channelPerMinute: number;
}

/** High enough that nobody meets them in normal use; they stop floods and runaway scripts. */
export const DEFAULT_LIMITS: FairUseLimits = { userPerMinute: 20, channelPerMinute: 60 };

const MINUTE = 60_000;

export type Limited = { allowed: true } | { allowed: false; retryAfterMs: number; scope: 'user' | 'channel' };

export async function checkFairUse(
  store: KeyValueStore,
  clock: Clock,
  limits: FairUseLimits,
  who: { platform: Platform; user: string; channel: string; mention: boolean },
): Promise<Limited> {
  const user = await take(
    store,
    clock,
    `limit:user:${who.platform}:${who.user}`,
    limits.userPerMinute,
    'user',
  );
  if (!user.allowed || !who.mention) return user;
  return take(
    store,
    clock,
    `limit:channel:${who.platform}:${who.channel}`,
    limits.channelPerMinute,
    'channel',
  );
}

async function take(
  store: KeyValueStore,
  clock: Clock,
  key: string,
  perMinute: number,
  scope: 'user' | 'channel',
): Promise<Limited> {
  if (perMinute <= 0) return { allowed: true };
  const limit: RateLimit = { capacity: perMinute, perMs: MINUTE };
  try {
    // Read-then-write: two instances racing may both pass one extra question, which a fair-use
    // limit can afford; a lost answer because the store hiccupped it cannot.
    const result = takeToken(await store.get<Bucket>(key), clock.now().getTime(), limit);
    await store.set(key, result.bucket, 2 * MINUTE);
    return result.allowed ? { allowed: true } : { allowed: false, retryAfterMs: result.retryAfterMs, scope };
  } catch {
    return { allowed: true };
  }
}
