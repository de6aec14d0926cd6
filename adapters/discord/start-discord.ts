// The Discord adapter: a discord.js client that routes slash commands, autocomplete, buttons,
// mentions and DMs to the core, plus the channel port the daily-post scheduler posts through.
import { once } from 'node:events';
import {
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  Routes,
} from 'discord.js';
import type { Reply } from '../../src/index.js';
import { failedReply, type HandlerDeps } from './discord-context.js';
import { handleAutocomplete } from './handle-autocomplete.js';
import { handleButton, handleChatInput } from './handle-interaction.js';
import { handleMessage } from './handle-message.js';
import { noMentions } from './neutralise-mentions.js';
import { renderReply } from './render-reply.js';
import { discordStartupProblem } from './startup-problems.js';

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Register commands to this server only (development); used by registerCommands. */
  guildId?: string;
  /** REST base URL without the version, e.g. "http://127.0.0.1:8080/api" (tests, proxies). */
  apiUrl?: string;
}

/** The handlers' needs (dossier getter, subscriptions, logger, clock, store, session options) and the config. */
export interface DiscordDeps extends HandlerDeps {
  config: DiscordConfig;
}

export interface DiscordAdapter {
  stop(): Promise<void>;
  /** The scheduler's daily post: the reply as new messages in a channel, pinging nobody. */
  post(channel: string, reply: Reply): Promise<void>;
}

export async function startDiscord(deps: DiscordDeps): Promise<DiscordAdapter> {
  const { config, logger } = deps;
  const client = new Client({
    // No MessageContent: mentions and DMs carry their content without it.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel],
    allowedMentions: noMentions(),
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  const handlers: HandlerDeps = deps;

  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction, handlers));
  client.on(Events.MessageCreate, (message) => void onMessage(message, client.user?.id, handlers));
  client.on(Events.ShardDisconnect, (event) => logger.warn('discord gateway closed', { code: event.code }));
  client.on(Events.ShardResume, () => logger.info('discord gateway resumed'));
  client.on(Events.Error, (error) => logger.error('discord client error', { error: error.message }));

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw discordStartupProblem(error, config) ?? error;
  }
  logger.info('discord ready', { user: client.user?.tag, guilds: client.guilds.cache.size });

  return {
    async stop() {
      await client.destroy();
    },
    async post(channel, reply) {
      for (const { embeds, components } of renderReply(reply)) {
        const body = { embeds, components, allowed_mentions: { parse: [] } };
        await client.rest.post(Routes.channelMessages(channel), { body });
      }
    },
  };
}

async function onInteraction(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await handleChatInput(interaction, deps);
    else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, deps);
    else if (interaction.isButton()) await handleButton(interaction, deps);
  } catch (error) {
    deps.logger.error('discord interaction failed', { id: interaction.id, error: describe(error) });
    if (interaction.isAutocomplete() || !interaction.isRepliable()) return;
    const [part] = renderReply(failedReply);
    const apology = { ...part, allowedMentions: noMentions(), flags: MessageFlags.Ephemeral } as const;
    const sent =
      interaction.replied || interaction.deferred
        ? interaction.followUp(apology)
        : interaction.reply(apology);
    await sent.catch(() => undefined);
  }
}

async function onMessage(message: Message, botId: string | undefined, deps: HandlerDeps): Promise<void> {
  if (!botId) return;
  try {
    await handleMessage(message, botId, deps);
  } catch (error) {
    deps.logger.error('discord message failed', { id: message.id, error: describe(error) });
  }
}

/** Error text for the log: the message only, so no request body (or token) is ever written out. */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
