import { describe, expect, it } from 'vitest';
import { onThisDay } from '../../src/on-this-day/on-this-day.js';
import { MAX_POST_ITEMS, onThisDayReply } from '../../src/on-this-day/on-this-day-reply.js';
import type { OnThisDayItem } from '../../src/on-this-day/types.js';
import { replyToPlainText } from '../../src/reply.js';
import { seedLikeCorpus } from './corpus-fixture.js';

const corpus = seedLikeCorpus();

describe('onThisDayReply', () => {
  it('leads with the day and gives each item its year and a citation', () => {
    const reply = onThisDayReply(onThisDay(corpus, '12-12'), 'skip');
    expect(reply.kind).toBe('on-this-day');
    expect(reply.found).toBe(true);
    expect(reply.text).toBe('On this day, 12 December:');
    expect(reply.items).toEqual([{ text: '2018: Huawei hits back at security allegations', cites: [0] }]);
    expect(reply.citations[0]).toMatchObject({ doc: 'ansip.txt', date: '2018-12-12' });
  });

  it('labels nearest items as nearest, each with its full date', () => {
    const reply = onThisDayReply(onThisDay(corpus, '12-14'), 'nearest');
    expect(reply.found).toBe(true);
    expect(replyToPlainText(reply).split('\n')).toEqual([
      'Nothing on 14 December. Nearest in the archive:',
      '- 12 December 2018: Huawei hits back at security allegations',
      '- 11 December 2018: On 11 December 2018 Ansip warned about Huawei at a press conference.',
    ]);
  });

  it('shows nothing for an empty day under the skip policy, with a hint to the nearest day', () => {
    const reply = onThisDayReply(onThisDay(corpus, '07-04'), 'skip');
    expect(reply.found).toBe(false);
    expect(reply.items).toEqual([]);
    expect(reply.text).toBe('Nothing in the archive for 4 July.');
    expect(reply.suggestions).toEqual(['onthisday 02-29']);
  });

  it('is not found under the nearest policy when the archive has no dated item at all', () => {
    const reply = onThisDayReply({ date: '07-04', items: [], nearest: [] }, 'nearest');
    expect(reply.found).toBe(false);
    expect(reply.suggestions).toEqual([]);
  });

  it('cuts a long day short and counts the rest', () => {
    const items: OnThisDayItem[] = Array.from({ length: MAX_POST_ITEMS + 3 }, (_, i) => ({
      date: `${2000 + i}-05-01`,
      title: `T${i}`,
      text: `Item ${i}`,
      doc: `d${i}.txt`,
      snippet: `Snippet ${i}.`,
    }));
    const reply = onThisDayReply({ date: '05-01', items, nearest: [] }, 'skip');
    expect(reply.items).toHaveLength(MAX_POST_ITEMS);
    expect(reply.citations).toHaveLength(MAX_POST_ITEMS);
    expect(reply.more).toBe(3);
  });
});
