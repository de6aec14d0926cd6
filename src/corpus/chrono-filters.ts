// chrono-node is generous: "sat on it", "an august body", "Theresa May,", "24/7", "for 20 years"
// and "the day before" all parse. These checks drop what ordinary English does not mean as a date.
import type { ParsedResult } from 'chrono-node';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../language/calendar-words.js';

const MONTH_WORDS = new Set<string>([...MONTHS, ...MONTH_ABBREVIATIONS]);
const WEEKDAY_WORDS = new Set(WEEKDAY_ABBREVIATIONS);
const FULL_WEEKDAYS = new Set<string>(WEEKDAYS);

// Capitalised words that may stand right before a month name without making it a surname.
const LEAD_WORDS = new Set(
  'in on by since until till from during before after early late mid last next this also through between and or of to around throughout the each every'.split(
    ' ',
  ),
);

const isCapitalised = (word: string): boolean => /^[A-Z]/.test(word);

/** 'keep' when the text is not a numeric d/m date, 'reject' without a 4-digit year, the year when d/m vs m/d is ambiguous. */
export function slashDateYear(raw: string): 'keep' | 'reject' | number {
  const match = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?!\d)(?:[/.](\d{4})(?!\d))?/.exec(raw);
  if (!match) return 'keep';
  if (match[3] === undefined) return 'reject'; // "24/7", "3/5 of members", "on 12/12"
  const [first, second] = [Number(match[1]), Number(match[2])];
  return first <= 12 && second <= 12 && first !== second ? Number(match[3]) : 'keep';
}

function wordChecksFail(result: ParsedResult, text: string): boolean {
  const words = result.text.match(/[A-Za-z]+/g) ?? [];
  const start = result.start;
  const yearStated = start.isCertain('year');
  const calendarWords = words.filter(
    (w) =>
      MONTH_WORDS.has(w.toLowerCase()) ||
      FULL_WEEKDAYS.has(w.toLowerCase()) ||
      WEEKDAY_WORDS.has(w.toLowerCase()),
  );
  // "in march", "an august body", "we sat": lower-case calendar words are other words.
  if (!yearStated && calendarWords.some((w) => !isCapitalised(w))) return true;
  const weekdayOnly =
    start.isCertain('weekday') && !start.isCertain('day') && !start.isCertain('month') && !yearStated;
  if (weekdayOnly && !/\bweekend\b/i.test(result.text)) {
    // "The Sun reported": a lone weekday must be written out in full.
    if (!calendarWords.some((w) => FULL_WEEKDAYS.has(w.toLowerCase()))) return true;
    // "the Sunday Times", "a Friday meeting": an article before a weekday makes it a name or adjective.
    if (/\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, result.index - 4), result.index))) return true;
  }
  const monthWithoutDay =
    !start.isCertain('day') && calendarWords.some((w) => MONTH_WORDS.has(w.toLowerCase()));
  if (monthWithoutDay) {
    // "Theresa May," / "Brian May 2019": a capitalised word right before the month makes it a name.
    const before = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, result.index - 30), result.index))?.[1];
    const lower = before?.toLowerCase() ?? '';
    if (
      before &&
      isCapitalised(before) &&
      !LEAD_WORDS.has(lower) &&
      !MONTH_WORDS.has(lower) &&
      !FULL_WEEKDAYS.has(lower)
    ) {
      return true;
    }
  }
  return false;
}

/** Whether a chrono result is not a date as ordinary English means it. */
export function rejectsResult(result: ParsedResult, text: string): boolean {
  const raw = result.text.trim();
  const tags = result.tags();
  // "In 2019 May resigned": year-then-month order is rare in prose; the year alone is found later.
  if (tags.has('parser/ENYearMonthNameParser')) return true;
  if (/^now$/i.test(raw)) return true;
  // "In March, 38 Conservative MPs voted": a number after a month and a comma counts something; a
  // year after a month is written in full ("March, 2019").
  if (/\b[A-Za-z]{3,9}\.?,\s*\d{1,2}$/.test(raw) && !result.start.isCertain('day')) return true;
  // Vague counts: chrono turns "a few weeks ago" into exactly three weeks.
  if (/\b(?:few|several|many|some|couple)\b/i.test(raw)) return true;
  if (tags.has('result/relativeDate')) {
    // Durations, not dates: "for 20 years", "within two years", "in 5 years".
    if (/^(?:in|for|within|over|during|after)\s/i.test(raw)) return true;
    // "over the past year" means the last twelve months, not the previous calendar year.
    if (/\bpast\s+(?:[a-z]+\s+)?(?:years?|months?|days?)\b/i.test(raw)) return true;
    // Anaphora points at another event, not at the publication day: "the day before".
    if (/^the\s/i.test(raw) || /\b(?:before|after|earlier|later)$/i.test(raw)) return true;
    const precededByThe = /\bthe\s+$/i.test(text.slice(Math.max(0, result.index - 5), result.index));
    if (precededByThe && /^(?:next|following|previous|preceding)\b/i.test(raw)) return true;
  }
  return wordChecksFail(result, text);
}
