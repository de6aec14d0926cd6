// Mentions and DMs through the real discord.js client, without the Message Content intent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DiscordAdapter, startDiscord } from '../../adapters/discord/start-discord.js';
import { userMessage } from './discord-events.js';
import { fixedClock, memorySubscriptions, recordingLogger } from './doubles.js';
import { type FakeDiscord, ids, startFakeDiscord } from './fake-discord.js';
import { fixtureDossier } from './fixture-dossier.js';
import { allText, channelPosts, expectNoPings, sentMessage } from './requests.js';

let fake: FakeDiscord;
let bot: DiscordAdapter;
let subscriptions: ReturnType<typeof memorySubscriptions>;
let logger: ReturnType<typeof recordingLogger>;

beforeEach(async () => {
  fake = await startFakeDiscord();
  subscriptions = memorySubscriptions();
  logger = recordingLogger();
  bot = await startDiscord({
    config: { token: 'test-token', applicationId: ids.application, apiUrl: fake.apiUrl },
    dossier: fixtureDossier,
    subscriptions,
    logger,
    clock: fixedClock(),
  });
});

afterEach(async () => {
  expect(logger.errors).toEqual([]);
  await bot.stop();
  await fake.close();
});

const replyTo = (message: { id: string; channel_id: string }) =>
  fake.waitForRequest(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${message.channel_id}/messages` &&
      sentMessage(r).message_reference?.message_id === message.id,
  );

describe('GIVEN the bot in a guild channel', () => {
  it('WHEN a member mentions it with a question THEN it answers as a reply to that message', async () => {
    const message = userMessage(`<@${ids.bot}> which country barred Signalhold?`);
    fake.dispatch('MESSAGE_CREATE', message);
    const reply = sentMessage(await replyTo(message));
    expect(reply.embeds?.[0]?.title).toContain('Eastmark restricted Signalhold');
    expect(allText(reply)).toContain('it would bar Signalhold from the core');
    expectNoPings(fake);
  });

  it('WHEN a message does not mention it THEN it is ignored (only the later mention is answered)', async () => {
    const ignored = userMessage('which country barred Signalhold?');
    const asked = userMessage(`<@${ids.bot}> sources`);
    fake.dispatch('MESSAGE_CREATE', ignored);
    fake.dispatch('MESSAGE_CREATE', asked);
    await replyTo(asked);
    const posts = channelPosts(fake, ids.channel);
    expect(posts).toHaveLength(1);
    expect(sentMessage(posts[0] as never).message_reference?.message_id).toBe(asked.id);
  });

  it('WHEN the mention carries @everyone and a user mention THEN the answer cannot ping anyone', async () => {
    const message = userMessage(`<@!${ids.bot}> quotes @everyone <@42> @here`);
    fake.dispatch('MESSAGE_CREATE', message);
    const reply = sentMessage(await replyTo(message));
    const text = allText(reply);
    expect(text).toContain('called @\u200beveryone <@\u200b42> @\u200bhere.');
    expect(text).not.toMatch(/@(everyone|here)|<@\d/);
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('WHEN a member without Manage Server asks it to subscribe THEN it refuses and stores nothing', async () => {
    const message = userMessage(`<@${ids.bot}> subscribe 08:00`);
    fake.dispatch('MESSAGE_CREATE', message);
    expect(allText(sentMessage(await replyTo(message)))).toContain('Manage Server');
    expect(subscriptions.all.size).toBe(0);
  });
});

describe('GIVEN a direct message', () => {
  it('WHEN it holds a question without any mention THEN the bot answers in the DM', async () => {
    const message = userMessage('which country barred Signalhold?', { dm: true });
    fake.dispatch('MESSAGE_CREATE', message);
    const reply = sentMessage(await replyTo(message));
    expect(reply.embeds?.[0]?.title).toContain('Eastmark restricted Signalhold');
  });
});
