// Replies whose every text field (from the corpus or a user) holds @channel, @here or @everyone in
// some spelling, and a walk over everything a renderer produced, for the mention tests.
import fc from 'fast-check';
import type { Reply } from '../../src/index.js';

const broadcast = fc.constantFrom('@channel', '@here', '@everyone', '@Channel', '@HERE', '@EveryOne');
/** Text with a broadcast word somewhere: alone, inside a sentence, or glued to other characters. */
export const textWithBroadcast = fc
  .tuple(fc.string({ maxLength: 40 }), broadcast, fc.string({ maxLength: 40 }))
  .map(([before, word, after]) => `${before}${word}${after}`);

export const broadcastReply: fc.Arbitrary<Reply> = fc.record({
  kind: fc.constantFrom('search', 'quotes', 'who', 'not-found', 'on-this-day'),
  found: fc.boolean(),
  text: textWithBroadcast,
  items: fc.array(fc.record({ text: textWithBroadcast, cites: fc.constant([0]) }), {
    minLength: 1,
    maxLength: 4,
  }),
  more: fc.nat(3),
  citations: fc.array(
    fc.record({
      doc: textWithBroadcast,
      title: textWithBroadcast,
      date: fc.option(textWithBroadcast, { nil: null }),
      snippet: textWithBroadcast,
    }),
    { minLength: 1, maxLength: 3 },
  ),
  suggestions: fc.array(textWithBroadcast, { minLength: 1, maxLength: 3 }),
  entities: fc.array(textWithBroadcast, { maxLength: 3 }),
}) as fc.Arbitrary<Reply>;

/** Every string in a rendered value with the key it sits under, skipping keys never displayed. */
export function renderedStrings(value: unknown, hidden: string[], key = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return hidden.includes(key) ? [] : [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((v) => renderedStrings(v, hidden, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => renderedStrings(v, hidden, k));
  return [];
}
