// Reading what the bot sent to the fake Discord.
import { expect } from 'vitest';
import type { FakeDiscord, RecordedRequest } from './fake-discord.js';

export interface SentEmbed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}
export interface SentMessage {
  content?: string;
  embeds?: SentEmbed[];
  components?: { components: { custom_id: string; label: string }[] }[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
}

/** The message of an interaction callback (`data`) or of a webhook / channel message request. */
export function sentMessage(request: RecordedRequest): SentMessage {
  const body = request.body as { type?: number; data?: SentMessage } & SentMessage;
  return request.path.endsWith('/callback') ? (body.data ?? {}) : body;
}

export function callbackType(request: RecordedRequest): number | undefined {
  return (request.body as { type?: number }).type;
}

export const interactionCallback = (fake: FakeDiscord, interaction: { id: string }) =>
  fake.waitForRequest(
    (r) =>
      r.method === 'POST' && r.path === `/interactions/${interaction.id}/${tokenOf(interaction)}/callback`,
  );

const tokenOf = (interaction: { id: string; token?: string }) => interaction.token ?? '';

export const channelPosts = (fake: FakeDiscord, channel: string) =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);

/** Every request that carried a message asked Discord to ping nobody. */
export function expectNoPings(fake: FakeDiscord): void {
  const messages = fake.requests
    .filter((r) => r.body && typeof r.body === 'object' && !Array.isArray(r.body))
    .map(sentMessage)
    .filter((m) => m.embeds || m.content !== undefined);
  for (const message of messages) {
    expect(message.allowed_mentions?.parse).toEqual([]);
    expect(message.allowed_mentions?.users ?? []).toEqual([]);
    expect(message.allowed_mentions?.roles ?? []).toEqual([]);
    expect(message.allowed_mentions?.replied_user ?? false).toBe(false);
  }
}

export const allText = (message: SentMessage) => JSON.stringify(message.embeds ?? []);
