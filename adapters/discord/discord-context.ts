// Who asks, where, and what day it is for them: the CommandContext every Discord event maps to.
import type {
  Clock,
  CommandContext,
  CommandDeps,
  Dossier,
  FairUseLimits,
  KeyValueStore,
  Logger,
  Reply,
  SubscriptionService,
} from '../../src/index.js';
import { DEFAULT_LIMITS, localDate, texts } from '../../src/index.js';

/** What the event handlers need; the dossier is a getter because hot reload replaces it. */
export interface HandlerDeps {
  dossier: () => Dossier;
  subscriptions: SubscriptionService;
  logger: Logger;
  clock: Clock;
  /** Votes, reply chains, fair-use buckets and conversations; without it those are off. */
  store?: KeyValueStore;
  limits?: FairUseLimits;
  conversationTtlMs?: number;
}

/** What runCommand needs, with the chat session (limits, follow-ups) when there is a store. */
export function commandDeps(deps: HandlerDeps): CommandDeps {
  const base = { dossier: deps.dossier(), subscriptions: deps.subscriptions };
  if (!deps.store) return base;
  const session = {
    store: deps.store,
    clock: deps.clock,
    limits: deps.limits ?? DEFAULT_LIMITS,
    ...(deps.conversationTtlMs ? { conversationTtlMs: deps.conversationTtlMs } : {}),
  };
  return { ...base, session };
}

export interface Asker {
  channel: string;
  guild: string | null;
  user: string;
  /** The member has Manage Server in this guild (never true in DMs). */
  isAdmin: boolean;
}

export function discordContext(asker: Asker, now: Date, zone = botZone()): CommandContext {
  return {
    platform: 'discord',
    channel: asker.channel,
    ...(asker.guild ? { workspace: asker.guild } : {}),
    user: asker.user,
    isAdmin: asker.isAdmin,
    today: localDate(now, zone).date,
  };
}

/**
 * The bot's zone (TZ): Discord does not tell a bot the member's time zone, and the bot's own zone is
 * what daily posts are usually set in.
 */
const botZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

/** The refusal for a member without Manage Server, worded by the core. */
export const notAllowedReply: Reply = {
  kind: 'invalid',
  found: false,
  text: texts.notAllowed,
  items: [],
  more: 0,
  citations: [],
  suggestions: [],
  entities: [],
};

/** When something unexpected breaks; the details go to the log, never to the channel. */
export const failedReply: Reply = {
  ...notAllowedReply,
  text: 'Sorry, something went wrong there. Please try again.',
};
