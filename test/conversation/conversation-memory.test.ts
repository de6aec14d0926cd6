import { describe, expect, it } from 'vitest';
import {
  askInConversation,
  CONVERSATION_TTL_MS,
  type ConversationContext,
  conversationKey,
} from '../../src/index.js';
import { fixtureDossier } from '../discord/fixture-dossier.js';
import { memoryStore } from '../slack/doubles.js';

const clock = { now: () => new Date('2024-03-05T12:00:00Z') };

/** A memory store that also records the time-to-live of each write. */
function ttlStore() {
  const store = memoryStore();
  const ttls = new Map<string, number | undefined>();
  return {
    ...store,
    ttls,
    set: async (key: string, value: unknown, ttl?: number) => {
      ttls.set(key, ttl);
      await store.set(key, value);
    },
  };
}

describe('askInConversation', () => {
  it('GIVEN two threads THEN each keeps its own focus, saved with the time-to-live', async () => {
    const store = ttlStore();
    const deps = { store, clock };
    const one = conversationKey({ platform: 'slack', channel: 'C1', thread: '1.1' });
    const two = conversationKey({ platform: 'slack', channel: 'C1', thread: '2.2' });
    expect(one).not.toBe(two);
    await askInConversation(fixtureDossier(), 'who is Lena Okafor?', one, deps);
    expect((await store.get<ConversationContext>(one))?.entities).toEqual([
      { name: 'Lena Okafor', type: 'person' },
    ]);
    expect(store.ttls.get(one)).toBe(CONVERSATION_TTL_MS);

    expect((await askInConversation(fixtureDossier(), 'what did she say?', one, deps)).kind).toBe('quotes');
    expect((await askInConversation(fixtureDossier(), 'what did she say?', two, deps)).found).toBe(false);
  });

  it('GIVEN a follow-up the articles cannot answer THEN the focus stays for the next one', async () => {
    const store = ttlStore();
    const key = conversationKey({ platform: 'discord', dmUser: 'U1' });
    await askInConversation(fixtureDossier(), 'who is Lena Okafor?', key, {
      store,
      clock,
      conversationTtlMs: 5000,
    });
    await askInConversation(fixtureDossier(), 'what is her favourite football team?', key, { store, clock });
    expect((await store.get<ConversationContext>(key))?.question).toBe('who is Lena Okafor?');
    expect(store.ttls.get(key)).toBe(5000);
  });

  it('GIVEN a store that fails THEN the question is answered alone', async () => {
    const broken = {
      ...memoryStore(),
      get: () => Promise.reject(new Error('down')),
      set: () => Promise.reject(new Error('down')),
    };
    const reply = await askInConversation(fixtureDossier(), 'who is Lena Okafor?', 'k', {
      store: broken,
      clock,
    });
    expect(reply.found).toBe(true);
  });
});
