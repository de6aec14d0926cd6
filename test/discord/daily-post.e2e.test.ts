// The scheduler's channel port: a subscribed channel gets its daily post as one new message.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DiscordAdapter, startDiscord } from '../../adapters/discord/start-discord.js';
import { slashCommand } from './discord-events.js';
import { fixedClock, memorySubscriptions, quietLogger, reply } from './doubles.js';
import { type FakeDiscord, ids, startFakeDiscord } from './fake-discord.js';
import { fixtureDossier } from './fixture-dossier.js';
import { channelPosts, expectNoPings, interactionCallback, sentMessage } from './requests.js';

let fake: FakeDiscord;
let bot: DiscordAdapter;
let subscriptions: ReturnType<typeof memorySubscriptions>;

beforeEach(async () => {
  fake = await startFakeDiscord();
  subscriptions = memorySubscriptions();
  bot = await startDiscord({
    config: { token: 'test-token', applicationId: ids.application, apiUrl: fake.apiUrl },
    dossier: fixtureDossier,
    subscriptions,
    logger: quietLogger,
    clock: fixedClock(),
  });
});

afterEach(async () => {
  await bot.stop();
  await fake.close();
});

describe('GIVEN an admin subscribed the channel', () => {
  it('WHEN the daily post is due THEN it reaches POST /channels/{id}/messages exactly once, pinging nobody', async () => {
    const subscribe = slashCommand('dossier-admin', 'subscribe', { time: '09:00' }, { admin: true });
    fake.dispatch('INTERACTION_CREATE', subscribe);
    await interactionCallback(fake, subscribe);
    await fake.waitForRequest((r) => r.method === 'PATCH');
    const [subscription] = await subscriptions.list();
    expect(subscription).toMatchObject({ platform: 'discord', channel: ids.channel, time: '09:00' });

    // What the scheduler does when the time comes: render the day and post it through the port.
    await bot.post(subscription?.channel ?? '', fixtureDossier().onThisDay('03-05'));

    const posts = channelPosts(fake, ids.channel);
    expect(posts).toHaveLength(1);
    const post = sentMessage(posts[0] as never);
    expect(post.embeds?.[0]?.title).toContain('5 March');
    expect(post.message_reference).toBeUndefined();
    expectNoPings(fake);
  });
});

describe('GIVEN a reply too long for one message', () => {
  it('WHEN posted THEN it arrives as several messages, each within 6000 characters', async () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ text: `Item ${i} ${'x'.repeat(400)}`, cites: [] }));
    await bot.post(ids.channel, reply({ text: 'Long', items }));
    const posts = channelPosts(fake, ids.channel).map((r) => sentMessage(r));
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts) {
      const size = (post.embeds ?? []).reduce(
        (sum, e) =>
          sum + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0),
        0,
      );
      expect(size).toBeLessThanOrEqual(6000);
    }
    expectNoPings(fake);
  });
});
