// When something breaks behind the adapter, the member gets a private apology and the log the reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DiscordAdapter, startDiscord } from '../../adapters/discord/start-discord.js';
import { buttonClick, slashCommand } from './discord-events.js';
import { cannedDossier, fixedClock, memorySubscriptions, recordingLogger } from './doubles.js';
import { type FakeDiscord, ids, startFakeDiscord } from './fake-discord.js';
import { allText, callbackType, interactionCallback, sentMessage } from './requests.js';

let fake: FakeDiscord;
let bot: DiscordAdapter;
let logger: ReturnType<typeof recordingLogger>;

beforeEach(async () => {
  fake = await startFakeDiscord();
  logger = recordingLogger();
  const broken = {
    ...cannedDossier(),
    answer: () => {
      throw new Error('index exploded');
    },
  };
  bot = await startDiscord({
    config: { token: 'secret-token', applicationId: ids.application, apiUrl: fake.apiUrl },
    dossier: () => broken,
    subscriptions: memorySubscriptions(),
    logger,
    clock: fixedClock(),
  });
});

afterEach(async () => {
  await bot.stop();
  await fake.close();
});

describe('GIVEN a core that throws', () => {
  it('WHEN a member asks THEN they get an ephemeral apology and the error is logged without the token', async () => {
    const interaction = slashCommand('dossier', 'ask', { question: 'anything?' });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const request = await interactionCallback(fake, interaction);
    expect(callbackType(request)).toBe(4);
    expect(sentMessage(request).flags).toBe(64);
    expect(allText(sentMessage(request))).toContain('something went wrong');
    expect(logger.errors).toHaveLength(1);
    expect(logger.errors[0]).toContain('index exploded');
    expect(logger.errors.join()).not.toContain('secret-token');
  });
});

describe('GIVEN a button id the bot never made', () => {
  it('WHEN clicked THEN the clicker is told privately and nothing is run', async () => {
    const click = buttonClick('someone-else:thing');
    fake.dispatch('INTERACTION_CREATE', click);
    const message = sentMessage(await interactionCallback(fake, click));
    expect(message.flags).toBe(64);
    expect(allText(message)).toContain('something went wrong');
  });
});
