// Executes a platform-neutral Command: the one place both chat platforms share their behaviour.
import { askInConversation } from '../conversation/conversation-memory.js';
import type { Dossier, EmptyDayMode } from '../dossier-types.js';
import { checkFairUse, DEFAULT_LIMITS, type FairUseLimits } from '../fair-use/rate-limiter.js';
import { recordUnanswered } from '../feedback/feedback-store.js';
import type { Clock, KeyValueStore } from '../ports.js';
import type { Reply } from '../reply.js';
import { messageReply } from '../reply-builders.js';
import type { SubscriptionService } from '../subscriptions/types.js';
import { texts } from '../texts.js';
import type { Command, CommandContext } from './types.js';

export interface CommandDeps {
  dossier: Dossier;
  subscriptions: SubscriptionService;
  /** Chat platforms: fair-use limits, follow-ups in context and the not-found tally, in the store. */
  session?: SessionDeps;
}

/** What a chat platform may tune; the defaults are DEFAULT_LIMITS and CONVERSATION_TTL_MS. */
export interface SessionOptions {
  limits?: FairUseLimits;
  conversationTtlMs?: number;
}

export interface SessionDeps extends SessionOptions {
  store: KeyValueStore;
  clock: Clock;
}

export async function runCommand(
  command: Command,
  context: CommandContext,
  deps: CommandDeps,
): Promise<Reply> {
  if (!isReadCommand(command)) return guarded(() => manage(command, context, deps.subscriptions));
  const { session } = deps;
  if (session && command.kind !== 'invalid') {
    const who = {
      platform: context.platform,
      user: context.user,
      channel: context.channel,
      mention: context.mention ?? false,
    };
    const verdict = await checkFairUse(session.store, session.clock, session.limits ?? DEFAULT_LIMITS, who);
    if (!verdict.allowed) return limitedReply(verdict);
  }
  if (session && command.kind === 'ask') {
    const reply = context.conversation
      ? await askInConversation(deps.dossier, command.question, context.conversation, session, context.today)
      : deps.dossier.answer(command.question, { today: context.today });
    if (reply.kind === 'not-found') await recordUnanswered(session.store, session.clock, command.question);
    return reply;
  }
  // "On this day" asked in a channel follows the channel's empty-day choice.
  const subscription =
    command.kind === 'onthisday'
      ? await deps.subscriptions.get(context.platform, context.channel).catch(() => undefined)
      : undefined;
  return readCommand(command, deps.dossier, context.today, subscription?.emptyDay ?? 'nearest');
}

export type ReadCommand = Exclude<Command, { kind: 'subscribe' | 'unsubscribe' | 'settings' }>;

export function isReadCommand(command: Command): command is ReadCommand {
  return command.kind !== 'subscribe' && command.kind !== 'unsubscribe' && command.kind !== 'settings';
}

/** Commands that only read the corpus: the same on every surface, the console included. */
export function readCommand(
  command: ReadCommand,
  dossier: Dossier,
  today: string,
  emptyDay: EmptyDayMode = 'nearest',
): Reply {
  switch (command.kind) {
    case 'ask':
      return dossier.answer(command.question, { today });
    case 'help':
      return dossier.help();
    case 'sources':
      return dossier.sources();
    case 'quotes':
      return dossier.quotes(command.person);
    case 'who':
      return dossier.whoIs(command.name);
    case 'timeline':
      return dossier.timeline(command.topic);
    case 'onthisday':
      return dossier.onThisDay(command.monthDay ?? today.slice(5), emptyDay);
    case 'invalid':
      return messageReply('invalid', command.message, false);
  }
}

type ManageCommand = Extract<Command, { kind: 'subscribe' | 'unsubscribe' | 'settings' }>;

async function manage(
  command: ManageCommand,
  context: CommandContext,
  service: SubscriptionService,
): Promise<Reply> {
  const { platform, channel } = context;
  const existing = await service.get(platform, channel);
  const wantsChange = command.kind !== 'settings' || Object.keys(command.change).length > 0;
  // First come may subscribe a channel; changing what exists needs an admin or its subscriber.
  const mayChange =
    context.isAdmin || (existing ? existing.createdBy === context.user : command.kind === 'subscribe');
  if (wantsChange && !mayChange) return messageReply('invalid', texts.notAllowed, false);

  switch (command.kind) {
    case 'subscribe': {
      const sub = await service.subscribe({
        platform,
        channel,
        user: existing?.createdBy ?? context.user,
        ...(context.workspace ? { workspace: context.workspace } : {}),
        ...(command.time ? { time: command.time } : existing ? { time: existing.time } : {}),
        ...(command.zone ? { zone: command.zone } : existing ? { zone: existing.zone } : {}),
        ...(command.emptyDay
          ? { emptyDay: command.emptyDay }
          : existing
            ? { emptyDay: existing.emptyDay }
            : {}),
      });
      return messageReply('help', texts.subscribed(sub.time, sub.zone, sub.emptyDay === 'nearest'));
    }
    case 'unsubscribe':
      return (await service.unsubscribe(platform, channel))
        ? messageReply('help', texts.unsubscribed)
        : messageReply('invalid', texts.notSubscribed, false);
    case 'settings': {
      const settings = Object.keys(command.change).length
        ? await service.updateSettings(platform, channel, command.change)
        : await service.settings(platform, channel);
      const line = texts.subscriptionLine(existing?.time, existing?.zone, existing?.active);
      return messageReply('help', texts.settings(settings.visibility, settings.mentionOnly, line));
    }
  }
}

function limitedReply(verdict: { retryAfterMs: number; scope: 'user' | 'channel' }): Reply {
  const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
  const text = verdict.scope === 'user' ? texts.rateLimited(seconds) : texts.channelLimited(seconds);
  return messageReply('limited', text, false);
}

/** Store failures and validation errors become a clear reply, never an exception. */
async function guarded(run: () => Promise<Reply>): Promise<Reply> {
  try {
    return await run();
  } catch (error) {
    const userMessage = (error as { userMessage?: unknown }).userMessage;
    return messageReply('invalid', typeof userMessage === 'string' ? userMessage : texts.storeDown, false);
  }
}
