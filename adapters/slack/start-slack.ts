// The Slack adapter: a Bolt app in HTTP mode, or Socket Mode when an app-level token is given.
import type { AddressInfo } from 'node:net';
import { App, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Reply } from '../../src/index.js';
import { createBoltLogger, redactTokens } from './bolt-logger.js';
import { dedupeEvents } from './dedupe-events.js';
import { handleActions } from './handle-actions.js';
import { handleCommand } from './handle-command.js';
import { handleHome } from './handle-home.js';
import { handleMessages } from './handle-messages.js';
import { renderReply } from './render-reply.js';
import type { SlackAdapter, SlackConfig, SlackDeps } from './slack-deps.js';
import { slackStartupProblem } from './startup-problems.js';
import { createThreadMemory } from './thread-memory.js';

export type { SlackAdapter, SlackConfig, SlackDeps } from './slack-deps.js';

export async function startSlack(deps: SlackDeps): Promise<SlackAdapter> {
  const { config } = deps;
  const logger = createBoltLogger(deps.logger);
  // The token is checked first, awaited, so a wrong one fails start-up with a line naming it. Bolt
  // would otherwise check it in its constructor, unawaited: an "unhandled rejection" stack trace.
  const auth = await new webApi.WebClient(config.botToken, { ...webClientOptions(config), logger }).auth
    .test()
    .catch((error: unknown) => {
      throw slackStartupProblem(error, 'bot token', config) ?? error;
    });
  deps.logger.info('slack: authenticated', { botUserId: auth.user_id, team: auth.team_id });
  const socket = config.appToken
    ? new SocketModeReceiver({
        appToken: config.appToken,
        logger,
        // apps.connections.open goes through these; left unset they become 100 retries.
        installerOptions: { clientOptions: webClientOptions(config) },
      })
    : undefined;
  const app = new App({
    token: config.botToken,
    // Known now, so Bolt does not call auth.test again.
    ...(auth.bot_id && auth.user_id ? { botId: auth.bot_id, botUserId: auth.user_id } : {}),
    logger,
    clientOptions: webClientOptions(config),
    ...(socket ? { receiver: socket } : { signingSecret: config.signingSecret }),
  });
  app.error(async (error) => {
    deps.logger.error('slack: handler failed', { code: error.code, error: redactTokens(error.message) });
  });

  const threads = createThreadMemory(deps.store);
  app.use(dedupeEvents(deps.store, deps.logger));
  handleCommand(app, deps);
  handleMessages(app, deps, threads);
  handleActions(app, deps, threads);
  handleHome(app, deps);

  let port: number | undefined;
  if (socket) {
    await app.start().catch((error: unknown) => {
      throw slackStartupProblem(error, 'app token', config) ?? error;
    });
    deps.logger.info('slack: connected in Socket Mode');
  } else {
    const server = await app
      .start({ port: config.port, ...(config.host ? { host: config.host } : {}) })
      .catch((error: unknown) => {
        throw slackStartupProblem(error, 'listen', config) ?? error;
      });
    port = (server.address() as AddressInfo).port;
    deps.logger.info('slack: listening for events', { port, path: '/slack/events' });
  }

  return {
    ...(port !== undefined ? { port } : {}),
    async post(channel: string, reply: Reply) {
      const result = await app.client.chat.postMessage({
        channel,
        ...renderReply(reply),
        unfurl_links: false,
        unfurl_media: false,
      });
      // Replies to a daily post are follow-ups like any other thread the bot started.
      if (result.ts) await threads.remember(channel, result.ts);
    },
    async stop() {
      // Socket Mode: disconnect() and wait, so no reconnect timer outlives the adapter.
      if (socket) await socket.client.disconnect();
      else await app.stop();
    },
  };
}

function webClientOptions(config: SlackConfig): webApi.WebClientOptions {
  return {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: { retries: config.retries ?? 2, factor: 2, randomize: true },
  };
}
