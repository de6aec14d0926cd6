// PartialDate construction and the little civil-calendar arithmetic date extraction needs.
// Calendar maths runs on UTC midnights so the host time zone can never shift a day.
import type { PartialDate } from './types.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Builds a PartialDate whose precision is what was given: year, year+month or year+month+day.
 * Throws a RangeError on impossible input (month 13, day 31 in April, a day without a month),
 * because a malformed date in the knowledge model is a programming error, not a text problem.
 */
export function partialDate(year: number, month?: number, day?: number): PartialDate {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`bad year ${year}`);
  if (month === undefined) {
    if (day !== undefined) throw new RangeError('a day needs a month');
    return { year, precision: 'year', iso: pad(year, 4) };
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`bad month ${month}`);
  if (day === undefined) return { year, month, precision: 'month', iso: `${pad(year, 4)}-${pad(month, 2)}` };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`bad day ${year}-${month}-${day}`);
  }
  return { year, month, day, precision: 'day', iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** A calendar day as plain numbers (month 1-12). */
export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/** "2019-01-23" to a CivilDay, or null when the string is not a real ISO calendar day. */
export function parseIsoDay(iso: string | null): CivilDay | null {
  const match = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function addDays(date: CivilDay, days: number): CivilDay {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday, as in Date#getDay and chrono's weekday component. */
export function weekdayOf(date: CivilDay): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Negative when a is before b, zero on the same day. */
export function compareDays(a: CivilDay, b: CivilDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function dayDate(date: CivilDay): PartialDate {
  return partialDate(date.year, date.month, date.day);
}

/**
 * A span of days as a month when it lies within one calendar month, else null: our model has no
 * week precision, and widening to a year would claim more than the text says.
 */
export function spanAsMonth(first: CivilDay, last: CivilDay): PartialDate | null {
  if (first.year !== last.year || first.month !== last.month) return null;
  return partialDate(first.year, first.month);
}
