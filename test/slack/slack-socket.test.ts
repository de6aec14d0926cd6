// End to end in Socket Mode: the real Bolt connects to the fake's WebSocket and acks its envelopes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.js';
import { eventCallback, mention, slashCommand } from './slack-requests.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ socket: true });
});
afterEach(async () => {
  await h.stop();
});

describe('Slack in Socket Mode', () => {
  it('opens the connection with the app-level token and listens on no port', () => {
    const open = h.fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.authorization).toBe('Bearer xapp-test-app-token');
    expect(h.adapter.port).toBeUndefined();
  });

  it('acks a slash command envelope and answers at its response_url', async () => {
    const ack = await h.fake.sendEnvelope(
      'slash_commands',
      slashCommand('who banned Huawei?', h.fake.responseUrl('s1')),
    );
    expect(ack.envelope_id).toBeDefined();
    const response = await h.fake.waitFor(
      () => h.fake.responses.find((r) => r.id === 's1')?.body,
      'the response',
    );
    expect(response.response_type).toBe('ephemeral');
    expect(JSON.stringify(response.blocks)).toContain('Answer to: who banned Huawei?');
  });

  it('answers a mention in its thread, and a retried envelope of the same event once', async () => {
    const payload = eventCallback('EvSock', mention('who banned Huawei?', '1700000300.000100'));
    await h.fake.sendEnvelope('events_api', payload);
    const args = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage')[0]?.args, 'the answer');
    expect(args.thread_ts).toBe('1700000300.000100');
    expect(JSON.stringify(args.blocks)).toContain('Allies weigh Huawei');

    const retryAck = await h.fake.sendEnvelope('events_api', payload, 1);
    expect(retryAck.envelope_id).toBeDefined();
    await h.logger.waitFor('duplicate event skipped');
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
