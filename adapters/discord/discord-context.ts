// Who asks, where, and what day it is for them: the CommandContext every Discord event maps to.
import type {
  Clock,
  CommandContext,
  CommandDeps,
  Dossier,
  KeyValueStore,
  Logger,
  Reply,
  SessionOptions,
  SubscriptionService,
} from '../../src/index.js';
import { localDate, texts } from '../../src/index.js';

/** What the event handlers need; the dossier is a getter because hot reload replaces it. */
export interface HandlerDeps extends SessionOptions {
  dossier: () => Dossier;
  subscriptions: SubscriptionService;
  logger: Logger;
  clock: Clock;
  /** Votes, reply chains, fair-use buckets and conversations; without it those are off. */
  store?: KeyValueStore;
}

/** What runCommand needs, with the chat session (limits, follow-ups) when there is a store. */
export function commandDeps(deps: HandlerDeps): CommandDeps {
  const base = { dossier: deps.dossier(), subscriptions: deps.subscriptions };
  return deps.store ? { ...base, session: { ...deps, store: deps.store } } : base;
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
