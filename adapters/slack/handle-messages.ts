// Mentions (answered in a thread), follow-ups in threads the bot answered, and direct messages.
import type { App, webApi } from '@slack/bolt';
import { parseCommand } from '../../src/index.js';
import { mentionsBot, stripBotMention } from './message-text.js';
import { renderReply } from './render-reply.js';
import { runSlackCommand } from './run-slack-command.js';
import type { SlackDeps } from './slack-deps.js';
import { SLACK_TEXTS } from './slack-texts.js';
import type { ThreadMemory } from './thread-memory.js';

interface Incoming {
  channel: string;
  user: string;
  team?: string;
  text: string;
  /** The message itself, for the 👀 reaction. */
  ts: string;
  /** Where to answer; none for a DM answered in the conversation itself. */
  threadTs?: string;
  /** A mention in a channel (counts against the channel's mention limit). */
  mention?: boolean;
}

export function handleMessages(app: App, deps: SlackDeps, threads: ThreadMemory): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    if (!event.user) return;
    const incoming = {
      channel: event.channel,
      user: event.user,
      text: event.text,
      ts: event.ts,
      threadTs: event.thread_ts ?? event.ts,
      mention: true,
    };
    await answer({ ...incoming, ...team(body) }, context.botUserId, deps, threads, client);
  });

  app.message(async ({ message, body, context, client }) => {
    // Edits, joins, bot posts and the like carry a subtype: only plain user messages are questions.
    if (message.subtype !== undefined || !message.user || message.bot_id) return;
    const text = message.text ?? '';
    const incoming = { channel: message.channel, user: message.user, text, ts: message.ts, ...team(body) };
    if (message.channel_type === 'im') {
      await answer(
        { ...incoming, ...(message.thread_ts ? { threadTs: message.thread_ts } : {}) },
        context.botUserId,
        deps,
        threads,
        client,
      );
      return;
    }
    // A mention is answered by app_mention; here only unmentioned replies in the bot's threads.
    if (!message.thread_ts || mentionsBot(text, context.botUserId)) return;
    if (!(await threads.knows(message.channel, message.thread_ts))) return;
    const settings = await deps.subscriptions
      .settings('slack', message.channel)
      .catch(() => ({ mentionOnly: true }));
    if (settings.mentionOnly) {
      deps.logger.debug('slack: follow-up ignored, channel is mention-only', { channel: message.channel });
      return;
    }
    await answer({ ...incoming, threadTs: message.thread_ts }, context.botUserId, deps, threads, client);
  });
}

function team(body: unknown): { team?: string } {
  const id = (body as { team_id?: unknown }).team_id;
  return typeof id === 'string' ? { team: id } : {};
}

async function answer(
  incoming: Incoming,
  botUserId: string | undefined,
  deps: SlackDeps,
  threads: ThreadMemory,
  client: webApi.WebClient,
): Promise<void> {
  const { channel, ts, threadTs } = incoming;
  const where = { channel, ...(threadTs ? { thread_ts: threadTs } : {}) };
  const reaction = { channel, timestamp: ts, name: 'eyes' };
  // The 👀 is a courtesy: missing scopes or a deleted message must not stop the answer.
  await client.reactions.add(reaction).catch(() => undefined);
  try {
    const question = stripBotMention(incoming.text, botUserId);
    const asker = {
      channel,
      user: incoming.user,
      ...(incoming.team ? { team: incoming.team } : {}),
      ...(threadTs ? { thread: threadTs } : {}),
      ...(incoming.mention ? { mention: true } : {}),
    };
    const reply = await runSlackCommand(parseCommand(question), asker, deps, client);
    if (reply.kind === 'limited') {
      // Only the asker hears about their limit; the thread is not told.
      await client.chat.postEphemeral({ ...where, user: incoming.user, ...renderReply(reply) });
      return;
    }
    await client.chat.postMessage({
      ...where,
      ...renderReply(reply, { asked: question }),
      unfurl_links: false,
      unfurl_media: false,
    });
    if (threadTs) await threads.remember(channel, threadTs);
  } catch (error) {
    deps.logger.error('slack: answer failed', { channel, error: (error as Error).message });
    await client.chat.postMessage({ ...where, text: SLACK_TEXTS.failed }).catch(() => undefined);
  } finally {
    await client.reactions.remove(reaction).catch(() => undefined);
  }
}
