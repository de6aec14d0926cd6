// Command registration: the definitions reach the fake's commands endpoint, per guild or globally.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../adapters/discord/command-definitions.js';
import { registerCommands, registerConfigFromEnv } from '../../adapters/discord/register-commands.js';
import { type FakeDiscord, ids, startFakeDiscord } from './fake-discord.js';

let fake: FakeDiscord;
beforeEach(async () => {
  fake = await startFakeDiscord();
});
afterEach(async () => {
  await fake.close();
});

describe('registerCommands', () => {
  it('GIVEN a guild id THEN it PUTs the definitions to that guild with the bot token', async () => {
    const config = {
      token: 'reg-token',
      applicationId: ids.application,
      guildId: ids.guild,
      apiUrl: fake.apiUrl,
    };
    const result = await registerCommands(config);
    expect(result).toEqual({ scope: 'guild', commands: ['dossier', 'dossier-admin'] });
    const put = await fake.waitForRequest((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${ids.application}/guilds/${ids.guild}/commands`);
    expect(put.authorization).toBe('Bot reg-token');
    expect(put.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions)));
  });

  it('GIVEN no guild id THEN it registers globally', async () => {
    await registerCommands({ token: 'reg-token', applicationId: ids.application, apiUrl: fake.apiUrl });
    const put = await fake.waitForRequest((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${ids.application}/commands`);
  });
});

describe('npm run discord:register', () => {
  const run = promisify(execFile);

  it('GIVEN the DISCORD_* environment THEN the script registers to the guild and says so', async () => {
    const env = {
      ...process.env,
      DISCORD_TOKEN: 'script-token',
      DISCORD_APPLICATION_ID: ids.application,
      DISCORD_GUILD_ID: ids.guild,
      DISCORD_API_URL: fake.apiUrl,
    };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'adapters/discord/register.ts'], {
      env,
    });
    expect(stdout).toContain('Registered /dossier, /dossier-admin');
    const put = await fake.waitForRequest((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${ids.application}/guilds/${ids.guild}/commands`);
    expect(stdout).not.toContain('script-token');
  });
});

describe('registerConfigFromEnv', () => {
  it('GIVEN no token and a bad application id THEN it names both problems and never echoes values', () => {
    const result = registerConfigFromEnv({ DISCORD_TOKEN: ' ', DISCORD_APPLICATION_ID: 'secret-ish' });
    expect(result).toEqual({
      problems: ['DISCORD_TOKEN is required', 'DISCORD_APPLICATION_ID must be a numeric Discord id'],
    });
  });

  it('GIVEN all variables THEN it builds the config, leaving blank optional ones out', () => {
    const result = registerConfigFromEnv({
      DISCORD_TOKEN: 't',
      DISCORD_APPLICATION_ID: ids.application,
      DISCORD_GUILD_ID: '',
      DISCORD_API_URL: 'http://127.0.0.1:1/api',
    });
    expect(result).toEqual({
      config: { token: 't', applicationId: ids.application, apiUrl: 'http://127.0.0.1:1/api' },
    });
  });
});
