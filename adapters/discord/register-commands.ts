// Sends the command definitions to Discord: to one server while developing (instant), or globally.
import { REST, Routes } from 'discord.js';
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
