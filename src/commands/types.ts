// A platform-neutral command: what "/dossier <text>" (Slack), "/dossier <sub>" (Discord) and the
// console's "/..." lines mean, once parsed. Adapters map their events to a Command, never parse text.
import type { ChannelSettings, EmptyDayPolicy } from '../subscriptions/types.js';

export type Command =
  | { kind: 'ask'; question: string }
  | { kind: 'help' }
  | { kind: 'sources' }
  /** person '' = whose? (answered with a hint from the corpus) */
  | { kind: 'quotes'; person: string }
  | { kind: 'who'; name: string }
  | { kind: 'timeline'; topic?: string }
  /** monthDay "MM-DD"; absent = today in the caller's zone. */
  | { kind: 'onthisday'; monthDay?: string }
  | { kind: 'subscribe'; time?: string; zone?: string; emptyDay?: EmptyDayPolicy }
  | { kind: 'unsubscribe' }
  | { kind: 'settings'; change: Partial<ChannelSettings> }
  /** Bad arguments to a known command: message says what is wrong and how to fix it. */
  | { kind: 'invalid'; message: string };

/** Who asks, where: what runCommand needs to decide permissions and defaults. */
export interface CommandContext {
  platform: import('../subscriptions/types.js').Platform;
  channel: string;
  workspace?: string;
  user: string;
  /** Workspace admin (Slack) or Manage Server permission (Discord), as the adapter checked it. */
  isAdmin: boolean;
  /** Today's date "YYYY-MM-DD" in the asker's zone. */
  today: string;
  /** Conversation key (see conversationKey): questions in it resolve "he", "it", "then" to the last focus. */
  conversation?: string;
  /** Asked by mentioning the bot in a channel: counts against the channel's mention limit too. */
  mention?: boolean;
}
