// Reply → Block Kit: pure functions checked against Slack's limits and its mention syntax.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../adapters/slack/render-reply.js';
import type { Reply } from '../../src/index.js';
import { broadcastReply, renderedStrings, textWithBroadcast } from '../support/broadcast-replies.js';

type Block = ReturnType<typeof renderReply>['blocks'][number];

const reply = (over: Partial<Reply> = {}): Reply => ({
  kind: 'search',
  found: true,
  text: 'Two actors restricted Huawei:',
  items: [
    { text: 'The US banned it.', cites: [0] },
    { text: 'Japan limited purchases.', cites: [1, 7] },
  ],
  more: 0,
  citations: [
    { doc: 'a.txt', title: 'US ban', date: '2019-05-15', snippet: 'The US banned Huawei.' },
    { doc: 'b.txt', title: 'Japan', date: null, snippet: 'Japan limited purchases.' },
  ],
  suggestions: ['who is Ren Zhengfei?'],
  entities: [],
  ...over,
});

/** Every text Slack displays, with the kind of field it sits in. */
function texts(blocks: Block[]): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const block of blocks) {
    if (block.type === 'section' && block.text) out.push({ where: 'section', text: block.text.text });
    if (block.type === 'context')
      for (const e of block.elements) if ('text' in e) out.push({ where: 'context', text: e.text });
    if (block.type === 'actions')
      for (const e of block.elements)
        if (e.type === 'button') out.push({ where: 'button', text: e.text.text });
  }
  return out;
}

const buttons = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).filter((e) => e.type === 'button');

