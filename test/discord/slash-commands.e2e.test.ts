// The real discord.js client against the fake Discord: slash commands, autocomplete and buttons.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DiscordAdapter, startDiscord } from '../../adapters/discord/start-discord.js';
import { autocomplete, buttonClick, slashCommand } from './discord-events.js';
import { cannedDossier, fixedClock, memorySubscriptions, recordingLogger } from './doubles.js';
import { type FakeDiscord, ids, startFakeDiscord } from './fake-discord.js';
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
    dossier: () => cannedDossier([{ name: 'Ren Zhengfei', type: 'person' }]),
    subscriptions,
    logger,
    clock: fixedClock('2024-12-12T12:00:00Z'),
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
    const interaction = slashCommand('dossier', 'ask', { question: 'who builds 5G in Denmark?' });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const request = await interactionCallback(fake, interaction);
    const message = sentMessage(request);
    expect(callbackType(request)).toBe(4);
    expect((message.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(message.embeds?.[0]?.title).toBe('You asked: who builds 5G in Denmark?');
    expect(message.embeds?.[0]?.fields?.[0]?.name).toContain('2019-01-23');
    expect(message.embeds?.[0]?.fields?.[0]?.value).toContain('contract with TDC');
    expectNoPings(fake);
  });

  it('WHEN /dossier help THEN the answer is ephemeral', async () => {
    const interaction = slashCommand('dossier', 'help');
    fake.dispatch('INTERACTION_CREATE', interaction);
    const message = sentMessage(await interactionCallback(fake, interaction));
    expect((message.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(allText(message)).toContain('Ask me about the articles.');
  });

  it('WHEN a question holds @everyone and a role mention THEN nothing can ping', async () => {
    const interaction = slashCommand('dossier', 'ask', { question: '@everyone <@&123> @here what now?' });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const message = sentMessage(await interactionCallback(fake, interaction));
    const title = message.embeds?.[0]?.title ?? '';
    expect(title).toContain('everyone');
    expect(title).not.toContain('@everyone');
    expect(title).not.toContain('@here');
    expect(title).not.toContain('<@&');
    expectNoPings(fake);
  });

  it('WHEN the member types in a person option THEN autocomplete offers matching corpus names', async () => {
    const interaction = autocomplete('dossier', 'quotes', 'person', 'ren');
    fake.dispatch('INTERACTION_CREATE', interaction);
    const request = await interactionCallback(fake, interaction);
    expect(request.body).toEqual({
      type: 8,
      data: { choices: [{ name: 'Ren Zhengfei', value: 'Ren Zhengfei' }] },
    });
  });

  it('WHEN /dossier onthisday 12-12 THEN previous and next day buttons carry their dates', async () => {
    const interaction = slashCommand('dossier', 'onthisday', { date: '12-12' });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const message = sentMessage(await interactionCallback(fake, interaction));
    expect(message.embeds?.[0]?.title).toBe('On 12-12');
    const ids = message.components?.[0]?.components.map((button) => button.custom_id);
    expect(ids).toEqual(['dossier:otd:12-11', 'dossier:otd:12-13']);
  });

  it('WHEN next is clicked on a public post THEN the clicker alone sees the next day', async () => {
    const click = buttonClick('dossier:otd:12-13');
    fake.dispatch('INTERACTION_CREATE', click);
    const request = await interactionCallback(fake, click);
    expect(callbackType(request)).toBe(4);
    expect(sentMessage(request).flags).toBe(EPHEMERAL);
    expect(sentMessage(request).embeds?.[0]?.title).toBe('On 12-13');
  });

  it('WHEN next is clicked on an ephemeral post THEN that message is updated in place', async () => {
    const click = buttonClick('dossier:otd:12-13', { ephemeral: true });
    fake.dispatch('INTERACTION_CREATE', click);
    const request = await interactionCallback(fake, click);
    expect(callbackType(request)).toBe(7);
    expect(sentMessage(request).embeds?.[0]?.title).toBe('On 12-13');
    expect(sentMessage(request).components?.[0]?.components[1]?.custom_id).toBe('dossier:otd:12-14');
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
