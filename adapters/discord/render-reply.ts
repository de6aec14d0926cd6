// A Reply as the Discord messages that carry it: embeds per message, buttons under the last one.
import type { APIEmbed } from 'discord.js';
import type { Reply } from '../../src/index.js';
import { type ButtonRow, type ComponentOptions, renderComponents } from './render-components.js';
import { type RenderOptions, renderEmbeds } from './render-embeds.js';

export interface RenderedMessage {
  embeds: APIEmbed[];
  components: ButtonRow[];
}

export function renderReply(reply: Reply, options: ComponentOptions & RenderOptions = {}): RenderedMessage[] {
  const messages = renderEmbeds(reply, options);
  const components = renderComponents(reply, options);
  return messages.map((embeds, index) => ({
    embeds,
    components: index === messages.length - 1 ? components : [],
  }));
}
