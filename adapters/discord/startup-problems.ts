// Discord's answers at start-up, turned into one line for the operator: which setting and what to do.
import { StartupError } from '../startup-error.js';
import type { DiscordConfig } from './start-discord.js';

/** Node and undici codes of a server that cannot be reached at all. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
]);

export function discordStartupProblem(error: unknown, config: DiscordConfig): StartupError | undefined {
  const e = error as {
    code?: string | number;
    status?: number;
    name?: string;
    cause?: { code?: string };
  } | null;
  if (e?.code === 'TokenInvalid' || e?.status === 401) {
    return new StartupError(
      'DISCORD_TOKEN',
      'Discord rejected the bot token: copy it again from the Developer Portal (your application → Bot → Reset Token)',
      { cause: error },
    );
  }
  const code = typeof e?.code === 'string' ? e.code : e?.cause?.code;
  if ((code && (UNREACHABLE.has(code) || code.startsWith('UND_ERR'))) || e?.name === 'AbortError') {
    const where = config.apiUrl ?? 'https://discord.com/api';
    return new StartupError(
      'DISCORD_API_URL',
      `cannot reach Discord's REST API at ${where} (${code ?? 'timed out'}): check this machine's network access${config.apiUrl ? ' and DISCORD_API_URL' : ''}`,
      { cause: error },
    );
  }
  return undefined;
}
