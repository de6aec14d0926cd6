// `npm run discord:register`: registers the slash commands globally, or to DISCORD_GUILD_ID.
import { z } from 'zod';
import { registerCommands } from './register-commands.js';

const Env = z.object({
  DISCORD_TOKEN: z.string().min(1, 'DISCORD_TOKEN is required'),
  DISCORD_APPLICATION_ID: z
    .string()
    .regex(/^\d{5,25}$/, 'DISCORD_APPLICATION_ID must be the numeric application id'),
  DISCORD_GUILD_ID: z
    .string()
    .regex(/^\d{5,25}$/, 'DISCORD_GUILD_ID must be a numeric server id')
    .optional(),
  DISCORD_API_URL: z.url().optional(),
});

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

const env = Env.safeParse({
  DISCORD_TOKEN: blankToUndefined(process.env.DISCORD_TOKEN),
  DISCORD_APPLICATION_ID: blankToUndefined(process.env.DISCORD_APPLICATION_ID),
  DISCORD_GUILD_ID: blankToUndefined(process.env.DISCORD_GUILD_ID),
  DISCORD_API_URL: blankToUndefined(process.env.DISCORD_API_URL),
});

if (!env.success) {
  // Every problem at once; values are never echoed, so a token cannot leak into the terminal log.
  for (const issue of env.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}

const { DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_GUILD_ID, DISCORD_API_URL } = env.data;
try {
  const result = await registerCommands({
    token: DISCORD_TOKEN,
    applicationId: DISCORD_APPLICATION_ID,
    ...(DISCORD_GUILD_ID ? { guildId: DISCORD_GUILD_ID } : {}),
    ...(DISCORD_API_URL ? { apiUrl: DISCORD_API_URL } : {}),
  });
  const where =
    result.scope === 'guild' ? `server ${DISCORD_GUILD_ID}` : 'all servers (may take up to an hour)';
  console.log(`Registered /${result.commands.join(', /')} for ${where}.`);
} catch (error) {
  console.error(`Registration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
