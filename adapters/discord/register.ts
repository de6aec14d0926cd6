// `npm run discord:register`: registers the slash commands globally, or to DISCORD_GUILD_ID.
import { registerCommands, registerConfigFromEnv } from './register-commands.js';

const env = registerConfigFromEnv(process.env);
if ('problems' in env) {
  for (const problem of env.problems) console.error(problem);
  process.exit(1);
}

try {
  const result = await registerCommands(env.config);
  const where = result.scope === 'guild' ? `server ${env.config.guildId}` : 'every server the bot is in';
  console.log(`Registered /${result.commands.join(', /')} for ${where}.`);
} catch (error) {
  // The message only: a REST error's request details are not needed here.
  console.error(`Registration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
