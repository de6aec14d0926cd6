import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { MAY_HOLD_DATE } from '../../src/corpus/chrono-dates.js';
import { extractDates, parsePublicationDate, partialDate } from '../../src/corpus/extract-dates.js';
import { parseCorpus } from '../../src/index.js';

// A Wednesday, the date of one corpus article.
const PUB = '2019-01-23';

/** The dates found, as "iso/precision" with a "~" for relative ones: compact and exact. */
const dates = (text: string, published: string | null = PUB): string[] =>
  extractDates(text, published).map((m) => `${m.date.iso}/${m.date.precision}${m.relative ? '~' : ''}`);

describe('extractDates: absolute dates with day precision', () => {
  it.each([
    ['December 12, 2018', '2018-12-12'],
    ['the meeting on 12 December 2018 ended', '2018-12-12'],
    ['Dec. 12, 2018', '2018-12-12'],
    ['filed 2018-12-12 in court', '2018-12-12'],
    ['January 23rd, 2019', '2019-01-23'],
    ['Huawei spoke on 5 March 2020 in Brussels', '2020-03-05'],
  ])('GIVEN "%s" THEN day %s', (text, iso) => {
    expect(dates(text)).toEqual([`${iso}/day`]);
  });

  it('GIVEN "on 5 March 2020" THEN the phrase and index point at the words in the sentence', () => {
    const text = 'Huawei spoke on 5 March 2020 in Brussels';
    const [match] = extractDates(text, null);
    expect(match?.phrase).toBe('on 5 March 2020');
    expect(text.slice(match?.index ?? -1).startsWith('on 5 March 2020')).toBe(true);
    expect(match?.date).toEqual({ year: 2020, month: 3, day: 5, precision: 'day', iso: '2020-03-05' });
  });

  it('GIVEN a range "from 12 to 14 December 2018" THEN both ends are found', () => {
    expect(dates('talks from 12 to 14 December 2018')).toEqual(['2018-12-12/day', '2018-12-14/day']);
  });
});

