// Buttons under an answer: suggestions (ask that next), 👍/👎 (stored votes), "Share in channel".
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { type Command, parseCommand, recordVote, texts } from '../../src/index.js';
import { ACTION_IDS, decodeFeedback, FEEDBACK_ACTION, SUGGESTION_ACTION } from './action-ids.js';
import { MAX_COMMAND_TEXT } from './handle-command.js';
import { renderReply } from './render-reply.js';
import { isQuestion, runSlackCommand } from './run-slack-command.js';
import type { SlackDeps } from './slack-deps.js';
import { SLACK_TEXTS } from './slack-texts.js';
import type { ThreadMemory } from './thread-memory.js';

type Click = BlockAction<ButtonAction>;

export function handleActions(app: App, deps: SlackDeps, threads: ThreadMemory): void {
  app.action<Click>(SUGGESTION_ACTION, async ({ ack, body, action, respond, client }) => {
    await ack();
    const text = (action.value ?? '').slice(0, MAX_COMMAND_TEXT);
    const message = body.message;
    if (body.container.type === 'view') {
      // App Home has no channel and no response_url: the answer goes to the clicker's DM with the app.
      const reply = await runSlackCommand(
        buttonCommand(text),
        { ...asker(body), channel: body.user.id },
        deps,
        client,
      );
      await client.chat.postMessage({ channel: body.user.id, ...renderReply(reply, { question: text }) });
      return;
    }
    const channel = body.channel?.id;
    const shared = body.container.is_ephemeral !== true && message !== undefined && channel !== undefined;
    // In channels the bot answers in the thread (the conversation follow-ups belong to); in a DM right there.
    const threadTs = shared
      ? ((message.thread_ts as string | undefined) ?? (channel.startsWith('D') ? undefined : message.ts))
      : undefined;
    const who = { ...asker(body), ...(threadTs ? { thread: threadTs } : {}) };
    const reply = await runSlackCommand(buttonCommand(text), who, deps, client);
    if (!shared || reply.kind === 'limited') {
      // A private answer's follow-up stays private, and so does a fair-use notice.
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...renderReply(reply, { question: text, share: text }),
      });
      return;
    }
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
    await recordVote(deps.store, deps.clock, {
      platform: 'slack',
      messageId,
      user: body.user.id,
      up,
      kind,
      question,
      channel: body.channel?.id ?? null,
    });
    await respond({ response_type: 'ephemeral', replace_original: false, text: texts.feedbackThanks(up) });
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
