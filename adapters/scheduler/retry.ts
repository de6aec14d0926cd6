// Retries an async step with exponential backoff. Sleep is injectable so tests never wait.

export interface RetryOptions {
  /** Tries in all, the first included. Default 4. */
  attempts?: number;
  /** Wait before the first retry; doubles each time. Default 2 s. */
  baseDelayMs?: number;
  /** Longest single wait. Default 30 s. */
  maxDelayMs?: number;
  /** false for an error that will not go away by trying again (a channel the bot left). */
  isRetryable?: (error: unknown) => boolean;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `step` until it succeeds, the attempts run out, the error is final, or `cancelled()`. */
export async function withRetry<T>(
  step: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
  cancelled: () => boolean = () => false,
): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const base = options.baseDelayMs ?? 2000;
  const max = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await step(attempt);
    } catch (error) {
      const final = attempt >= attempts || options.isRetryable?.(error) === false || cancelled();
      if (final) throw error;
      await sleep(Math.min(base * 2 ** (attempt - 1), max));
    }
  }
}
