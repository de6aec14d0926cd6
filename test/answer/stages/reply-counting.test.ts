import { describe, expect, it } from 'vitest';
import { ReplyDraft } from '../../../src/answer/compose.js';
import { describeEventsSteps } from '../../../src/answer/restriction-texts.js';
import type { CorpusEvent } from '../../../src/corpus/types.js';
import type { Citation } from '../../../src/reply.js';
import { finish } from '../../../src/steps.js';

const citation = (n: number): Citation => ({
  doc: `d${n}.txt`,
  title: `D${n}`,
  date: null,
  snippet: `s${n}`,
});

describe('a reply about a much-named entity', () => {
  it('GIVEN more items than a reply shows THEN only shown items are cited, the rest counted once each', () => {
    const cited: number[] = [];
    const draft = new ReplyDraft('restriction', 'Lead');
    for (let n = 0; n < 200; n++)
      draft.itemCiting(`item ${n % 100}`, () => {
        cited.push(n);
        return [citation(n)];
      });
    const reply = draft.build(true, 100_000);
    expect(reply.items.length + reply.more).toBe(100);
    expect(cited).toEqual(reply.items.map((_, i) => i));
  });

  it('GIVEN itemCiting or item THEN the same reply', () => {
    const texts = Array.from({ length: 90 }, (_, n) => `thing ${n % 70}`);
    const lazy = new ReplyDraft('quotes', 'Lead');
    const eager = new ReplyDraft('quotes', 'Lead');
    texts.forEach((text, n) => {
      lazy.itemCiting(text, () => [citation(n)]);
      eager.item(text, citation(n));
    });
    expect(lazy.build()).toEqual(eager.build());
  });

  it('GIVEN events that read alike THEN they share one text id', () => {
    const event = (actor: string, action: string): CorpusEvent =>
      ({
        actors: [actor],
        targets: [],
        action,
        source: action,
        negated: false,
        date: null,
      }) as unknown as CorpusEvent;
    const { texts, idOf } = finish(
      describeEventsSteps([event('a', 'paused X'), event('b', 'paused X'), event('a', 'paused X')], (id) =>
        id.toUpperCase(),
      ),
    );
    expect(texts).toEqual(['A: paused X', 'B: paused X']);
    expect([...idOf]).toEqual([0, 1, 0]);
  });
});
