// A store operation that failed because the store could not be reached or written.
// `userMessage` is what chat users see (runCommand turns it into an 'invalid' reply).

export const STORE_UNAVAILABLE_MESSAGE =
  'I could not reach my storage just now, so nothing was changed. Please try again in a minute.';

export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly userMessage = STORE_UNAVAILABLE_MESSAGE;

  constructor(
    /** "file" or "redis". */
    readonly backend: string,
    /** The KeyValueStore operation that failed. */
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(`${backend} store unavailable during ${operation}: ${describe(options?.cause)}`, options);
  }
}

/** Message of a cause without its stack or any connection string (URLs may carry passwords). */
export function describe(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause ?? 'unknown error');
  return text.replace(/[a-z][a-z0-9+.-]*:\/\/[^\s]*/gi, '<url>').slice(0, 300);
}
