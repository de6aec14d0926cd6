// Starts the real Slack adapter (real Bolt) against a fresh fake Slack, in HTTP or Socket Mode.

import { type SlackAdapter, startSlack } from '../../adapters/slack/start-slack.js';
import { type Clock, createSubscriptionService, type Dossier } from '../../src/index.js';
import { echoDossier, fixedClock, memoryStore, recordingLogger } from './doubles.js';
import { FakeSlack } from './fake-slack.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from './slack-requests.js';

export async function startHarness(
  options: { socket?: boolean; dossier?: Dossier; clock?: Clock; current?: () => Dossier } = {},
) {
  const fake = await FakeSlack.start();
  const store = memoryStore();
  const logger = recordingLogger();
  const clock = options.clock ?? fixedClock('2024-12-12T10:00:00Z');
  const subscriptions = createSubscriptionService(store, clock);
  const dossier = options.dossier ?? echoDossier();
  const adapter: SlackAdapter = await startSlack({
    config: {
      botToken: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      port: 0,
      host: '127.0.0.1',
      apiUrl: fake.apiUrl,
      retries: 0,
      ...(options.socket ? { appToken: APP_TOKEN } : {}),
    },
    dossier: options.current ?? (() => dossier),
    subscriptions,
    store,
    logger,
    clock,
  });
  const eventsUrl = `http://127.0.0.1:${adapter.port}/slack/events`;
  const stop = async () => {
    await adapter.stop();
    await fake.close();
  };
  return { fake, store, logger, clock, subscriptions, adapter, eventsUrl, stop };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;
