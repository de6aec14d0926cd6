// Follow-ups in reply chains, 👍/👎 votes, fair use with a stepped clock and help's example buttons,
// through the real discord.js client against the fake Discord, with the real core and a store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DiscordAdapter, startDiscord } from '../../adapters/discord/start-discord.js';
import { type FairUseLimits, feedbackKey } from '../../src/index.js';
import { memoryStore } from '../slack/doubles.js';
import { buttonClick, slashCommand, userMessage } from './discord-events.js';
import { memorySubscriptions, recordingLogger } from './doubles.js';
import {
  type FakeDiscord,
  ids,
  message,
  type RecordedRequest,
  startFakeDiscord,
  users,
} from './fake-discord.js';
import { fixtureDossier } from './fixture-dossier.js';
import { allText, interactionCallback, type SentMessage, sentMessage } from './requests.js';

const EPHEMERAL = 64;
const FOUND_COLOUR = 0x2f6fb3;
let fake: FakeDiscord;
let bot: DiscordAdapter;
let store: ReturnType<typeof memoryStore>;
let logger: ReturnType<typeof recordingLogger>;
let now: Date;

const start = (limits?: FairUseLimits) =>
  startDiscord({
    config: { token: 'test-token', applicationId: ids.application, apiUrl: fake.apiUrl },
    dossier: fixtureDossier,
    subscriptions: memorySubscriptions(),
    logger,
    clock: { now: () => now },
    store,
    ...(limits ? { limits } : {}),
  });

beforeEach(async () => {
  fake = await startFakeDiscord();
  store = memoryStore();
  logger = recordingLogger();
  now = new Date('2024-03-05T12:00:00Z');
  bot = await start();
});

afterEach(async () => {
  expect(logger.errors).toEqual([]);
  await bot.stop();
  await fake.close();
});

