// Resolving expressions that only mean something against the article's publication day.
// News is mostly written about the past, so an unstated year or a bare weekday means the most
// recent one; "next"/"coming" point forward. Weeks run Monday to Sunday (ISO 8601).
import { addDays, type CivilDay, compareDays, daysInMonth, spanAsMonth, weekdayOf } from './partial-date.js';
import type { PartialDate } from './types.js';

export type Direction = 'before' | 'after' | 'this';

/** Which way a modifier points: "next Friday" after, "this Friday" this week, else before. */
export function directionOf(phrase: string): Direction {
  if (/\b(?:next|coming)\b/i.test(phrase)) return 'after';
  if (/\bthis\b/i.test(phrase)) return 'this';
  return 'before';
}

function mondayOf(day: CivilDay): CivilDay {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

/**
 * "on Wednesday": the most recent Wednesday on or before the published day (wire stories name
 * their own day by its weekday: "said on Thursday" in Thursday's story); "next Wednesday": the first one after it; "this Wednesday": the one in
 * the published day's week.
 */
export function resolveWeekday(
  weekday: number,
  direction: Direction,
  published: CivilDay,
  updated?: CivilDay,
): CivilDay {
  // "Posted Friday, updated Saturday": "said on Saturday" is the day of the update, not a week back.
  if (
    updated &&
    direction === 'before' &&
    weekdayOf(updated) === weekday &&
    compareDays(updated, published) > 0 &&
    compareDays(updated, addDays(published, 7)) < 0
  )
    return updated;
  const offset = weekdayOf(published);
  if (direction === 'this') return addDays(mondayOf(published), (weekday + 6) % 7);
  if (direction === 'after') return addDays(published, (weekday - offset + 7) % 7 || 7);
  return addDays(published, -((offset - weekday + 7) % 7));
}

/**
 * The year of a month (and day) written without one: the latest such date not after the published
 * day (news reports the past), or the first not before it when the sentence speaks of the future,
 * unless a stated weekday only fits the year before or after ("Friday, December 7").
 */
export function inferYear(
  month: number,
  day: number | undefined,
  published: CivilDay,
  weekday?: number,
  future = false,
): number {
  const candidate = (year: number): CivilDay => ({ year, month, day: day ?? 1 });
  const ahead = (year: number): CivilDay => ({ year, month, day: day ?? daysInMonth(year, month) });
  const notAfter = future
    ? compareDays(ahead(published.year), published) >= 0
      ? published.year
      : published.year + 1
    : compareDays(candidate(published.year), published) <= 0
      ? published.year
      : published.year - 1;
  if (day === undefined || weekday === undefined) return notAfter;
  const fits = (year: number): boolean => {
    const date = candidate(year);
    // Feb 29 in a non-leap year rolls over in Date.UTC; treat it as not fitting.
    return addDays(date, 0).day === day && weekdayOf(date) === weekday;
  };
  for (const year of [notAfter, notAfter + 1, notAfter - 1]) if (fits(year)) return year;
  return notAfter;
}

/**
 * Week and weekend phrases ("last week", "two weeks ago", "over the weekend") as a month when the
 * whole span lies in one month, else null: our model has no week precision and must not guess.
 * `anchor` is the day chrono computed for "N weeks ago".
 */
export function resolveWeekPhrase(
  phrase: string,
  published: CivilDay,
  anchor: CivilDay | null,
): PartialDate | null {
  const text = phrase.toLowerCase();
  const direction = directionOf(text);
  if (/\bweekend\b/.test(text)) {
    const saturday =
      direction === 'after' || (direction === 'this' && weekdayOf(published) % 6 !== 0)
        ? resolveWeekday(6, 'after', published)
        : resolveWeekday(6, 'before', addDays(published, 1));
    return spanAsMonth(saturday, addDays(saturday, 1));
  }
  if (/\bago\b/.test(text)) {
    if (anchor === null) return null;
    const monday = mondayOf(anchor);
    return spanAsMonth(monday, addDays(monday, 6));
  }
  if (/\bpast\s+week\b/.test(text)) return spanAsMonth(addDays(published, -7), addDays(published, -1));
  const shift = /\b(?:last|previous)\s+week\b/.test(text) ? -7 : direction === 'after' ? 7 : 0;
  if (shift === 0 && direction !== 'this') return null;
  const monday = addDays(mondayOf(published), shift);
  return spanAsMonth(monday, addDays(monday, 6));
}
