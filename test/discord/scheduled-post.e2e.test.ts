// The on-this-day scheduler, on a fake clock, posting through the Discord adapter's channel port;
// the real core, subscription service and an in-memory store behind it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DiscordAdapter, startDiscord } from '../../adapters/discord/start-discord.js';
import { createScheduler } from '../../adapters/scheduler/create-scheduler.js';
import { type Clock, createSubscriptionService } from '../../src/index.js';
import { MemoryStore } from '../subscriptions/memory-store.js';
import { slashCommand } from './discord-events.js';
import { quietLogger } from './doubles.js';
import { type FakeDiscord, ids, startFakeDiscord } from './fake-discord.js';
import { fixtureDossier } from './fixture-dossier.js';
import { channelPosts, expectNoPings, interactionCallback, sentMessage } from './requests.js';

let fake: FakeDiscord;
let bot: DiscordAdapter;
let now = new Date('2025-03-04T12:00:00Z');
const clock: Clock = { now: () => now };
const store = new MemoryStore();
const subscriptions = createSubscriptionService(store, clock);

beforeEach(async () => {
  fake = await startFakeDiscord();
  bot = await startDiscord({
    config: { token: 'test-token', applicationId: ids.application, apiUrl: fake.apiUrl },
    dossier: fixtureDossier,
    subscriptions,
    logger: quietLogger,
    clock,
  });
});

afterEach(async () => {
  await bot.stop();
  await fake.close();
});

describe('GIVEN a channel subscribed with /dossier-admin subscribe', () => {
  it('WHEN the scheduler ticks past the post time, twice THEN the channel gets exactly one post', async () => {
    const subscribe = slashCommand(
      'dossier-admin',
      'subscribe',
      { time: '09:00', timezone: 'UTC' },
      { admin: true },
    );
    fake.dispatch('INTERACTION_CREATE', subscribe);
    await interactionCallback(fake, subscribe);
    await fake.waitForRequest((r) => r.method === 'PATCH');

    const scheduler = createScheduler({
      subscriptions,
      store,
      clock,
      logger: quietLogger,
      dossier: fixtureDossier,
      post: (sub, reply) => bot.post(sub.channel, reply),
    });
    now = new Date('2025-03-05T09:00:20Z');
    const first = await scheduler.tick();
    now = new Date('2025-03-05T09:01:20Z');
    const second = await scheduler.tick();

    expect(first.posted).toEqual([`post:discord:${ids.channel}:2025-03-05`]);
    expect(second.posted).toEqual([]);
    const posts = channelPosts(fake, ids.channel);
    expect(posts).toHaveLength(1);
    expect(sentMessage(posts[0] as never).embeds?.[0]?.title).toContain('5 March');
    expect(JSON.stringify(sentMessage(posts[0] as never).embeds)).toContain('Eastmark bars Signalhold');
    expectNoPings(fake);
  });
});
