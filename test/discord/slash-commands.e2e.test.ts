// The real discord.js client against the fake Discord: slash commands, autocomplete and buttons.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DiscordAdapter, startDiscord } from '../../adapters/discord/start-discord.js';
import { autocomplete, buttonClick, slashCommand } from './discord-events.js';
import { fixedClock, memorySubscriptions, recordingLogger } from './doubles.js';
import { type FakeDiscord, ids, startFakeDiscord } from './fake-discord.js';
import { fixtureDossier } from './fixture-dossier.js';
import { allText, callbackType, expectNoPings, interactionCallback, sentMessage } from './requests.js';

const EPHEMERAL = 64;
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
    clock: fixedClock('2024-03-05T12:00:00Z'),
  });
});

afterEach(async () => {
  expect(logger.errors).toEqual([]);
  await bot.stop();
  await fake.close();
});

describe('GIVEN the bot logged in to the fake Discord', () => {
  it('THEN it identified once and reached ready', () => {
    expect(fake.identifies).toBe(1);
  });

  it('WHEN /dossier ask THEN the callback holds a public embed with the answer and its sources', async () => {
    const interaction = slashCommand('dossier', 'ask', { question: 'who barred Signalhold?' });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const request = await interactionCallback(fake, interaction);
    const message = sentMessage(request);
    expect(callbackType(request)).toBe(4);
    expect((message.flags ?? 0) & EPHEMERAL).toBe(0);
    const embed = message.embeds?.[0];
    expect(embed?.title).toContain('Eastmark restricted Signalhold');
    expect(embed?.description).toContain('Eastmark');
    expect(embed?.fields?.[0]?.name).toBe(
      '[1] Eastmark bars Signalhold from its 5G core network · 2019-03-05',
    );
    expect(embed?.fields?.[0]?.value).toContain('it would bar Signalhold from the core');
    expectNoPings(fake);
  });

  it('WHEN /dossier help THEN the answer is ephemeral', async () => {
    const interaction = slashCommand('dossier', 'help');
    fake.dispatch('INTERACTION_CREATE', interaction);
    const message = sentMessage(await interactionCallback(fake, interaction));
    expect((message.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(allText(message).length).toBeGreaterThan(100);
  });

  it('WHEN a name holds @everyone and a role mention THEN the echo cannot ping', async () => {
    const interaction = slashCommand('dossier', 'who', { name: '@everyone <@&123> @here' });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const text = allText(sentMessage(await interactionCallback(fake, interaction)));
    expect(text).toContain('everyone');
    expect(text).not.toMatch(/@(everyone|here)|<@&/);
    expectNoPings(fake);
  });

  it('WHEN the member mistypes a person THEN autocomplete offers the fuzzy match', async () => {
    const interaction = autocomplete('dossier', 'quotes', 'person', 'okafr');
    fake.dispatch('INTERACTION_CREATE', interaction);
    const request = await interactionCallback(fake, interaction);
    expect(request.body).toEqual({
      type: 8,
      data: { choices: [{ name: 'Lena Okafor', value: 'Lena Okafor' }] },
    });
  });

  it('WHEN /dossier onthisday without a date THEN today is shown with previous and next day buttons', async () => {
    const interaction = slashCommand('dossier', 'onthisday');
    fake.dispatch('INTERACTION_CREATE', interaction);
    const message = sentMessage(await interactionCallback(fake, interaction));
    expect(message.embeds?.[0]?.title).toContain('5 March');
    expect(allText(message)).toContain('Eastmark bars Signalhold');
    const ids = message.components?.[0]?.components.map((button) => button.custom_id);
    expect(ids).toEqual(['dossier:otd:03-04', 'dossier:otd:03-06']);
  });

  it('WHEN next is clicked on a public post THEN the clicker alone sees the next day', async () => {
    const click = buttonClick('dossier:otd:03-05');
    fake.dispatch('INTERACTION_CREATE', click);
    const request = await interactionCallback(fake, click);
    expect(callbackType(request)).toBe(4);
    expect(sentMessage(request).flags).toBe(EPHEMERAL);
    expect(allText(sentMessage(request))).toContain('5 March');
  });

  it('WHEN next is clicked on an ephemeral post THEN that message is updated in place', async () => {
    const click = buttonClick('dossier:otd:03-05', { ephemeral: true });
    fake.dispatch('INTERACTION_CREATE', click);
    const request = await interactionCallback(fake, click);
    expect(callbackType(request)).toBe(7);
    expect(allText(sentMessage(request))).toContain('5 March');
    expect(sentMessage(request).components?.[0]?.components[1]?.custom_id).toBe('dossier:otd:03-06');
  });

  it('WHEN a member without Manage Server subscribes THEN it is refused privately and nothing is stored', async () => {
    const interaction = slashCommand('dossier-admin', 'subscribe', { time: '08:30' }, { admin: false });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const message = sentMessage(await interactionCallback(fake, interaction));
    expect(message.flags).toBe(EPHEMERAL);
    expect(allText(message)).toContain('Manage Server');
    expect(subscriptions.all.size).toBe(0);
  });

  it('WHEN an admin subscribes THEN the reply is deferred, the subscription stored, and the answer edited in', async () => {
    const options = { time: '08:30', timezone: 'Europe/Oslo', nearest: true };
    const interaction = slashCommand('dossier-admin', 'subscribe', options, { admin: true });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const deferred = await interactionCallback(fake, interaction);
    expect(deferred.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await fake.waitForRequest(
      (r) =>
        r.method === 'PATCH' &&
        r.path === `/webhooks/${ids.application}/${interaction.token}/messages/@original`,
    );
    expect(allText(sentMessage(edit))).toContain('Subscribed');
    expect(subscriptions.all.get(`discord:${ids.channel}`)).toMatchObject({
      time: '08:30',
      zone: 'Europe/Oslo',
      emptyDay: 'nearest',
      workspace: ids.guild,
      createdBy: '400000000000000001',
    });
    expectNoPings(fake);
  });
});
