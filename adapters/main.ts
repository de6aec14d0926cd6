// Composition root: configuration → corpus (watched) → store → chat platforms and daily posts.
// With no platform configured it opens the console chat over the corpus. Platform SDKs, the store
// and the scheduler are imported only when configured: Bolt and discord.js alone take ~1 s to load.
import { resolve } from 'node:path';
import { createSubscriptionService, localDate, systemClock, warmUp } from '../src/index.js';
import { runConsoleChat } from './cli/console-chat.js';
import { readConfig } from './config.js';
import { corpusLoader, openCorpusCache } from './corpus-loader.js';
import { watchCorpus } from './corpus-watcher.js';
import { createLogger } from './logger.js';
import { createParsePool } from './parse-pool.js';
import { startupStep } from './startup-error.js';

const result = readConfig(process.env);
if (!result.ok) {
  process.stderr.write(
    `Configuration problems (see .env.example):\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`,
  );
  process.exit(1);
}
const { config } = result;
const logger = createLogger(config.logLevel);
process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { reason: String(reason) }));

const corpusDir = resolve(config.corpusDir);
const corpus = await startupStep(
  watchCorpus(
    corpusDir,
    logger,
    300,
    2000,
    corpusLoader(corpusDir, {
      logger,
      cache: openCorpusCache(resolve(config.dataDir), corpusDir),
      pool: createParsePool(),
    }),
  ),
);

// The first question's one-off costs are paid as soon as the bot is up, while nobody waits yet.
setImmediate(() => warmUp(corpus.current()));

if (!config.slack && !config.discord) {
  if (process.stdin.isTTY)
    logger.info('no Slack or Discord tokens configured: console chat (see README to connect a platform)');
  await runConsoleChat({
    dossier: corpus.current,
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    today: () => localDate(systemClock.now(), process.env.TZ || 'UTC').date,
  });
  corpus.stop();
  process.exit(0);
}

const [{ createStore }, { createScheduler }, slackModule, discordModule] = await Promise.all([
  import('./store/create-store.js'),
  import('./scheduler/create-scheduler.js'),
  config.slack ? import('./slack/start-slack.js') : undefined,
  config.discord ? import('./discord/start-discord.js') : undefined,
]);
const store = await startupStep(createStore(config.storeUrl, { dataDir: resolve(config.dataDir), logger }));
const subscriptions = createSubscriptionService(store, systemClock);
const common = { dossier: corpus.current, subscriptions, logger, clock: systemClock };
const session = { store, limits: config.limits, conversationTtlMs: config.conversationTtlMs };
const slack =
  config.slack && slackModule
    ? await startupStep(slackModule.startSlack({ ...common, ...session, config: config.slack }))
    : undefined;
const discord =
  config.discord && discordModule
    ? await startupStep(discordModule.startDiscord({ ...common, ...session, config: config.discord }))
    : undefined;
if (slack)
  logger.info(
    `slack: ${config.slack?.appToken ? 'Socket Mode' : `HTTP on port ${slack.port ?? config.slack?.port}`}`,
  );
if (discord) logger.info('discord: connected');

const scheduler = createScheduler({
  ...common,
  store,
  // Only claim the posts this instance can send; another instance may hold the other platform.
  platforms: [...(slack ? (['slack'] as const) : []), ...(discord ? (['discord'] as const) : [])],
  post: async (sub, reply) => {
    const platform = sub.platform === 'slack' ? slack : discord;
    if (!platform) throw new Error(`${sub.platform} is not configured on this instance`);
    await platform.post(sub.channel, reply);
  },
});
scheduler.start();

const shutdown = async (signal: string) => {
  logger.info(`${signal}: shutting down`);
  scheduler.stop();
  corpus.stop();
  await Promise.allSettled([slack?.stop(), discord?.stop()]);
  await store.close().catch(() => undefined);
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
