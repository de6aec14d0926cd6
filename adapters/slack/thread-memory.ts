// Threads the bot answered in, so a reply in such a thread is answered without a new mention.
// Kept in the shared store (not memory) so follow-ups survive restarts and work across instances.
import type { KeyValueStore } from '../../src/index.js';

/** Follow-ups are answered for a week after the bot last spoke in a thread. */
export const THREAD_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface ThreadMemory {
  remember(channel: string, threadTs: string): Promise<void>;
  knows(channel: string, threadTs: string): Promise<boolean>;
}

export function threadKey(channel: string, threadTs: string): string {
  return `slack:thread:${channel}:${threadTs}`;
}

export function createThreadMemory(store: KeyValueStore): ThreadMemory {
  return {
    remember: (channel, threadTs) => store.set(threadKey(channel, threadTs), true, THREAD_TTL_MS),
    knows: async (channel, threadTs) => (await store.get<boolean>(threadKey(channel, threadTs))) === true,
  };
}
