// End to end in HTTP mode: signed requests into the real Bolt, Web API calls out to the fake Slack.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.js';
import { eventCallback, form, mention, message, postSigned, slashCommand } from './slack-requests.js';

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
});
