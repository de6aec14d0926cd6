import { describe, expect, it } from 'vitest';
import { type Bucket, takeToken } from '../../src/index.js';

const limit = { capacity: 20, perMs: 60_000 };

function takeMany(count: number, at: number, start?: Bucket) {
  let bucket = start;
  const allowed: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const take = takeToken(bucket, at, limit);
    allowed.push(take.allowed);
    bucket = take.bucket;
  }
  return { allowed, bucket };
}

describe('takeToken', () => {
  it('GIVEN a full bucket THEN 20 pass at once and the 21st is refused with a wait', () => {
    const { allowed, bucket } = takeMany(20, 0);
    expect(allowed.every(Boolean)).toBe(true);
    const refused = takeToken(bucket, 0, limit);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterMs).toBe(3000);
  });

  it('GIVEN an empty bucket THEN a minute later it is full again, never fuller', () => {
    const { bucket } = takeMany(20, 0);
    const later = takeMany(21, 120_000, bucket);
    expect(later.allowed.filter(Boolean)).toHaveLength(20);
  });

  it('GIVEN a clock that steps back THEN no tokens are minted', () => {
    const { bucket } = takeMany(20, 60_000);
    expect(takeToken(bucket, 0, limit).allowed).toBe(false);
  });
});
