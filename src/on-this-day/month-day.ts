// Month-day arithmetic on "MM-DD" strings: validation, leap years, circular distance, display.

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Days in the reference (leap) year that day-of-year distances wrap around. */
const YEAR_DAYS = 366;

/** true for "MM-DD" naming a day that exists in some year (02-29 included). */
export function isMonthDay(text: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const days = DAYS_IN_MONTH[Number(m[1]) - 1];
  const day = Number(m[2]);
  return days !== undefined && day >= 1 && day <= days;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 1-based day of a leap year, so 02-29 has its own place (day 60). */
export function dayOfYear(monthDay: string): number {
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(3, 5));
  let total = day;
  for (let m = 0; m < month - 1; m++) total += DAYS_IN_MONTH[m] ?? 0;
  return total;
}

/** Days between two month-days going the shorter way round the year (12-30 to 01-02 is 3). */
export function monthDayDistance(a: string, b: string): number {
  const diff = Math.abs(dayOfYear(a) - dayOfYear(b));
  return Math.min(diff, YEAR_DAYS - diff);
}

/** "12-12" → "12 December". */
export function formatMonthDay(monthDay: string): string {
  const month = MONTH_NAMES[Number(monthDay.slice(0, 2)) - 1] ?? monthDay;
  return `${Number(monthDay.slice(3, 5))} ${month}`;
}

/** "2018-12-12" → "12 December 2018". */
export function formatDate(date: string): string {
  return `${formatMonthDay(date.slice(5, 10))} ${date.slice(0, 4)}`;
}

/** Any precision: "2018-12-12" → "12 December 2018" ("December 12, 2018" with `monthFirst`, as an
 * American article writes it), "2018-12" → "December 2018", "2018" → "2018". */
export function formatPartialDate(iso: string | null | undefined, monthFirst = false): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  const name = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (day && name) return monthFirst ? `${name} ${Number(day)}, ${year}` : `${Number(day)} ${name} ${year}`;
  return name ? `${name} ${year}` : (year ?? '');
}