/** The bot's answer to a message, and the id the fake gave it. */
async function answerTo(sent: { id: string }): Promise<{ id: string; message: SentMessage }> {
  const request = await fake.waitForRequest(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${ids.channel}/messages` &&
      sentMessage(r).message_reference?.message_id === sent.id,
  );
  return { id: botMessageId(request), message: sentMessage(request) };
}

/** The fake numbers the bot's messages in order; this is the id it answered with. */
function botMessageId(request: RecordedRequest): string {
  const posted = fake.requests.filter(
    (r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path),
  );
  return String(900000000000000000n + BigInt(posted.indexOf(request) + 1));
}

let replies = 0;
/** A member replying to one of the bot's messages (Discord mentions the replied-to author). */
function replyToBot(botMessage: string, content: string) {
  replies += 1;
  return message({
    id: String(800000000000000000n + BigInt(replies)),
    channel: ids.channel,
    author: users.member,
    content,
    mentions: [users.bot],
    guild_id: ids.guild,
    member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
    type: 19,
    message_reference: { message_id: botMessage, channel_id: ids.channel, guild_id: ids.guild },
  });
}

describe('GIVEN a question asked by mention', () => {
  it('WHEN a reply to the answer says "she" THEN it is answered about the previous focus; a reply chain elsewhere is not', async () => {
    const first = userMessage(`<@${ids.bot}> who is Lena Okafor?`);
    fake.dispatch('MESSAGE_CREATE', first);
    const answer = await answerTo(first);
    expect(allText(answer.message)).toContain('Lena Okafor');

    const followUp = replyToBot(answer.id, 'what did she say?');
    fake.dispatch('MESSAGE_CREATE', followUp);
    const second = (await answerTo(followUp)).message;
    expect(second.embeds?.[0]?.title).toContain('Lena Okafor');
    expect(allText(second)).toContain('Networks that carry our hospitals');

    const other = userMessage(`<@${ids.bot}> who restricted Signalhold?`);
    fake.dispatch('MESSAGE_CREATE', other);
    const otherAnswer = await answerTo(other);
    const elsewhere = replyToBot(otherAnswer.id, 'what did she say?');
    fake.dispatch('MESSAGE_CREATE', elsewhere);
    expect(allText((await answerTo(elsewhere)).message)).not.toContain('Networks that carry our hospitals');
  });
});

describe('GIVEN an answer with 👍/👎 buttons', () => {
  it('WHEN a member clicks 👎 THEN the vote is stored with the question and reply kind, and only they are thanked', async () => {
    const ask = slashCommand('dossier', 'ask', { question: 'who barred Signalhold?' });
    fake.dispatch('INTERACTION_CREATE', ask);
    const answer = sentMessage(await interactionCallback(fake, ask));
    const buttons = answer.components?.flatMap((row) => row.components) ?? [];
    const down = buttons.find((b) => b.label === '👎');
    expect(down?.custom_id).toMatch(/^dossier:fb:down:restriction:who barred Signalhold\?$/);

    const click = buttonClick(down?.custom_id ?? '');
    fake.dispatch('INTERACTION_CREATE', click);
    const thanks = sentMessage(await interactionCallback(fake, click));
    expect(thanks.flags).toBe(EPHEMERAL);
    expect(await store.get(feedbackKey('discord', click.message.id, ids.member))).toMatchObject({
      vote: 'down',
      kind: 'restriction',
      question: 'who barred Signalhold?',
      platform: 'discord',
    });
  });
});

describe('GIVEN the default limit of 20 questions a minute', () => {
  it('WHEN a member asks a 21st within the minute THEN it is answered privately with a notice; the next minute normally', async () => {
    const ask = () => {
      const interaction = slashCommand('dossier', 'ask', { question: 'who is Lena Okafor?' });
      fake.dispatch('INTERACTION_CREATE', interaction);
      return interactionCallback(fake, interaction).then(sentMessage);
    };
    for (let i = 0; i < 20; i++) expect(((await ask()).flags ?? 0) & EPHEMERAL).toBe(0);
    const limited = await ask();
    expect(limited.flags).toBe(EPHEMERAL);
    expect(allText(limited)).toMatch(/try again in \d+ seconds?/);

    now = new Date('2024-03-05T12:01:00Z');
    const next = await ask();
    expect((next.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(allText(next)).toContain('Lena Okafor');
  });
});

describe('GIVEN a channel limit of one mention a minute', () => {
  it('WHEN a second mention comes within the minute THEN the channel sees nothing and the asker gets a DM', async () => {
    await bot.stop();
    bot = await start({ userPerMinute: 20, channelPerMinute: 1 });
    const first = userMessage(`<@${ids.bot}> who is Lena Okafor?`);
    fake.dispatch('MESSAGE_CREATE', first);
    await answerTo(first);
    fake.dispatch('MESSAGE_CREATE', userMessage(`<@${ids.bot}> who restricted Signalhold?`));
    const notice = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${ids.dmChannel}/messages`,
    );
    expect(allText(sentMessage(notice))).toMatch(/This channel is asking faster/);
    expect(fake.requests.filter((r) => r.path === `/channels/${ids.channel}/messages`)).toHaveLength(1);
  });
});

describe('GIVEN /dossier help', () => {
  it('WHEN each example button is clicked THEN each gets a found answer', async () => {
    const help = slashCommand('dossier', 'help');
    fake.dispatch('INTERACTION_CREATE', help);
    const shown = sentMessage(await interactionCallback(fake, help));
    const examples = (shown.components?.flatMap((row) => row.components) ?? []).filter(
      (b) => b.custom_id.startsWith('dossier:ask:') && b.label !== 'sources',
    );
    expect(examples).toHaveLength(3);
    for (const example of examples) {
      const click = buttonClick(example.custom_id);
      fake.dispatch('INTERACTION_CREATE', click);
      const answer = sentMessage(await interactionCallback(fake, click));
      expect(answer.embeds?.[0], example.label).toMatchObject({ color: FOUND_COLOUR });
    }
  });
});