describe('renderReply', () => {
  it('renders the lead, the items with citation marks, and the sources with title, date and snippet', () => {
    const { blocks, text } = renderReply(reply());
    const shown = texts(blocks).map((t) => t.text);
    expect(shown[0]).toBe(
      'Two actors restricted Huawei:\n• The US banned it. [1]\n• Japan limited purchases. [2]',
    );
    expect(shown[1]).toBe('*[1]* *US ban* · 2019-05-15\n“The US banned Huawei.”');
    expect(shown[2]).toBe('*[2]* *Japan*\n“Japan limited purchases.”');
    expect(text).toContain('- The US banned it.');
  });

  it('escapes &, < and > everywhere, so <!channel>, <!here> and <@U…> never ping', () => {
    const evil = 'R&D <!channel> <!here> <!everyone> <@U123> <!subteam^S1> <http://x|y>';
    const { blocks, text } = renderReply(
      reply({
        text: evil,
        items: [{ text: evil, cites: [0] }],
        citations: [{ doc: evil, title: evil, date: evil, snippet: evil }],
      }),
      { question: evil, share: evil },
    );
    for (const shown of [
      text,
      ...texts(blocks)
        .filter((t) => t.where !== 'button')
        .map((t) => t.text),
    ]) {
      expect(shown).not.toMatch(/[<>]/);
    }
    expect(texts(blocks)[0]?.text).toContain('R&amp;D &lt;!channel&gt;');
  });

  it('repeats the question and offers "Share in channel" on a private answer', () => {
    const { blocks } = renderReply(reply(), { question: 'who banned Huawei?', share: 'who banned Huawei?' });
    expect(texts(blocks)[0]?.text).toBe('*You asked:* who banned Huawei?');
    const share = buttons(blocks).find((b) => b.action_id === 'dossier_share');
    expect(share?.value).toBe('who banned Huawei?');
    expect(buttons(renderReply(reply()).blocks).map((b) => b.action_id)).not.toContain('dossier_share');
  });

  it('gives each suggestion its own action id and carries its text as the value', () => {
    const suggestions = ['a?', 'b?', 'c?', 'd?', 'e?', 'f?'];
    const ids = buttons(renderReply(reply({ suggestions })).blocks)
      .filter((b) => b.action_id?.startsWith('dossier_suggest_'))
      .map((b) => [b.action_id, b.value]);
    expect(ids).toEqual(suggestions.slice(0, 5).map((s, i) => [`dossier_suggest_${i}`, s]));
  });

  it('offers 👍/👎 on answers but not on help or errors', () => {
    const feedback = (r: Reply) =>
      buttons(renderReply(r).blocks).filter((b) => b.action_id?.includes('feedback'));
    expect(feedback(reply())).toHaveLength(2);
    expect(feedback(reply({ kind: 'help' }))).toHaveLength(0);
    expect(feedback(reply({ kind: 'invalid' }))).toHaveLength(0);
  });

  it('says how many items were left out', () => {
    expect(texts(renderReply(reply({ more: 4 })).blocks)[0]?.text).toContain('_…and 4 more._');
  });

  it('cuts an answer too long for 50 blocks and says so, keeping sources and buttons', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ text: `${'x'.repeat(2900)} ${i}`, cites: [0] }));
    const { blocks } = renderReply(reply({ items }), { question: 'q', share: 'q' });
    expect(blocks).toHaveLength(50);
    expect(texts(blocks).some((t) => t.text.includes('did not fit'))).toBe(true);
    expect(texts(blocks).some((t) => t.text.includes('US ban'))).toBe(true);
    expect(buttons(blocks).map((b) => b.action_id)).toContain('dossier_share');
  });

  it('stays within every Slack limit whatever the reply holds', () => {
    const citation = fc.record({
      doc: fc.string(),
      title: fc.string({ maxLength: 400 }),
      date: fc.option(fc.string()),
      snippet: fc.string({ maxLength: 5000 }),
    });
    const anyReply = fc.record({
      text: fc.string({ maxLength: 7000 }),
      items: fc.array(
        fc.record({
          text: fc.string({ maxLength: 4000 }),
          cites: fc.array(fc.integer({ min: -2, max: 200 }), { maxLength: 5 }),
        }),
        { maxLength: 80 },
      ),
      more: fc.nat(1000),
      citations: fc.array(citation, { maxLength: 150 }),
      suggestions: fc.array(fc.string({ maxLength: 300 }), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(anyReply, fc.option(fc.string({ maxLength: 4000 })), (parts, question) => {
        const options = question === null ? {} : { question, share: question };
        const { blocks, text } = renderReply(reply(parts), options);
        expect(blocks.length).toBeLessThanOrEqual(50);
        expect(text.length).toBeLessThanOrEqual(3000);
        for (const t of texts(blocks)) {
          expect(t.text.length).toBeGreaterThan(0);
          expect(t.text.length).toBeLessThanOrEqual(t.where === 'button' ? 75 : 3000);
          // Button labels are plain_text, never parsed: only mrkdwn must be free of < and >.
          if (t.where !== 'button') expect(t.text).not.toMatch(/[<>]/);
        }
        for (const block of blocks) {
          if (block.type === 'context') expect(block.elements.length).toBeLessThanOrEqual(10);
          if (block.type === 'actions') expect(block.elements.length).toBeLessThanOrEqual(25);
        }
        for (const b of buttons(blocks)) expect((b.value ?? '').length).toBeLessThanOrEqual(2000);
      }),
      { numRuns: 60 },
    );
  });
});

describe('GIVEN @channel, @here or @everyone in any text a reply carries', () => {
  it('THEN no rendered text can mention them, and every mrkdwn text object is verbatim', () => {
    fc.assert(
      fc.property(broadcastReply, textWithBroadcast, (r, question) => {
        const message = renderReply(r, { question, share: question });
        const shown = renderedStrings(message, ['value', 'action_id', 'type', 'style']);
        expect(shown.length).toBeGreaterThan(0);
        for (const { key, text } of shown) expect(text, key).not.toMatch(/@(channel|here|everyone)/i);
        const mrkdwn = renderedObjects(message.blocks).filter((o) => o.type === 'mrkdwn');
        expect(mrkdwn.length).toBeGreaterThan(0);
        for (const object of mrkdwn) expect(object.verbatim, String(object.text)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

function renderedObjects(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(renderedObjects);
  if (!value || typeof value !== 'object') return [];
  return [value as Record<string, unknown>, ...Object.values(value).flatMap(renderedObjects)];
}
