// Discord's answers at start-up, turned into one line for the operator: which setting and what to do.
import { StartupError, unreachable } from '../startup-error.js';
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
    const reason = code ?? 'timed out';
    return unreachable(
      'DISCORD_API_URL',
      "Discord's REST API",
      config.apiUrl,
      'https://discord.com/api',
      reason,
      error,
    );
  }
  return undefined;
}
