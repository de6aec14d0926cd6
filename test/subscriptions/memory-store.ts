// An in-memory KeyValueStore double; `down` makes every operation reject like an unreachable store.
import type { KeyValueStore } from '../../src/ports.js';

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  down = false;

  private check(): void {
    if (this.down) throw Object.assign(new Error('store down'), { userMessage: 'Storage is unreachable.' });
  }
  async get<T>(key: string): Promise<T | undefined> {
    this.check();
    return this.data.get(key) as T | undefined;
  }
  async set(key: string, value: unknown): Promise<void> {
    this.check();
    this.data.set(key, structuredClone(value));
  }
  async delete(key: string): Promise<boolean> {
    this.check();
    return this.data.delete(key);
  }
  async claim(key: string, value: unknown): Promise<boolean> {
    this.check();
    if (this.data.has(key)) return false;
    this.data.set(key, structuredClone(value));
    return true;
  }
  async keys(prefix: string): Promise<string[]> {
    this.check();
    return [...this.data.keys()].filter((key) => key.startsWith(prefix));
  }
}
