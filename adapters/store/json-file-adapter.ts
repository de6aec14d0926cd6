// A Keyv storage adapter over one JSON file: the embedded default store (no native modules).
// Writes are atomic (temp file, fsync, rename) and serialised; all state lives in memory, so
// this store serves one process. Several instances need Redis.
import { EventEmitter } from 'node:events';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

interface Entry {
  /** Keyv's serialised envelope. */
  value: string;
  /** Epoch ms after which the entry is gone. */
  expires?: number;
}

export type Entries = Map<string, Entry>;

export class JsonFileAdapter extends EventEmitter {
  namespace?: string;
  readonly opts = { dialect: 'json-file', url: '' };
  private writing: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;
  private tmpCounter = 0;

  constructor(
    readonly path: string,
    private readonly entries: Entries,
  ) {
    super();
    this.opts.url = `file://${path}`;
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry?.expires !== undefined && entry.expires <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  async get(key: string): Promise<string | undefined> {
    return this.live(key)?.value;
  }

  async set(key: string, value: string, ttl?: number): Promise<void> {
    await this.change(key, ttl ? { value, expires: Date.now() + ttl } : { value });
  }

  async delete(key: string): Promise<boolean> {
    const existed = this.live(key) !== undefined;
    if (existed) await this.change(key, undefined);
    return existed;
  }

  async clear(): Promise<void> {
    this.entries.clear();
    await this.persist();
  }

  /** Check and set happen in one synchronous step, so no other call in this process interleaves. */
  async claim(key: string, value: string, ttl?: number): Promise<boolean> {
    if (this.live(key)) return false;
    await this.change(key, ttl ? { value, expires: Date.now() + ttl } : { value });
    return true;
  }

  /**
   * Applies one change in memory and writes it. When the write fails the change is undone (unless
   * a later call changed the key again): memory never claims what the file does not hold, so a
   * failed claim can be won again by the retry, and "nothing was changed" stays true.
   */
  private async change(key: string, next: Entry | undefined): Promise<void> {
    const previous = this.entries.get(key);
    if (next) this.entries.set(key, next);
    else this.entries.delete(key);
    try {
      await this.persist();
    } catch (error) {
      if (this.entries.get(key) === next) {
        if (previous) this.entries.set(key, previous);
        else this.entries.delete(key);
      }
      throw error;
    }
  }

  async keys(prefix: string): Promise<string[]> {
    return [...this.entries.keys()].filter((key) => key.startsWith(prefix) && this.live(key));
  }

  /** Resolves once the state after the caller's change is on disk. */
  async flush(): Promise<void> {
    await this.writing;
  }

  private persist(): Promise<void> {
    // A write not yet started will snapshot the latest state, so later changes can join it.
    if (this.queued) return this.queued;
    const run = this.writing.then(() => {
      this.queued = undefined;
      return this.write();
    });
    this.queued = run;
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async write(): Promise<void> {
    const now = Date.now();
    const entries: Record<string, Entry> = {};
    for (const [key, entry] of this.entries) {
      if (entry.expires === undefined || entry.expires > now) entries[key] = entry;
    }
    const text = `${JSON.stringify({ version: 1, entries })}\n`;
    const tmp = `${this.path}.${process.pid}.${this.tmpCounter++}.tmp`;
    const handle = await open(tmp, 'w', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      // Data on disk before the rename makes it visible: a crash leaves the old file or the new one.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, this.path);
    await syncDirectory(dirname(this.path));
  }
}

/** Parses the file's text; throws when it is not a store this adapter wrote. */
export function parseEntries(text: string): Entries {
  const data: unknown = JSON.parse(text);
  const entries = (data as { entries?: unknown } | null)?.entries;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
    throw new Error('not a Dossier store file (no "entries" object)');
  }
  const map: Entries = new Map();
  for (const [key, entry] of Object.entries(entries)) {
    const e = entry as Partial<Entry> | null;
    if (typeof e?.value !== 'string' || (e.expires !== undefined && typeof e.expires !== 'number')) {
      throw new Error(`malformed entry "${key.slice(0, 80)}"`);
    }
    map.set(key, e.expires === undefined ? { value: e.value } : { value: e.value, expires: e.expires });
  }
  return map;
}

/** Makes the rename itself durable; some platforms cannot open a directory, which is fine. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the rename is already atomic, this only hardens it against power loss.
  }
}
