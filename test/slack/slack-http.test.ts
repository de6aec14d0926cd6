// End to end in HTTP mode: signed requests into the real Bolt, Web API calls out to the fake Slack.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.js';
import {
  eventCallback,
  form,
  mention,
  message,
  postSigned,
  shownTexts,
  slashCommand,
} from './slack-requests.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.stop();
});

const sendEvent = (eventId: string, event: Record<string, unknown>, headers: Record<string, string> = {}) =>
  postSigned(h.eventsUrl, JSON.stringify(eventCallback(eventId, event)), JSON_TYPE, { headers });

const posted = (predicate: (args: Record<string, unknown>) => boolean = () => true) =>
  h.fake.waitFor(
    () => h.fake.callsTo('chat.postMessage').find((call) => predicate(call.args))?.args,
    'chat.postMessage',
  );

describe('Slack over HTTP', () => {
  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'legacy' });
    const response = await postSigned(h.eventsUrl, body, JSON_TYPE);
    expect(response.status).toBe(200);
    expect(response.text).toContain('abc123');
  });

  it('acks a slash command and answers privately at its response_url, repeating the question', async () => {
    const ack = await postSigned(
      h.eventsUrl,
      form(slashCommand('who banned Huawei?', h.fake.responseUrl('r1'))),
      FORM,
    );
    expect(ack.status).toBe(200);
    const response = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'r1'), 'the response');
    expect(response.body.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(response.body.blocks);
    expect(blocks).toContain('You asked:* who banned Huawei?');
    expect(blocks).toContain('Answer to: who banned Huawei?');
    expect(blocks).toContain('dossier_share');
  });

  it('acks a slash command before its answer is ready', async () => {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const get = h.subscriptions.get.bind(h.subscriptions);
    // "onthisday" reads the channel's subscription: hold it until the ack has been seen.
    h.subscriptions.get = async (...args) => {
      await gate;
      return get(...args);
    };
    const ack = await postSigned(
      h.eventsUrl,
      form(slashCommand('onthisday 12-12', h.fake.responseUrl('slow'))),
      FORM,
    );
    expect(ack.status).toBe(200);
    expect(h.fake.responses).toHaveLength(0);
    open();
    const response = await h.fake.waitFor(
      () => h.fake.responses.find((r) => r.id === 'slow'),
      'the response',
    );
    expect(JSON.stringify(response.body.blocks)).toContain('On 12-12');
  });

  it('answers a mention in a thread with the answer and its sources, with 👀 while working', async () => {
    expect((await sendEvent('Ev1', mention('who banned Huawei?', '1700000001.000100'))).status).toBe(200);
    const args = await posted();
    expect(args.channel).toBe('C0GENERAL');
    expect(args.thread_ts).toBe('1700000001.000100');
    expect(String(args.text)).toContain('Answer to: who banned Huawei?');
    expect(JSON.stringify(args.blocks)).toContain('Allies weigh Huawei');
    await h.fake.waitFor(() => h.fake.callsTo('reactions.remove')[0], 'reactions.remove');
    expect(h.fake.callsTo('reactions.add')[0]?.args).toMatchObject({
      name: 'eyes',
      timestamp: '1700000001.000100',
    });
  });

  it('answers a follow-up in a thread it answered, without a new mention', async () => {
    await sendEvent('Ev2', mention('who banned Huawei?', '1700000002.000100'));
    await posted();
    await sendEvent(
      'Ev3',
      message('and who is Ren Zhengfei?', '1700000002.000200', { thread_ts: '1700000002.000100' }),
    );
    const args = await posted((a) => String(a.text).includes('and who is Ren'));
    expect(args.thread_ts).toBe('1700000002.000100');
  });

  it('ignores thread follow-ups without a mention when the channel is mention-only', async () => {
    await h.subscriptions.updateSettings('slack', 'C0GENERAL', { mentionOnly: true });
    await sendEvent('Ev4', mention('who banned Huawei?', '1700000003.000100'));
    await posted();
    await sendEvent('Ev5', message('and then?', '1700000003.000200', { thread_ts: '1700000003.000100' }));
    await h.logger.waitFor('mention-only');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('ignores unmentioned messages in threads it never answered', async () => {
    await sendEvent('Ev6', message('chatter', '1700000004.000200', { thread_ts: '1700000004.000100' }));
    await sendEvent('Ev7', mention('sentinel question', '1700000004.000300'));
    await posted();
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.args.text)).toEqual([
      expect.stringContaining('sentinel'),
    ]);
  });

  it('answers a direct message in the conversation itself', async () => {
    await sendEvent(
      'Ev8',
      message('who banned Huawei?', '1700000005.000100', { channel: 'D0DM', channel_type: 'im' }),
    );
    const args = await posted();
    expect(args.channel).toBe('D0DM');
    expect(args.thread_ts).toBeUndefined();
    expect(String(args.text)).toContain('Answer to: who banned Huawei?');
  });

  it('answers a retried event (X-Slack-Retry-Num) once', async () => {
    const event = mention('who banned Huawei?', '1700000006.000100');
    await sendEvent('EvRetry', event);
    await posted();
    const retry = await sendEvent('EvRetry', event, {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry.status).toBe(200);
    await h.logger.waitFor('duplicate event skipped');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it.each([
    ['a wrong signature', { signature: 'v0=deadbeef' }],
    ['no signature', { signature: null }],
    ['a stale signature', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
  ])('refuses %s with 401 and posts nothing', async (_name, options) => {
    const event = JSON.stringify(eventCallback('EvBad', mention('who banned Huawei?', '1700000007.000100')));
    expect((await postSigned(h.eventsUrl, event, JSON_TYPE, options)).status).toBe(401);
    const command = form(slashCommand('who banned Huawei?', h.fake.responseUrl('bad')));
    expect((await postSigned(h.eventsUrl, command, FORM, options)).status).toBe(401);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(h.fake.responses).toHaveLength(0);
  });

  it('never turns <!channel>, <!here>, <!everyone>, <@U…> or <!subteam…> in a question into a ping', async () => {
    const pings = '<!channel> <!here> <!everyone> <@U0VICTIM> <!subteam^S0TEAM|@team> <!here|here>';
    await sendEvent('EvPing', mention(`what about ${pings}?`, '1700000008.000100'));
    const args = await posted();
    await postSigned(h.eventsUrl, form(slashCommand(`what about ${pings}?`, h.fake.responseUrl('p1'))), FORM);
    const response = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'p1'), 'the response');
    // Everything Slack displays (button values are data, never shown or parsed as mrkdwn).
    for (const rendered of [shownTexts(args), shownTexts(response.body)]) {
      expect(rendered).toContain('&lt;!channel&gt;');
      expect(rendered).not.toMatch(/<[!@#]/);
    }
  });

  it('never writes a token to the log', async () => {
    await sendEvent('EvLog', mention('who banned Huawei?', '1700000009.000100'));
    await posted();
    const logged = JSON.stringify(h.logger.entries);
    expect(logged).not.toContain('xoxb-');
    expect(logged).toContain('slack: authenticated');
  });
});
