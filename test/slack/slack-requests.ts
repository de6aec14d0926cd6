// Signed requests as Slack sends them to POST /slack/events, and the payloads tests send.
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-bot-token';
export const APP_TOKEN = 'xapp-test-app-token';

export interface SignOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Override the signature; null sends none. */
  signature?: string | null;
  headers?: Record<string, string>;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function postSigned(
  url: string,
  body: string,
  contentType: 'application/json' | 'application/x-www-form-urlencoded',
  options: SignOptions = {},
): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signed =
    options.signature === undefined ? signature(SIGNING_SECRET, timestamp, body) : options.signature;
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    ...(signed === null ? {} : { 'x-slack-signature': signed }),
    ...options.headers,
  };
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

/** A form body as a string: a URLSearchParams body would add ";charset=UTF-8", which Bolt refuses. */
export function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

export function slashCommand(
  text: string,
  responseUrl: string,
  fields: Record<string, string> = {},
): Record<string, string> {
  return {
    command: '/dossier',
    text,
    team_id: 'T0001',
    channel_id: 'C0GENERAL',
    user_id: 'U0ASKER',
    user_name: 'asker',
    response_url: responseUrl,
    trigger_id: 'trigger-1',
    api_app_id: 'A0APP',
    ...fields,
  };
}

export function eventCallback(eventId: string, event: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'event_callback',
    token: 'legacy',
    team_id: 'T0001',
    api_app_id: 'A0APP',
    event_id: eventId,
    event_time: 1_700_000_000,
    event,
    authorizations: [{ team_id: 'T0001', user_id: 'U0BOT', is_bot: true }],
  };
}

export function mention(text: string, ts: string, channel = 'C0GENERAL'): Record<string, unknown> {
  return { type: 'app_mention', user: 'U0ASKER', text: `<@U0BOT> ${text}`, ts, channel, event_ts: ts };
}

export function message(
  text: string,
  ts: string,
  fields: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'message',
    user: 'U0ASKER',
    text,
    ts,
    channel: 'C0GENERAL',
    channel_type: 'channel',
    event_ts: ts,
    ...fields,
  };
}

export function buttonClick(
  actionId: string,
  value: string,
  responseUrl: string,
  container: Record<string, unknown>,
  message?: Record<string, unknown>,
): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'test' },
    user: { id: 'U0ASKER', username: 'asker', team_id: 'T0001' },
    api_app_id: 'A0APP',
    token: 'legacy',
    container,
    trigger_id: 'trigger-2',
    channel: { id: 'C0GENERAL', name: 'general' },
    ...(message ? { message } : {}),
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'b1',
        value,
        text: { type: 'plain_text', text: 'x' },
        action_ts: '1',
      },
    ],
  };
}

/** Every "text" string in a message payload, blocks included. */
export function shownTexts(payload: unknown): string {
  if (Array.isArray(payload)) return payload.map(shownTexts).join('\n');
  if (!payload || typeof payload !== 'object') return '';
  return Object.entries(payload)
    .map(([key, value]) => (key === 'text' && typeof value === 'string' ? value : shownTexts(value)))
    .join('\n');
}
