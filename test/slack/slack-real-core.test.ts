// End to end with the real core: a fixture article parsed by parseCorpus, answered by createDossier,
// and the scheduler's daily post delivered through the adapter's post().
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../adapters/scheduler/create-scheduler.js';
import { fixtureDossier as dossier } from './fixture-dossier.js';
import { type Harness, startHarness } from './harness.js';
import { eventCallback, form, mention, postSigned, shownTexts, slashCommand } from './slack-requests.js';

const TITLE = 'Northland restricts Vendorco in its 5G network';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('Slack with the real core', () => {
  it('answers a mention in its thread with the verbatim quote and its source', async () => {
    h = await startHarness({ dossier });
    const event = eventCallback('EvReal', mention('what did Mara Voss say?', '1700000400.000100'));
    await postSigned(h.eventsUrl, JSON.stringify(event), 'application/json');
    const args = await h.fake.waitFor(() => h?.fake.callsTo('chat.postMessage')[0]?.args, 'the answer');
    expect(args.thread_ts).toBe('1700000400.000100');
    const blocks = JSON.stringify(args.blocks);
    expect(blocks).toContain('We have never been asked to hand over data, and we never would,');
    expect(blocks).toContain(`*${TITLE}* · 2018-12-12`);
  });

  it('never pings from a question the core echoes back', async () => {
    h = await startHarness({ dossier });
    const question = 'who restricted <!channel> <!here> <!everyone> <@U0VICTIM> <!subteam^S0TEAM>?';
    const event = eventCallback('EvRealPing', mention(question, '1700000401.000100'));
    await postSigned(h.eventsUrl, JSON.stringify(event), 'application/json');
    const args = await h.fake.waitFor(() => h?.fake.callsTo('chat.postMessage')[0]?.args, 'the answer');
    expect(shownTexts(args)).not.toMatch(/<[!@#]/);
  });

  it('answers /dossier sources privately with the article list', async () => {
    h = await startHarness({ dossier });
    const body = form(slashCommand('sources', h.fake.responseUrl('r1')));
    expect((await postSigned(h.eventsUrl, body, 'application/x-www-form-urlencoded')).status).toBe(200);
    const response = await h.fake.waitFor(
      () => h?.fake.responses.find((r) => r.id === 'r1')?.body,
      'the response',
    );
    expect(response.response_type).toBe('ephemeral');
    expect(JSON.stringify(response.blocks)).toContain(TITLE);
  });

  it('posts the daily "on this day" of a /dossier subscription once, through the scheduler', async () => {
    let now = new Date('2018-12-12T06:00:00Z'); // 07:00 in Oslo
    h = await startHarness({ dossier, clock: { now: () => now } });
    h.fake.users.U0ADMIN = { is_admin: true, tz: 'Europe/Oslo' };
    const body = form(
      slashCommand('subscribe 08:30 Europe/Oslo', h.fake.responseUrl('s1'), { user_id: 'U0ADMIN' }),
    );
    await postSigned(h.eventsUrl, body, 'application/x-www-form-urlencoded');
    await h.fake.waitFor(() => h?.fake.responses.find((r) => r.id === 's1'), 'the subscribe response');

    const { adapter, store, subscriptions, logger, clock } = h;
    const scheduler = createScheduler({
      subscriptions,
      store,
      clock,
      logger,
      dossier: () => dossier,
      post: (sub, reply) => adapter.post(sub.channel, reply),
    });
    now = new Date('2018-12-12T07:31:00Z'); // 08:31 in Oslo
    expect((await scheduler.tick()).posted).toHaveLength(1);
    expect((await scheduler.tick()).posted).toHaveLength(0);
    scheduler.stop();

    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.channel).toBe('C0GENERAL');
    expect(String(posts[0]?.args.text)).toContain('On this day, 12 December');
    expect(JSON.stringify(posts[0]?.args.blocks)).toContain(TITLE);
  });
});
