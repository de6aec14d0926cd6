// A token bucket: `capacity` questions at once, refilled evenly over `perMs`. Pure, so the clock is
// an input and tests can step time instead of waiting.

export interface Bucket {
  tokens: number;
  /** Epoch milliseconds of the last update. */
  at: number;
}

export interface RateLimit {
  capacity: number;
  perMs: number;
}

export interface Take {
  allowed: boolean;
  bucket: Bucket;
  /** When the next token arrives, if this one was refused. */
  retryAfterMs: number;
}

export function takeToken(bucket: Bucket | undefined, now: number, limit: RateLimit): Take {
  const rate = limit.capacity / limit.perMs;
  // A clock that steps back (another instance, NTP) must not mint or burn tokens.
  const elapsed = bucket ? Math.max(0, now - bucket.at) : 0;
  const tokens = Math.min(limit.capacity, bucket ? bucket.tokens + elapsed * rate : limit.capacity);
  if (tokens >= 1) return { allowed: true, bucket: { tokens: tokens - 1, at: now }, retryAfterMs: 0 };
  return { allowed: false, bucket: { tokens, at: now }, retryAfterMs: Math.ceil((1 - tokens) / rate) };
}
