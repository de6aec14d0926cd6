// The English calendar's words, once: months (full and short), weekdays (full and short).

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

export const WEEKDAY_ABBREVIATIONS = [
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
];

/** The month's number, 1-12, of a full month name in any case; 0 for anything else. */
export function monthNumber(word: string): number {
  return (MONTHS as readonly string[]).indexOf(word.toLowerCase()) + 1;
}

/** Whether a date as written puts its month before the day ("April 15", "Apr. 15th") or after it
 * ("15 April"); undefined when it writes no day of a month. */
export function monthOrder(phrase: string): 'month-first' | 'day-first' | undefined {
  const tokens = phrase
    .toLowerCase()
    .split(/[\s,]+/)
    .map((t) => t.replace(/\.$/, ''));
  const at = tokens.findIndex((t) => monthNumber(t) > 0 || MONTH_ABBREVIATIONS.includes(t));
  const day = (t: string | undefined) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(t ?? '');
  if (at < 0) return undefined;
  if (day(tokens[at + 1])) return 'month-first';
  return day(tokens[at - 1]) ? 'day-first' : undefined;
}

/** A full month or weekday name, in any case. */
export function isCalendarWord(word: string): boolean {
  const lower = word.toLowerCase();
  return monthNumber(lower) > 0 || (WEEKDAYS as readonly string[]).includes(lower);
}

/**
 * The years a period names: "16th century" → 1501…1600, "1560s" → 1560…1569. `ordinal` is the
 * word before "century" ("16th") or a decade ("1560s"); undefined when it is neither.
 */
export function yearsOf(ordinal: string, beforeCentury: boolean): number[] | undefined {
  const century = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(ordinal);
  if (century && beforeCentury) {
    const n = Number(century[1]);
    return n >= 1 && n <= 21 ? Array.from({ length: 100 }, (_, i) => (n - 1) * 100 + 1 + i) : undefined;
  }
  const decade = /^(1\d\d|20\d)0s$/.exec(ordinal);
  return decade ? Array.from({ length: 10 }, (_, i) => Number(decade[1]) * 10 + i) : undefined;
}

const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** A business quarter's short code written out: "Q2" → "second quarter"; undefined for any other
 * word. Results are reported in both spellings, and asked in either. */
export function quarterOf(word: string): string | undefined {
  const n = /^q([1-4])$/i.exec(word)?.[1];
  return n ? `${ORDINALS[Number(n) - 1]} quarter` : undefined;
}
