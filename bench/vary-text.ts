// Text rewrites for the generated corpus: swap names in one pass, and shift or reformat dates.
// Both are single regex passes over literal alternatives (linear time), so no rewrite is applied twice.
import { MONTHS } from './variation-lists.js';

export type DateStyle = 'keep' | 'day-month' | 'month-day';

export interface DateShift {
  years: number;
  days: number;
  /** How written dates ("March 5, 2020") are printed after the shift; ISO dates stay ISO. */
  style: DateStyle;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Letters that carry no combining mark, so NFD leaves them alone.
const PLAIN: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i' };

/** Strips accents, so "Małgorzata Wiśniewska" and the typed "malgorzata wisniewska" meet. */
export const foldAccents = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁøØđĐı]/g, (letter) => PLAIN[letter] ?? letter);

/** Replaces whole-word occurrences of each key by its value; longer keys win over their prefixes. */
export function createReplacer(
  pairs: Iterable<[string, string]>,
  ignoreCase = false,
): (text: string) => string {
  const key = (text: string): string => (ignoreCase ? text.toLowerCase() : text);
  const lookup = new Map<string, string>();
  for (const [from, to] of pairs) if (from.length > 0 && from !== to) lookup.set(key(from), to);
  if (lookup.size === 0) return (text) => text;
  const alternatives = [...lookup.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    ignoreCase ? 'giu' : 'gu',
  );
  return (text) => text.replace(pattern, (match) => lookup.get(key(match)) ?? match);
}

const MONTH = MONTHS.join('|');
// One alternation, tried left to right at each position: full dates before month-years before bare years.
const DATE = new RegExp(
  [
    `(${MONTH})\\s(\\d{1,2}),?\\s(\\d{4})`,
    `(\\d{1,2})\\s(${MONTH}),?\\s(\\d{4})`,
    '(\\d{4})-(\\d{2})-(\\d{2})',
    `(${MONTH})(,?\\s)(\\d{4})`,
    '((?:19[5-9]|20[0-4])\\d)',
  ]
    .map((branch) => `\\b${branch}\\b`)
    .join('|'),
  'gi',
);

const monthIndex = (name: string): number => MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase());
const pad = (n: number): string => String(n).padStart(2, '0');

function formatDay(date: Date, style: DateStyle, original: 'month-day' | 'day-month'): string {
  const month = MONTHS[date.getUTCMonth()] ?? '';
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  return (style === 'keep' ? original : style) === 'day-month'
    ? `${day} ${month} ${year}`
    : `${month} ${day}, ${year}`;
}

/** Moves every date in the text by the same amount, so an article stays consistent with itself. */
export function shiftDates(text: string, shift: DateShift): string {
  const move = (year: number, month: number, day: number): Date =>
    new Date(Date.UTC(year + shift.years, month, day + shift.days));
  return text.replace(DATE, (match, ...groups: (string | undefined)[]) => {
    const [m1, d1, y1, d2, m2, y2, iy, im, id, m4, sep4, y4, bare] = groups;
    if (m1 && d1 && y1) return formatDay(move(+y1, monthIndex(m1), +d1), shift.style, 'month-day');
    if (d2 && m2 && y2) return formatDay(move(+y2, monthIndex(m2), +d2), shift.style, 'day-month');
    if (iy && im && id) {
      const date = move(+iy, +im - 1, +id);
      return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    }
    if (m4 && y4) return `${m4}${sep4 ?? ' '}${+y4 + shift.years}`;
    if (bare) return String(+bare + shift.years);
    return match;
  });
}
