import type { APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedLimits, renderEmbeds } from '../../adapters/discord/render-embeds.js';
import { renderReply } from '../../adapters/discord/render-reply.js';
import type { Reply } from '../../src/index.js';
import { broadcastReply, renderedStrings } from '../support/broadcast-replies.js';
import { reply } from './doubles.js';

const embedSize = (e: APIEmbed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);

function expectWithinLimits(messages: APIEmbed[][]): void {
  for (const embeds of messages) {
    expect(embeds.length).toBeGreaterThan(0);
    expect(embeds.length).toBeLessThanOrEqual(embedLimits.embedsPerMessage);
    expect(embeds.reduce((sum, e) => sum + embedSize(e), 0)).toBeLessThanOrEqual(embedLimits.messageTotal);
    for (const embed of embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(embedLimits.title);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(embedLimits.description);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(embedLimits.fields);
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(embedLimits.footer);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeGreaterThan(0);
        expect(field.name.length).toBeLessThanOrEqual(embedLimits.fieldName);
        expect(field.value.length).toBeGreaterThan(0);
        expect(field.value.length).toBeLessThanOrEqual(embedLimits.fieldValue);
      }
    }
  }
}

const citation = (i: number, snippet = `Snippet ${i}.`) => ({
  doc: `doc-${i}.txt`,
  title: `Title ${i}`,
  date: i % 2 ? '2019-01-23' : null,
  snippet,
});

describe('renderEmbeds', () => {
  it('GIVEN a short answer THEN the lead is the title, items the description and citations fields', () => {
    const [message] = renderEmbeds(
      reply({
        text: '2 actors restricted Huawei:',
        items: [
          { text: 'Australia banned Huawei from 5G.', cites: [0] },
          { text: 'Japan dropped it.', cites: [0, 1] },
        ],
        more: 3,
        citations: [citation(1), citation(2)],
        entities: ['Huawei'],
      }),
    );
    expect(message).toHaveLength(1);
    const embed = message?.[0];
    expect(embed?.title).toBe('2 actors restricted Huawei:');
    expect(embed?.description).toBe(
      '• Australia banned Huawei from 5G. [1]\n• Japan dropped it. [1][2]\n…and 3 more.',
    );
    expect(embed?.fields).toEqual([
      { name: '[1] Title 1 · 2019-01-23', value: '“Snippet 1.”\n— doc-1.txt' },
      { name: '[2] Title 2 · undated', value: '“Snippet 2.”\n— doc-2.txt' },
    ]);
    expect(embed?.footer?.text).toBe('Huawei · 2 sources · Dossier');
  });

  it('GIVEN a lead longer than a title THEN it opens the description under a title for its kind', () => {
    const lead = 'A'.repeat(300);
    const [[embed] = []] = renderEmbeds(reply({ kind: 'quotes', text: lead }));
    expect(embed?.title).toBe('Quotes');
    expect(embed?.description).toBe(lead);
  });

  it('GIVEN 60 citations THEN fields are split over embeds of at most 25, in order', () => {
    const messages = renderEmbeds(reply({ citations: Array.from({ length: 60 }, (_, i) => citation(i)) }), {
      maxMessages: 10,
    });
    expectWithinLimits(messages);
    const names = messages
      .flat()
      .flatMap((e) => e.fields ?? [])
      .map((f) => f.name);
    expect(names).toHaveLength(60);
    expect(names[59]).toMatch(/^\[60\] /);
  });

  it('GIVEN a huge snippet THEN its field value is cut with an ellipsis but keeps the source', () => {
    const [[embed] = []] = renderEmbeds(reply({ citations: [citation(1, 'word '.repeat(1000))] }));
    const value = embed?.fields?.[0]?.value ?? '';
    expect(value.length).toBeLessThanOrEqual(embedLimits.fieldValue);
    expect(value).toMatch(/…”\n— doc-1\.txt$/);
  });

  it('GIVEN long items THEN they are split between lines, never inside one, and the last part is flagged when cut', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ text: `Item ${i} ${'y'.repeat(900)}`, cites: [] }));
    const all = renderEmbeds(reply({ items }), { maxMessages: 50 });
    expectWithinLimits(all);
    const lines = all.flat().flatMap((e) => e.description?.split('\n') ?? []);
    expect(lines.map((line) => line.split(' ')[2])).toEqual(items.map((_, i) => String(i)));
    const cut = renderEmbeds(reply({ items }), { maxMessages: 2 });
    expect(cut).toHaveLength(2);
    expect(cut[1]?.at(-1)?.footer?.text).toMatch(/cut to fit Discord$/);
  });

  it('GIVEN corpus or user text with mentions THEN every rendered string is neutralised', () => {
    const [[embed] = []] = renderEmbeds(
      reply({
        text: 'Hi @everyone',
        items: [{ text: 'ping <@123> and <@&456>', cites: [0] }],
        citations: [{ doc: '@here.txt', title: '@everyone news', date: null, snippet: '<@!789> said' }],
        entities: ['@here'],
      }),
    );
    const text = JSON.stringify(embed);
    expect(text).not.toMatch(/@(everyone|here)|<@[!&]?\d/);
  });

  it('GIVEN any reply THEN every message stays within Discord limits', () => {
    const text = fc.string({ unit: 'binary', maxLength: 3000 });
    const replyArb = fc.record({
      text,
      items: fc.array(fc.record({ text, cites: fc.array(fc.nat(30), { maxLength: 3 }) }), { maxLength: 40 }),
      more: fc.nat(100),
      citations: fc.array(
        fc.record({
          doc: fc.string({ maxLength: 300 }),
          title: fc.string({ maxLength: 400 }),
          date: fc.option(fc.string({ maxLength: 10 })),
          snippet: fc.string({ maxLength: 2000 }),
        }),
        { maxLength: 40 },
      ),
      entities: fc.array(fc.string({ maxLength: 200 }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(replyArb, fc.integer({ min: 1, max: 20 }), (fields, maxMessages) => {
        const messages = renderEmbeds(reply(fields as Partial<Reply>), { maxMessages });
        expect(messages.length).toBeLessThanOrEqual(maxMessages);
        expectWithinLimits(messages);
      }),
      { numRuns: 150 },
    );
  });
});

describe('GIVEN @everyone or @here in any text a reply carries', () => {
  it('THEN no text of any rendered message, embeds or buttons, can mention them', () => {
    fc.assert(
      fc.property(broadcastReply, (r) => {
        const shown = renderedStrings(renderReply(r), ['custom_id']);
        expect(shown.length).toBeGreaterThan(0);
        for (const { key, text } of shown) expect(text, key).not.toMatch(/@(everyone|here)/i);
      }),
      { numRuns: 100 },
    );
  });
});
