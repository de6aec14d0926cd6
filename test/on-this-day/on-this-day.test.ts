import { describe, expect, it } from 'vitest';
import { onThisDay } from '../../src/on-this-day/on-this-day.js';
import { seedLikeCorpus } from './corpus-fixture.js';

describe('onThisDay', () => {
  const corpus = seedLikeCorpus();

  it('lists the article published on that month and day, once, with a verbatim snippet', () => {
    const result = onThisDay(corpus, '12-12');
    expect(result.date).toBe('12-12');
    expect(result.items).toHaveLength(1);
    const [item] = result.items;
    expect(item).toMatchObject({
      date: '2018-12-12',
      doc: 'ansip.txt',
      title: 'Huawei hits back at security allegations',
    });
    expect(item?.text).toBe('Huawei hits back at security allegations');
    // The lead sentence, not the repeated title.
    expect(item?.snippet).toMatch(/^Huawei has hit back at security allegations made against/);
    expect(corpus.sentences.map((s) => s.text)).toContain(item?.snippet);
    expect(result.nearest).toEqual([]);
  });

  it('lists day-precise events and mentions of undated articles, their sentence as summary', () => {
    const result = onThisDay(corpus, '12-01');
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      date: '2018-12-01',
      doc: 'undated.txt',
      title: 'Huawei Deny Spying Risk',
    });
    expect(result.items[0]?.snippet).toBe(
      'On 1 December 2018 Meng Wanzhou was arrested in Vancouver at the request of the United States.',
    );
  });

  it('never presents a month-precision date as a day', () => {
    // "In December, 2018" has no day: no month-day may pick it up.
    for (const monthDay of ['12-01', '12-11', '12-12', '12-31']) {
      const texts = onThisDay(corpus, monthDay).items.map((item) => item.snippet);
      expect(texts.some((t) => t.startsWith('In December, 2018'))).toBe(false);
    }
  });

  it('orders items by year', () => {
    const many = seedLikeCorpus();
    many.documents[1] = { ...(many.documents[1] as (typeof many.documents)[number]), date: '2017-12-12' };
    expect(onThisDay(many, '12-12').items.map((item) => item.date)).toEqual(['2017-12-12', '2018-12-12']);
  });

  it('fills nearest only when the day is empty, closest first, within the window', () => {
    const result = onThisDay(corpus, '12-14');
    expect(result.items).toEqual([]);
    expect(result.nearest.map((item) => item.date)).toEqual(['2018-12-12', '2018-12-11']);
  });

  it('wraps round the year end when measuring distance', () => {
    // From 31 December: 12-12 is 19 days back, 12-11 is 20, 01-23 is 23 days ahead over new year.
    const result = onThisDay(corpus, '12-31', { nearestWindowDays: 25 });
    expect(result.nearest.map((item) => item.date)).toEqual(['2018-12-12', '2018-12-11', '2019-01-23']);
  });

  it('widens to the closest dated day when nothing lies within the window', () => {
    const result = onThisDay(corpus, '07-04');
    expect(result.items).toEqual([]);
    expect(result.nearest.length).toBeGreaterThan(0);
    // 06-?? none; the closest to 4 July is 29 February (126 days) before 1 December (150 days).
    expect(result.nearest.map((item) => item.date)).toEqual(['2016-02-29']);
  });

  it('keeps 29 February items for 02-28 only in a non-leap year the caller names', () => {
    expect(onThisDay(corpus, '02-28').items).toEqual([]);
    expect(onThisDay(corpus, '02-28', { year: 2024 }).items).toEqual([]);
    expect(onThisDay(corpus, '02-28', { year: 2025 }).items.map((i) => i.date)).toEqual(['2016-02-29']);
    expect(onThisDay(corpus, '02-29').items.map((i) => i.date)).toEqual(['2016-02-29']);
  });

  it('answers an empty corpus with nothing at all', () => {
    const empty = { ...corpus, documents: [], sentences: [], events: [], dates: [] };
    expect(onThisDay(empty, '12-12')).toEqual({ date: '12-12', items: [], nearest: [] });
  });
});
