// Discord has no threads under a message, only reply chains: a member replies to the bot's answer.
// Each answer the bot sends is remembered with the conversation it belongs to, so a reply to it
// continues that conversation, and a message replying to nothing of the bot's starts a new one.
import type { Message } from 'discord.js';
import { CONVERSATION_TTL_MS, conversationKey, type KeyValueStore } from '../../src/index.js';

function chainKey(channel: string, messageId: string): string {
  return `discord:chain:${channel}:${messageId}`;
}

/** The conversation a message belongs to: its DM, the chain it replies to, or a new one it starts. */
export async function conversationOf(store: KeyValueStore, message: Message): Promise<string> {
  if (!message.inGuild()) return conversationKey({ platform: 'discord', dmUser: message.author.id });
  const repliedTo = message.reference?.messageId;
  const chain = repliedTo
    ? await store.get<string>(chainKey(message.channelId, repliedTo)).catch(() => undefined)
    : undefined;
  return chain ?? conversationKey({ platform: 'discord', channel: message.channelId, thread: message.id });
}

/** Best effort: a store error only means a reply to this answer starts afresh. */
export async function rememberAnswer(
  store: KeyValueStore,
  answer: { channelId: string; id: string },
  conversation: string,
  ttlMs = CONVERSATION_TTL_MS,
): Promise<void> {
  await store.set(chainKey(answer.channelId, answer.id), conversation, ttlMs).catch(() => undefined);
}
