// Date expressions in article text, each as precise as the words make it and never more:
// "in December 2018" is a month, "since 1987" a year, "yesterday" a day only when the article's
// own date is known. chrono-node recognises; bare years and the filters are ours.
import { findBareYears } from './bare-years.js';
import { chronoDates } from './chrono-dates.js';
import { parseIsoDay, partialDate } from './partial-date.js';
import type { PartialDate } from './types.js';

export { partialDate } from './partial-date.js';

export interface DateMatch {
  /** The words that gave the date, verbatim: "In December, 2018", "yesterday", "since 1987". */
  phrase: string;
  /** Offset of `phrase` in the text. */
  index: number;
  date: PartialDate;
  /** true when the date was worked out from the publication date ("last year", "on Wednesday"). */
  relative: boolean;
}

/** Longer texts are cut here: a sentence is far shorter, and chrono's work grows with length. */
export const MAX_TEXT_CHARS = 5000;

const overlaps = (spans: Array<[number, number]>, start: number, end: number): boolean =>
  spans.some(([from, to]) => start < to && from < end);

/**
 * Every date expression in a sentence, in text order. `published` is the article's date
 * "YYYY-MM-DD" or null; with null (or an invalid date) relative expressions yield nothing.
 * `updated`, the day the article was last updated, is the day a weekday may name too.
 * A range ("12 to 14 December 2018") yields one match per end, sharing the phrase.
 */
export function extractDates(text: string, published: string | null, updated?: string | null): DateMatch[] {
  const bounded = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  const publishedDay = parseIsoDay(published);
  const { matches, spans } = chronoDates(bounded, publishedDay, parseIsoDay(updated ?? null) ?? undefined);
  for (const bare of findBareYears(bounded)) {
    const yearEnd = bare.yearIndex + 4;
    if (overlaps(spans, bare.yearIndex, yearEnd)) continue;
    matches.push({ phrase: bare.phrase, index: bare.index, date: partialDate(bare.year), relative: false });
  }
  return matches.sort((a, b) => a.index - b.index);
}

/**
 * A publication date written in any common format ("January 23rd, 2019", "23 Jan 2019",
 * "2019-01-23", "Published: 5 March 2020 10:31 GMT", "13/5/2020") as "YYYY-MM-DD", or null.
 * Only a date stating day, month and year counts; "3/5/2020" (m/d or d/m?) does not.
 */
export function parsePublicationDate(text: string): string | null {
  const match = extractDates(text, null).find((m) => m.date.precision === 'day' && !m.relative);
  return match ? match.date.iso : null;
}
