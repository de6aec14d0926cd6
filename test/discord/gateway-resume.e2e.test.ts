// A dropped gateway connection is resumed, and the bot keeps answering afterwards.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DiscordAdapter, startDiscord } from '../../adapters/discord/start-discord.js';
import { slashCommand } from './discord-events.js';
import { cannedDossier, fixedClock, memorySubscriptions, quietLogger } from './doubles.js';
import { type FakeDiscord, ids, startFakeDiscord } from './fake-discord.js';
import { interactionCallback, sentMessage } from './requests.js';

let fake: FakeDiscord;
let bot: DiscordAdapter;

beforeEach(async () => {
  fake = await startFakeDiscord();
  bot = await startDiscord({
    config: { token: 'test-token', applicationId: ids.application, apiUrl: fake.apiUrl },
    dossier: () => cannedDossier(),
    subscriptions: memorySubscriptions(),
    logger: quietLogger,
    clock: fixedClock(),
  });
});

afterEach(async () => {
  await bot.stop();
  await fake.close();
});

const ask = async (question: string) => {
  const interaction = slashCommand('dossier', 'ask', { question });
  fake.dispatch('INTERACTION_CREATE', interaction);
  return sentMessage(await interactionCallback(fake, interaction)).embeds?.[0]?.title;
};

describe('GIVEN a connected bot', () => {
  it('WHEN Discord closes the gateway with 4000 THEN the client resumes its session and keeps answering', async () => {
    expect(await ask('before')).toBe('You asked: before');
    fake.closeGateway(4000);
    await fake.waitForSessions(2);
    expect(fake.resumes).toBe(1);
    expect(fake.resumedSession).toBe('session-1');
    expect(fake.identifies).toBe(1);
    expect(await ask('after')).toBe('You asked: after');
  });

  it('WHEN Discord asks it to reconnect (op 7) THEN it resumes and keeps answering', async () => {
    fake.reconnect();
    await fake.waitForSessions(2);
    expect(fake.resumes).toBe(1);
    expect(await ask('after reconnect')).toBe('You asked: after reconnect');
  });
});
