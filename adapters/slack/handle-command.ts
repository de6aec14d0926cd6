// "/dossier <text>": ack at once, then answer at the response_url, privately unless the channel says public.
import type { App } from '@slack/bolt';
import { parseCommand } from '../../src/index.js';
import { renderReply } from './render-reply.js';
import { isQuestion, runSlackCommand } from './run-slack-command.js';
import type { SlackDeps } from './slack-deps.js';
import { SLACK_TEXTS } from './slack-texts.js';

export const SLASH_COMMAND = '/dossier';
/** Slack caps command text itself; this bounds what reaches the core and the button values. */
export const MAX_COMMAND_TEXT = 1500;

export function handleCommand(app: App, deps: SlackDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    // Slack gives 3 s: acknowledge before any work, answer later through respond().
    await ack();
    const text = command.text.slice(0, MAX_COMMAND_TEXT).trim();
    const parsed = parseCommand(text);
    const asker = { channel: command.channel_id, user: command.user_id, team: command.team_id };
    try {
      const reply = await runSlackCommand(parsed, asker, deps, client);
      // Managing the channel is always answered privately; answers follow the channel's setting.
      const visibility = isQuestion(parsed) ? await channelVisibility(deps, command.channel_id) : 'private';
      const isPrivate = visibility === 'private' || reply.kind === 'limited';
      await respond({
        response_type: isPrivate ? 'ephemeral' : 'in_channel',
        ...renderReply(reply, {
          ...(text ? { question: text } : {}),
          ...(isPrivate && text && isQuestion(parsed) ? { share: text } : {}),
        }),
      });
    } catch (error) {
      deps.logger.error('slack: command failed', {
        channel: command.channel_id,
        error: (error as Error).message,
      });
      await respond({ response_type: 'ephemeral', text: SLACK_TEXTS.failed }).catch(() => undefined);
    }
  });
}

async function channelVisibility(deps: SlackDeps, channel: string): Promise<'private' | 'public'> {
  try {
    return (await deps.subscriptions.settings('slack', channel)).visibility;
  } catch {
    return 'private'; // store down: the safe default shows the answer to the asker only
  }
}
