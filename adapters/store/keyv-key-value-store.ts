// The KeyValueStore port over a Keyv instance. Keyv covers get/set/delete for any backend; claim
// (set-if-absent) and key listing need the backend itself, so each backend supplies them.
import type { Keyv } from 'keyv';
import type { KeyValueStore } from '../../src/index.js';
import type { OutageLog } from './outage-log.js';
import { StoreUnavailableError } from './store-unavailable-error.js';

/** What a backend adds to Keyv. Values arrive already serialised the way Keyv reads them back. */
export interface KeyvBackend {
  name: string;
  keyv: Keyv;
  /** Waits for a connection before an operation, when the backend has one. */
  ready?(): Promise<void>;
  /** Atomically stores the value when the key is absent (or expired); true when this call won. */
  claim(key: string, serialised: string, ttlMs?: number): Promise<boolean>;
  keys(prefix: string): Promise<string[]>;
  close(): Promise<void>;
  /** Told of every operation's outcome, to log an outage once at its start and end. */
  outage?: OutageLog;
  /** An operation without an answer after this long fails (its command may still land later). */
  timeoutMs?: number;
}

export type ClosableStore = KeyValueStore & { close(): Promise<void> };

const MAX_KEY = 512;

export function keyvKeyValueStore(backend: KeyvBackend): ClosableStore {
  const { keyv } = backend;
  // Every failure leaves as StoreUnavailableError: callers handle one error type.
  const guard = async <T>(operation: string, key: string, run: () => Promise<T>): Promise<T> => {
    if (key.length > MAX_KEY) throw new RangeError(`store key longer than ${MAX_KEY} characters`);
    try {
      await backend.ready?.();
      const result = await withTimeout(run(), backend.timeoutMs);
      backend.outage?.succeeded();
      return result;
    } catch (cause) {
      backend.outage?.failed(cause);
      if (cause instanceof StoreUnavailableError) throw cause;
      throw new StoreUnavailableError(backend.name, operation, { cause });
    }
  };

  return {
    get: <T>(key: string) => guard('get', key, async () => (await keyv.get<T>(key)) ?? undefined),
    set: (key, value, ttlMs) =>
      guard('set', key, async () => {
        await keyv.set(key, value, ttlMs);
      }),
    delete: (key) => guard('delete', key, () => keyv.delete(key)),
    claim: (key, value, ttlMs) =>
      guard('claim', key, async () => {
        // Same envelope Keyv writes, so keyv.get() reads a claimed value like any other.
        const envelope = { value, expires: ttlMs ? Date.now() + ttlMs : undefined };
        const serialise = keyv.serialize ?? JSON.stringify;
        return backend.claim(key, await serialise(envelope), ttlMs);
      }),
    keys: (prefix) => guard('keys', prefix, () => backend.keys(prefix)),
    close: () => backend.close(),
  };
}

function withTimeout<T>(work: Promise<T>, ms: number | undefined): Promise<T> {
  if (!ms) return work;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
