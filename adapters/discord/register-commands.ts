// Sends the command definitions to Discord: to one server while developing (instant), or globally.
import { REST, Routes } from 'discord.js';
import { z } from 'zod';
import { commandDefinitions } from './command-definitions.js';
import type { DiscordConfig } from './start-discord.js';

export interface Registration {
  scope: 'guild' | 'global';
  commands: string[];
}

/** PUT replaces the whole set, so commands removed from the definitions disappear too. */
export async function registerCommands(config: DiscordConfig): Promise<Registration> {
  const rest = new REST({ version: '10', ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(
    config.token,
  );
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  await rest.put(route, { body: commandDefinitions });
  return {
    scope: config.guildId ? 'guild' : 'global',
    commands: commandDefinitions.map((command) => command.name),
  };
}

const snowflake = (what: string) => z.string().regex(/^\d{5,25}$/, `${what} must be a numeric Discord id`);
const Env = z.object({
  DISCORD_TOKEN: z.string({ error: 'DISCORD_TOKEN is required' }).min(1, 'DISCORD_TOKEN is required'),
  DISCORD_APPLICATION_ID: snowflake('DISCORD_APPLICATION_ID'),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID').optional(),
  DISCORD_API_URL: z.url('DISCORD_API_URL must be a URL').optional(),
});

/** The registration config from DISCORD_* variables, or every problem at once (never the values). */
export function registerConfigFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): { config: DiscordConfig } | { problems: string[] } {
  const value = (name: string) => (env[name]?.trim() ? env[name]?.trim() : undefined);
  const parsed = Env.safeParse({
    DISCORD_TOKEN: value('DISCORD_TOKEN'),
    DISCORD_APPLICATION_ID: value('DISCORD_APPLICATION_ID'),
    DISCORD_GUILD_ID: value('DISCORD_GUILD_ID'),
    DISCORD_API_URL: value('DISCORD_API_URL'),
  });
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => issue.message) };
  const { DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_GUILD_ID, DISCORD_API_URL } = parsed.data;
  return {
    config: {
      token: DISCORD_TOKEN,
      applicationId: DISCORD_APPLICATION_ID,
      ...(DISCORD_GUILD_ID ? { guildId: DISCORD_GUILD_ID } : {}),
      ...(DISCORD_API_URL ? { apiUrl: DISCORD_API_URL } : {}),
    },
  };
}
