// Reply → Discord embeds: the lead line as title, items as the description, each citation as a field
// with its date and quoted snippet. Long answers are split between lines, never inside one, into as
// many messages as Discord's limits need. Pure: no client, no I/O.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Citation, Reply, ReplyKind } from '../../src/index.js';
import { neutraliseMentions } from './neutralise-mentions.js';
import { truncateText } from './truncate-text.js';

/** Discord's documented embed limits (characters). */
export const embedLimits = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of title, description, field names and values and footers over all embeds of one message. */
  messageTotal: 6000,
  embedsPerMessage: 10,
} as const;

export interface RenderOptions {
  /** Parts beyond this are dropped and the last one says so; a reply should not flood a channel. */
  maxMessages?: number;
  /** Longest single item line; longer ones are cut so one item cannot take a whole message. */
  maxLine?: number;
}

const defaults: Required<RenderOptions> = { maxMessages: 3, maxLine: 1500 };
const CUT_NOTE = ' · cut to fit Discord';

const colours = { found: 0x2f6fb3, notFound: 0x8a8f98, invalid: 0xc0392b } as const;

const titles: Partial<Record<ReplyKind, string>> = {
  quotes: 'Quotes',
  'who-is': 'Who is who',
  timeline: 'Timeline',
  'on-this-day': 'On this day',
  sources: 'Sources',
  help: 'Dossier help',
  'not-found': 'Not in the articles',
  invalid: 'Cannot do that',
};

/** One Discord message worth of embeds; every part respects all limits in `embedLimits`. */
export function renderEmbeds(reply: Reply, options: RenderOptions = {}): APIEmbed[][] {
  const { maxMessages, maxLine } = { ...defaults, ...options };
  const colour = reply.kind === 'invalid' ? colours.invalid : reply.found ? colours.found : colours.notFound;
  // Kept short so the footer never eats into room the answer needs.
  const footer = truncateText(clean(footerText(reply)), 200);
  const lead = clean(reply.text);
  const leadFitsTitle = lead.length > 0 && lead.length <= embedLimits.title && !lead.includes('\n');
  const title = leadFitsTitle ? lead : (titles[reply.kind] ?? 'Dossier');

  const lines = [
    ...(leadFitsTitle || !lead ? [] : [lead]),
    ...reply.items.map((item) => `• ${clean(item.text)}${citeMarks(item.cites)}`),
    ...(reply.more > 0 ? [`…and ${reply.more} more.`] : []),
  ].map((line) => truncateText(line, Math.min(maxLine, embedLimits.description)));
  const fields = reply.citations.map(citationField);

  const pack = new Packer(title, colour, embedLimits.messageTotal - footer.length - CUT_NOTE.length);
  for (const line of lines) pack.line(line);
  for (const field of fields) pack.field(field);
  const messages = pack.done();
  const kept = messages.slice(0, maxMessages);
  for (const embeds of kept) {
    const last = embeds[embeds.length - 1];
    if (last) last.footer = { text: footer };
  }
  const lastEmbed = kept[kept.length - 1]?.at(-1);
  if (lastEmbed && messages.length > kept.length) lastEmbed.footer = { text: `${footer}${CUT_NOTE}` };
  return kept;
}

function clean(text: string): string {
  return neutraliseMentions(text.trim());
}

function citeMarks(cites: number[]): string {
  return cites.length ? ` ${cites.map((i) => `[${i + 1}]`).join('')}` : '';
}

function citationField(citation: Citation, index: number): APIEmbedField {
  const name = truncateText(
    clean(`[${index + 1}] ${citation.title} · ${citation.date ?? 'undated'}`),
    embedLimits.fieldName,
  );
  const source = truncateText(clean(citation.doc), 200);
  const room = embedLimits.fieldValue - source.length - '“”\n— '.length;
  const snippet = truncateText(clean(citation.snippet).replace(/\s+/g, ' '), room);
  return { name, value: `“${snippet}”\n— ${source}` };
}

function footerText(reply: Reply): string {
  const parts = [];
  if (reply.entities.length) parts.push(reply.entities.slice(0, 5).join(', '));
  if (reply.citations.length)
    parts.push(`${reply.citations.length} source${reply.citations.length === 1 ? '' : 's'}`);
  parts.push('Dossier');
  return parts.join(' · ');
}

/** Fills embeds and messages greedily; starts a new embed or message only when a limit is reached. */
class Packer {
  private readonly messages: APIEmbed[][] = [];
  private size = 0;

  constructor(
    private readonly title: string,
    private readonly colour: number,
    private readonly budget: number,
  ) {
    this.newMessage();
  }

  line(text: string): void {
    const embed = this.current();
    const cost = text.length + (embed.description ? 1 : 0);
    if (this.size + cost > this.budget) this.newMessage();
    else if (
      (embed.fields?.length ?? 0) > 0 ||
      (embed.description?.length ?? 0) + cost > embedLimits.description
    ) {
      this.newEmbed();
    }
    const target = this.current();
    const added = target.description ? `\n${text}` : text;
    target.description = (target.description ?? '') + added;
    this.size += added.length;
  }

  field(field: APIEmbedField): void {
    const cost = field.name.length + field.value.length;
    if (this.size + cost > this.budget) this.newMessage();
    else if ((this.current().fields?.length ?? 0) >= embedLimits.fields) this.newEmbed();
    const target = this.current();
    target.fields = [...(target.fields ?? []), field];
    this.size += cost;
  }

  done(): APIEmbed[][] {
    return this.messages;
  }

  private current(): APIEmbed {
    const embeds = this.messages[this.messages.length - 1] as APIEmbed[];
    return embeds[embeds.length - 1] as APIEmbed;
  }

  private newMessage(): void {
    const first = this.messages.length === 0;
    const embed: APIEmbed = first ? { title: this.title, color: this.colour } : { color: this.colour };
    this.messages.push([embed]);
    this.size = embed.title?.length ?? 0;
  }

  private newEmbed(): void {
    const embeds = this.messages[this.messages.length - 1] as APIEmbed[];
    if (embeds.length >= embedLimits.embedsPerMessage) this.newMessage();
    else embeds.push({ color: this.colour });
  }
}