describe('extractDates: partial dates keep their precision', () => {
  it('GIVEN "In March, 38 Conservative MPs voted" THEN no March of 2038: a number after a month and a comma counts', () => {
    expect(
      dates('In March, 38 Conservative MPs voted for the amendment.').some((d) => d.startsWith('2038')),
    ).toBe(false);
  });

  it('GIVEN "In December, 2018" THEN month precision 2018-12', () => {
    const [match] = extractDates('In December, 2018 UK telecoms company BT confirmed it', PUB);
    expect(match).toEqual({
      phrase: 'In December, 2018',
      index: 0,
      date: { year: 2018, month: 12, precision: 'month', iso: '2018-12' },
      relative: false,
    });
  });

  it.each([
    ['Also in December 2018, MI6 chief Alex Younger spoke', '2018-12/month'],
    ['At the end of 2019, intelligence was passed to us', '2019/year'],
    ['Huawei opened a lab in 2013 and grew', '2013/year'],
    ['Huawei has grown since 1987.', '1987/year'],
    ['Founded in 1987, the company is private.', '1987/year'],
    ['It was one of 2019’s biggest stories', '2019/year'],
    ['Rollout is planned for mid-2020', '2020/year'],
  ])('GIVEN "%s" THEN %s and no invented day or month', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it('GIVEN "between 2012 and 2015" THEN both years', () => {
    expect(dates('profits rose between 2012 and 2015')).toEqual(['2012/year', '2015/year']);
  });

  it('GIVEN a list "In 1999, 2000 and 2001" or a range "from 2012-2015" THEN every year', () => {
    expect(dates('In 1999, 2000 and 2001 it grew')).toEqual(['1999/year', '2000/year', '2001/year']);
    expect(dates('from 2012-2015')).toEqual(['2012/year', '2015/year']);
  });

  it('GIVEN "In 1999, 2000 people left" THEN 1999 only, not the head count', () => {
    expect(dates('In 1999, 2000 people left')).toEqual(['1999/year']);
  });

  it('GIVEN "Huawei (founded 1987)" THEN year 1987 with its cue as the phrase', () => {
    expect(extractDates('Huawei (founded 1987)', null).map((m) => m.phrase)).toEqual(['founded 1987']);
  });

  it('GIVEN an ambiguous "3/5/2020" THEN only the year it states', () => {
    expect(dates('Posted 3/5/2020', null)).toEqual(['2020/year']);
  });

  it('GIVEN an unambiguous "13/5/2020" THEN day 2020-05-13', () => {
    expect(dates('Posted 13/5/2020', null)).toEqual(['2020-05-13/day']);
  });
});

describe('extractDates: relative to the published date', () => {
  it.each([
    ['Yesterday, Commissioner Ansip expressed concern', '2019-01-22/day~'],
    ['Huawei said today that it disagrees', '2019-01-23/day~'],
    ['The EU on Wednesday published new guidelines', '2019-01-23/day~'],
    ['It will answer next Wednesday', '2019-01-30/day~'],
    ['Sales fell last year', '2018/year~'],
    ['Profits fell last month', '2018-12/month~'],
    ['He said so earlier this month', '2019-01/month~'],
    ['The arrests took place last week', '2019-01/month~'],
    ['It happened two weeks ago', '2019-01/month~'],
    ['The EU met in March', '2018-03/month~'],
    ['The EU met in January', '2019-01/month~'],
    ['Talks on Friday, December 7 failed', '2018-12-07/day~'],
    // The future, said with a verb of expecting: the next such month.
    ['The company expects a ruling by June', '2019-06/month~'],
    ['The regulator is expected to rule in March', '2019-03/month~'],
    ['A second phase, taking effect March 12, would ban the hosting', '2019-03-12/day~'],
    ['The rules, due to take effect on March 12th, bar exports', '2019-03-12/day~'],
    ['The ban will take years to complete: new purchases are barred from Sept. 1', '2019-09-01/day~'],
    // (A "would" far from the month is about something else: reported words.)
    [
      'In March, ministers decided the firm could supply masts but would be excluded from the core',
      '2018-03/month~',
    ],
    // (A "would" in the reported clause after "that" is about what was said, not the day.)
    ['The firm said at the January 9 launch that the software would reach phones soon', '2019-01-09/day~'],
  ])('GIVEN "%s" published 2019-01-23 THEN %s', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it('GIVEN "In May, Theresa May said" THEN the month once, phrase without the comma, and not the name', () => {
    const found = extractDates('In May, Theresa May said no', PUB);
    expect(found.map((m) => [m.phrase, m.date.iso])).toEqual([['In May', '2018-05']]);
  });

  it('GIVEN "from Monday to Wednesday" on a Wednesday THEN both ends fall in that week', () => {
    expect(dates('talks ran from Monday to Wednesday')).toEqual(['2019-01-21/day~', '2019-01-23/day~']);
  });

  it('GIVEN "last week" when that week straddles two months THEN nothing (no week precision)', () => {
    // Published Monday 2019-03-04: last week ran from 25 February to 3 March.
    expect(dates('The arrests took place last week', '2019-03-04')).toEqual([]);
  });

  it('GIVEN "in March" with no published date THEN nothing', () => {
    expect(dates('The EU met in March', null)).toEqual([]);
  });

  it.each(['yesterday', 'last year', 'on Wednesday', 'last week', 'on Jan 23', 'earlier this month'])(
    'GIVEN "%s" with no published date THEN nothing is invented',
    (phrase) => {
      expect(dates(`Huawei said it ${phrase}.`, null)).toEqual([]);
    },
  );

  it('GIVEN an invalid published date THEN relative expressions yield nothing', () => {
    expect(dates('Sales fell last year', '2019-02-30')).toEqual([]);
  });
});

describe('extractDates: false positives', () => {
  it.each([
    'Huawei builds 5G networks and upgraded 4G ones',
    'Huawei has 180,000 employees in 20 countries',
    '2 min',
    'The briefing began at 10:31',
    'Open VLD wants a debate',
    'he may go to Brussels',
    'Theresa May said no',
    'Theresa May, who leads the government, spoke',
    'Huawei ran 240 technical cooperation projects',
    'He is 45 years old',
    'Plans to create up to 2000 jobs',
    'a fine of 2000 euros',
    'The Sun reported the story',
    'According to the Sunday Times, Huawei agreed',
    'we sat on the report',
    'support is available 24/7',
    'the day before, Huawei agreed',
    'talks went on for 20 years',
    'a few weeks ago',
    'an august body in march',
    'sales grew over the past year',
    'Huawei opened a 2019 lab',
  ])('GIVEN "%s" THEN no date', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('GIVEN a 200 KB string THEN a single call returns without throwing', () => {
    const text = 'Huawei said on 5 March 2020 that 5G in 2019 grew. '.repeat(4200);
    expect(text.length).toBeGreaterThan(200_000);
    const found = extractDates(text, PUB);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m.index < 5000)).toBe(true);
  });
});

describe('parsePublicationDate', () => {
  it.each([
    ['January 23rd, 2019', '2019-01-23'],
    ['December 12, 2018', '2018-12-12'],
    ['23 Jan 2019', '2019-01-23'],
    ['2019-01-23', '2019-01-23'],
    ['Published: 5 March 2020 10:31 GMT', '2020-03-05'],
    ['Updated Feb. 3, 2020', '2020-02-03'],
    ['13/5/2020', '2020-05-13'],
    ['2019-01-23T10:31:00Z', '2019-01-23'],
  ])('GIVEN "%s" THEN %s', (text, iso) => {
    expect(parsePublicationDate(text)).toBe(iso);
  });

  it.each(['3/5/2020', 'December 2018', 'Stephen Gadd', 'yesterday', 'March 5', '2 min'])(
    'GIVEN "%s" THEN null (day, month and year are not all stated)',
    (text) => {
      expect(parsePublicationDate(text)).toBeNull();
    },
  );
});

describe('partialDate', () => {
  it('GIVEN year, month and day THEN the iso string has the matching precision', () => {
    expect(partialDate(2018)).toEqual({ year: 2018, precision: 'year', iso: '2018' });
    expect(partialDate(2018, 12)).toEqual({ year: 2018, month: 12, precision: 'month', iso: '2018-12' });
    expect(partialDate(2018, 2, 3).iso).toBe('2018-02-03');
  });

  it('GIVEN an impossible date THEN a RangeError', () => {
    expect(() => partialDate(2019, 2, 29)).toThrow(RangeError);
    expect(() => partialDate(2019, 13)).toThrow(RangeError);
    expect(() => partialDate(2019, undefined, 5)).toThrow(RangeError);
  });
});

describe('GIVEN the sentences chrono is not run on (no digit, no date word)', () => {
  const files = ['corpus', 'test/fixtures/articles'].flatMap((dir) =>
    readdirSync(dir).map((name) => ({ file: name, bytes: readFileSync(join(dir, name)) })),
  );
  const sentences = parseCorpus(files).sentences.map((s) => s.text);
  const skipped = sentences.filter((text) => !MAY_HOLD_DATE.test(text));

  it('THEN chrono finds no date in any of them, on the seed and fixture articles', () => {
    expect(skipped.filter((text) => chrono.casual.parse(text, new Date(2019, 0, 23, 12)).length > 0)).toEqual(
      [],
    );
  });

  it('THEN they are a good share of all sentences (the point of the test above)', () => {
    expect(skipped.length / sentences.length).toBeGreaterThan(0.25);
  });

  it.each([
    'in a week',
    'two years ago',
    'last Thursday',
    'at noon',
    'Sept. 5',
    'this morning',
    'since 1987',
  ])('GIVEN "%s" THEN chrono runs on it', (text) => expect(MAY_HOLD_DATE.test(text)).toBe(true));
});

describe('extractDates: the day an article was updated', () => {
  it('GIVEN a story posted Friday 19 July 2024 and updated Saturday THEN "said on Saturday" is the 20th, not a week back', () => {
    const day = (updated?: string) =>
      extractDates('Microsoft, which said on Saturday it was helping customers.', '2024-07-19', updated)[0]
        ?.date.iso;
    expect(day('2024-07-20')).toBe('2024-07-20');
    expect(day()).toBe('2024-07-13');
    // "On Thursday" is still the day before the posting.
    expect(extractDates('It failed on Thursday.', '2024-07-19', '2024-07-20')[0]?.date.iso).toBe(
      '2024-07-18',
    );
  });
});
