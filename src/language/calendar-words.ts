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

/** A full month or weekday name, in any case. */
export function isCalendarWord(word: string): boolean {
  const lower = word.toLowerCase();
  return monthNumber(lower) > 0 || (WEEKDAYS as readonly string[]).includes(lower);
}
