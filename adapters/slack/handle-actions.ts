// Buttons under an answer: suggestions (ask that next), 👍/👎 (stored votes), "Share in channel".
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { type Command, parseCommand } from '../../src/index.js';
import { ACTION_IDS, decodeFeedback, FEEDBACK_ACTION, SUGGESTION_ACTION } from './action-ids.js';
import { MAX_COMMAND_TEXT } from './handle-command.js';
import { renderReply } from './render-reply.js';
import { isQuestion, runSlackCommand } from './run-slack-command.js';
import type { SlackDeps } from './slack-deps.js';
import { SLACK_TEXTS } from './slack-texts.js';
import type { ThreadMemory } from './thread-memory.js';

type Click = BlockAction<ButtonAction>;

export function feedbackKey(messageId: string, user: string): string {
  return `feedback:slack:${messageId}:${user}`;
}

export function handleActions(app: App, deps: SlackDeps, threads: ThreadMemory): void {
  app.action<Click>(SUGGESTION_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const text = (action.value ?? '').slice(0, MAX_COMMAND_TEXT);
    const reply = await runSlackCommand(buttonCommand(text), asker(body), deps, client);
    const message = body.message;
    if (body.container.is_ephemeral === true || !message || !body.channel) {
      // A private answer's follow-up stays private.
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...renderReply(reply, { question: text, share: text }),
      });
      return;
    }
    const channel = body.channel.id;
    // In channels the bot answers in the thread; in a DM right there.
    const threadTs =
      (message.thread_ts as string | undefined) ?? (channel.startsWith('D') ? undefined : message.ts);
    await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...renderReply(reply, { question: text }),
      unfurl_links: false,
      unfurl_media: false,
    });
    if (threadTs) await threads.remember(channel, threadTs);
  });

  app.action<Click>(FEEDBACK_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const up = action.action_id === ACTION_IDS.feedbackUp;
    const messageId = String(body.container.message_ts ?? body.message?.ts ?? body.trigger_id);
    const { kind, question } = decodeFeedback(action.value ?? '');
    // One vote per user and message: voting again replaces the vote.
    await deps.store.set(feedbackKey(messageId, body.user.id), {
      vote: up ? 'up' : 'down',
      kind,
      question,
      channel: body.channel?.id ?? null,
      at: deps.clock.now().toISOString(),
    });
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: SLACK_TEXTS.feedbackThanks(up),
    });
  });

  app.action<Click>(ACTION_IDS.share, async ({ ack, body, action, respond, client }) => {
    await ack();
    const text = (action.value ?? '').slice(0, MAX_COMMAND_TEXT);
    const command = parseCommand(text);
    if (!isQuestion(command)) return;
    const reply = await runSlackCommand(command, asker(body), deps, client);
    // The response_url posts even where the bot is not a member, as the slash command's answer did.
    await respond({
      response_type: 'in_channel',
      replace_original: false,
      ...renderReply(reply, { question: text, questionLabel: SLACK_TEXTS.sharedQuestion }),
    });
    await respond({ delete_original: true }).catch(() => undefined);
  });
}

/** A button's text runs as a command only when it is a question; anything else is asked as is. */
function buttonCommand(text: string): Command {
  const command = parseCommand(text);
  return isQuestion(command) ? command : { kind: 'ask', question: text };
}

function asker(body: Click): { channel: string; user: string; team?: string } {
  const channel = body.channel?.id ?? String(body.container.channel_id ?? '');
  const team = body.team?.id ?? body.user.team_id;
  return { channel, user: body.user.id, ...(team ? { team } : {}) };
}
