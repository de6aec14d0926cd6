// Runs a Command for a Slack user: the CommandContext Slack can give, then the core's runCommand.
import type { webApi } from '@slack/bolt';
import {
  type Command,
  type CommandContext,
  type ConversationPlace,
  conversationKey,
  type Reply,
  runCommand,
} from '../../src/index.js';
import type { SlackDeps } from './slack-deps.js';
import { lookupUser, needsUserFacts, todayIn, type UserFacts } from './user-facts.js';

export interface Asker {
  channel: string;
  user: string;
  team?: string;
  /** Thread root the question was asked in, if any: follow-ups there resolve to its last focus. */
  thread?: string;
  /** Asked by mentioning the bot in a channel (the channel's mention limit applies). */
  mention?: boolean;
}

/** A thread is its own conversation; a DM without a thread is one conversation per user. */
export function slackConversation(asker: Asker): string | undefined {
  const place: ConversationPlace | undefined = asker.thread
    ? { platform: 'slack', channel: asker.channel, thread: asker.thread }
    : asker.channel.startsWith('D')
      ? { platform: 'slack', dmUser: asker.user }
      : undefined;
  return place ? conversationKey(place) : undefined;
}

/** Commands whose reply is an answer anyone may see: only these get "Share in channel" or run from a button. */
export function isQuestion(command: Command): boolean {
  return !['subscribe', 'unsubscribe', 'settings', 'invalid'].includes(command.kind);
}

export async function runSlackCommand(
  command: Command,
  asker: Asker,
  deps: SlackDeps,
  client: webApi.WebClient,
): Promise<Reply> {
  // Without users.info the date is UTC's: good enough for questions, see docs/slack.md.
  const facts: UserFacts = needsUserFacts(command)
    ? await lookupUser(client, asker.user, deps.logger)
    : { isAdmin: false };
  const context: CommandContext = {
    platform: 'slack',
    channel: asker.channel,
    user: asker.user,
    isAdmin: facts.isAdmin,
    today: todayIn(deps.clock.now(), facts.zone),
    ...(asker.team ? { workspace: asker.team } : {}),
    ...(asker.mention ? { mention: true } : {}),
  };
  const conversation = slackConversation(asker);
  if (conversation) context.conversation = conversation;
  // SlackDeps carries the store, clock and session options: it is the session.
  return runCommand(command, context, {
    dossier: deps.dossier(),
    subscriptions: deps.subscriptions,
    session: deps,
  });
}
