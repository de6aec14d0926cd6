// What the core needs from the outside world, by role. Adapters provide the implementations.

/** A key-value store (Keyv-backed in production). Values are JSON-serialisable. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  /**
   * Sets the key only when it is absent; true when this caller won. The primitive behind
   * claim-once posting across restarts and instances (Redis SET NX in production).
   */
  claim(key: string, value: unknown, ttlMs?: number): Promise<boolean>;
  /** Keys under a prefix ("sub:"), for listing subscriptions. */
  keys(prefix: string): Promise<string[]>;
}

export interface Clock {
  now(): Date;
}

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const systemClock: Clock = { now: () => new Date() };
