// End to end in HTTP mode: subscriptions, daily posts, buttons and the App Home.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedbackKey } from '../../src/index.js';
import { echoDossier } from './doubles.js';
import { NOT_IN_CHANNEL } from './fake-slack.js';
import { type Harness, startHarness } from './harness.js';
import { buttonClick, eventCallback, form, postSigned, slashCommand } from './slack-requests.js';

const FORM = 'application/x-www-form-urlencoded';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.stop();
});

async function command(text: string, id: string, user = 'U0ASKER') {
  const ack = await postSigned(
    h.eventsUrl,
    form(slashCommand(text, h.fake.responseUrl(id), { user_id: user })),
    FORM,
  );
  expect(ack.status).toBe(200);
  return h.fake.waitFor(() => h.fake.responses.find((r) => r.id === id)?.body, `response ${id}`);
}

const click = (payload: Record<string, unknown>) =>
  postSigned(h.eventsUrl, form({ payload: JSON.stringify(payload) }), FORM);

const ephemeral = {
  type: 'message',
  message_ts: '1700000100.000100',
  channel_id: 'C0GENERAL',
  is_ephemeral: true,
};

describe('Slack subscriptions and daily posts', () => {
  it('stores a subscription from /dossier subscribe and posts the daily reply in the channel once', async () => {
    h.fake.users.U0ADMIN = { is_admin: true, tz: 'Europe/Oslo' };
    const body = await command('subscribe 08:30 Europe/Oslo nearest', 's1', 'U0ADMIN');
    expect(body.response_type).toBe('ephemeral');
    expect(String(body.text)).toContain('Subscribed');
    expect(await h.subscriptions.get('slack', 'C0GENERAL')).toMatchObject({
      time: '08:30',
      zone: 'Europe/Oslo',
      emptyDay: 'nearest',
      createdBy: 'U0ADMIN',
      workspace: 'T0001',
    });

    // What the scheduler does at 08:30: one post through the adapter's channel port.
    await h.adapter.post('C0GENERAL', echoDossier().onThisDay('12-12'));
    const posts = h.fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.channel).toBe('C0GENERAL');
    expect(posts[0]?.args.thread_ts).toBeUndefined();
    expect(String(posts[0]?.args.text)).toContain('On 12-12');
    expect(posts[0]?.authorization).toBe('Bearer xoxb-test-bot-token');
  });

  it('lets a daily post fail loudly when Slack refuses it, so the scheduler can tell', async () => {
    await expect(h.adapter.post(NOT_IN_CHANNEL, echoDossier().onThisDay('12-12'))).rejects.toThrow(
      /not_in_channel/,
    );
  });

  it('lets only an admin or the subscriber change a subscription', async () => {
    await command('subscribe 09:00', 's2', 'U0ASKER');
    const refused = await command('unsubscribe', 's3', 'U0OTHER');
    expect(String(refused.text)).toContain('Only a workspace admin');
    expect(await h.subscriptions.get('slack', 'C0GENERAL')).toBeDefined();
    expect(h.fake.callsTo('users.info').map((c) => c.args.user)).toContain('U0OTHER');

    h.fake.users.U0ADMIN = { is_owner: true };
    const done = await command('unsubscribe', 's4', 'U0ADMIN');
    expect(String(done.text)).toContain('Unsubscribed');
    expect(await h.subscriptions.get('slack', 'C0GENERAL')).toBeUndefined();
  });

  it('answers in the channel when its settings say public, and then offers no share button', async () => {
    h.fake.users.U0ADMIN = { is_admin: true };
    await command('settings public', 's5', 'U0ADMIN');
    const body = await command('who banned Huawei?', 's6');
    expect(body.response_type).toBe('in_channel');
    expect(JSON.stringify(body.blocks)).not.toContain('dossier_share');
    expect(h.fake.callsTo('users.info')).toHaveLength(1); // only for the settings change
  });
});

describe('Slack buttons and App Home', () => {
  it('stores a 👍 vote per message and user', async () => {
    const payload = buttonClick(
      'dossier_feedback_up',
      'search|who banned Huawei?',
      h.fake.responseUrl('f1'),
      ephemeral,
    );
    expect((await click(payload)).status).toBe(200);
    await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'f1'), 'the thanks');
    expect(await h.store.get(feedbackKey('slack', '1700000100.000100', 'U0ASKER'))).toMatchObject({
      vote: 'up',
      kind: 'search',
      question: 'who banned Huawei?',
    });
  });

  it('shares a private answer in the channel and removes the private copy', async () => {
    await click(buttonClick('dossier_share', 'who banned Huawei?', h.fake.responseUrl('sh'), ephemeral));
    await h.fake.waitFor(() => h.fake.responses.filter((r) => r.id === 'sh')[1], 'two responses');
    const [shared, removed] = h.fake.responses.map((r) => r.body);
    expect(shared?.response_type).toBe('in_channel');
    expect(JSON.stringify(shared?.blocks)).toContain('Question:* who banned Huawei?');
    expect(removed).toEqual({ delete_original: true });
  });

  it('answers a suggestion clicked under a thread answer in that thread', async () => {
    const container = { type: 'message', message_ts: '1700000200.000200', channel_id: 'C0GENERAL' };
    const inThread = { type: 'message', ts: '1700000200.000200', thread_ts: '1700000200.000100', text: 'x' };
    await click(
      buttonClick('dossier_suggest_0', 'who is Ren Zhengfei?', h.fake.responseUrl('sg'), container, inThread),
    );
    const args = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]?.args, 'the answer');
    expect(args.thread_ts).toBe('1700000200.000100');
    expect(String(args.text)).toContain('Answer to: who is Ren Zhengfei?');
  });

  it('answers a suggestion clicked under a private answer privately', async () => {
    await click(
      buttonClick('dossier_suggest_0', 'who is Ren Zhengfei?', h.fake.responseUrl('sp'), ephemeral),
    );
    const body = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'sp')?.body, 'the answer');
    expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(body.blocks)).toContain('You asked:* who is Ren Zhengfei?');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('publishes the App Home when the Home tab opens', async () => {
    const event = { type: 'app_home_opened', user: 'U0ASKER', channel: 'D0DM', tab: 'home', event_ts: '1.0' };
    await postSigned(h.eventsUrl, JSON.stringify(eventCallback('EvHome', event)), 'application/json');
    const args = await h.fake.waitFor(() => h.fake.callsTo('views.publish')[0]?.args, 'views.publish');
    expect(args.user_id).toBe('U0ASKER');
    const view = JSON.stringify(args.view);
    expect(view).toContain('"type":"home"');
    expect(view).toContain('/dossier');
    expect(view).toContain('1 article.');
  });
});
