// Follow-ups in context: one ConversationContext per conversation (a thread, a reply chain, a DM),
// kept in the shared store with a time-to-live so every instance sees it and old talk fades.
import type { Corpus } from '../corpus/types.js';
import type { Dossier } from '../dossier-types.js';
import type { Clock, KeyValueStore } from '../ports.js';
import type { Reply } from '../reply.js';
import type { Platform } from '../subscriptions/types.js';
import { namesEntity } from './names-entity.js';
import { type ConversationContext, resolveFollowUp } from './resolve-follow-up.js';

/** A follow-up an hour after the last answer is read as a new question. */
export const CONVERSATION_TTL_MS = 60 * 60 * 1000;

export interface ConversationDeps {
  store: KeyValueStore;
  clock: Clock;
  conversationTtlMs?: number;
}

/** Where a conversation lives: a channel's thread (or reply chain) root, or a direct message's user. */
export type ConversationPlace =
  | { platform: Platform; channel: string; thread: string }
  | { platform: Platform; dmUser: string };

export function conversationKey(place: ConversationPlace): string {
  const where = 'dmUser' in place ? `dm:${place.dmUser}` : `${place.channel}:${place.thread}`;
  return `conversation:${place.platform}:${where}`.slice(0, 300);
}

/**
 * Answers a question in its conversation: pronouns resolved to the last focus, then the new focus
 * remembered. The store is a convenience here: when it is down, the question is answered alone.
 */
export async function askInConversation(
  dossier: Dossier,
  question: string,
  key: string,
  deps: ConversationDeps,
  today?: string,
): Promise<Reply> {
  const previous = await deps.store.get<ConversationContext>(key).catch(() => undefined);
  const { reply, context } = answerFollowUp(dossier, question, previous, deps.clock.now(), today);
  if (context !== previous)
    await deps.store.set(key, context, deps.conversationTtlMs ?? CONVERSATION_TTL_MS).catch(() => undefined);
  return reply;
}

/** One turn of a conversation, wherever its context is kept (the store, or the console's memory). */
export function answerFollowUp(
  dossier: Dossier,
  question: string,
  previous: ConversationContext | undefined,
  now: Date,
  today?: string,
): { reply: Reply; context: ConversationContext | undefined } {
  const resolved = resolveFollowUp(question, previous, namesEntity(dossier.corpus));
  const reply = dossier.answer(resolved, today ? { today } : {});
  // A question the articles cannot answer does not replace the focus the conversation is about.
  const context = reply.found ? nextContext(resolved, reply, dossier.corpus, previous, now) : previous;
  return { reply, context };
}

export function nextContext(
  question: string,
  reply: Reply,
  corpus: Corpus,
  previous: ConversationContext | undefined,
  now: Date,
): ConversationContext {
  const types = new Map(corpus.entities.map((e) => [e.name, e.type]));
  const linked = reply.entities.flatMap((name) => {
    const type = types.get(name);
    return type ? [{ name, type }] : [];
  });
  const date = dateIn(question) ?? (linked.length ? undefined : previous?.date);
  return {
    question,
    // A found answer about no named entity ("how many employees?") keeps talking about the same one.
    entities: linked.length ? linked : (previous?.entities ?? []),
    kind: reply.kind,
    ...(date ? { date } : {}),
    at: now.toISOString(),
  };
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE = new RegExp(
  `\\b(?:\\d{1,2} ${MONTH},? \\d{4}|${MONTH} \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2}|${MONTH} \\d{4})\\b`,
  'i',
);

/** A date the question names, as written: what "then" means in the next one. */
function dateIn(question: string): string | undefined {
  return DATE.exec(question)?.[0];
}
