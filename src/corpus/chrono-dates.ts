// chrono-node does the recognising; this module keeps only what the text actually states.
// chrono fills unstated components from its reference date, so precision comes from isCertain(),
// and a second parse against a far-away reference reveals what depends on the reference at all.

import type { ParsedComponents, ParsedResult } from 'chrono-node';
import * as chrono from 'chrono-node';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS } from '../language/calendar-words.js';
import { rejectsResult, slashDateYear } from './chrono-filters.js';
import type { DateMatch } from './extract-dates.js';
import { type CivilDay, dayDate, partialDate } from './partial-date.js';
import { directionOf, inferYear, resolveWeekday, resolveWeekPhrase } from './relative-dates.js';
import type { PartialDate } from './types.js';

// Noon keeps the reference on the intended day whatever the host time zone.
const noon = (day: CivilDay): Date => new Date(day.year, day.month - 1, day.day, 12);
const FALLBACK_REFERENCE = noon({ year: 2000, month: 6, day: 15 });
const PROBE_REFERENCE = noon({ year: 1952, month: 3, day: 9 });

// "in December 2018" and "late last year": a preposition and a modifier belong to the phrase.
const LEAD_IN =
  /(?:^|[^a-z])((?:(?:in|on|at|since|by|until|till|during|before|after|from|through|of)\s+)?(?:(?:early|late|mid|earlier|later)(?:\s+|-))?)$/i;

/**
 * What every date chrono's English parsers read starts from: a digit, or a word of their month,
 * weekday, casual ("yesterday", "noon") and time-unit ("a week ago") dictionaries. About half of
 * all sentences hold none, and chrono, the dearest step of parsing a sentence, is not run on them.
 * Over-inclusive on purpose ("minister" passes, as "min"s do not need to): a sentence let through
 * costs a parse, one kept out would lose a date. test/corpus/extract-dates.test.ts checks it.
 */
export const MAY_HOLD_DATE = new RegExp(
  [
    '\\d',
    `\\b(?:${MONTHS.join('|')})`,
    `\\b(?:${MONTH_ABBREVIATIONS.join('|')})\\b`,
    `\\b(?:${WEEKDAY_ABBREVIATIONS.join('|')})\\b`,
    '\\b(?:sun|mon|tues|wednes|thurs|fri|satur)day',
    '\\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|morning|afternoon|evening|midnight|midday|noon)\\b',
    '\\b(?:secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|mos?|quarters?|qtrs?|years?|yrs?)\\b',
    "(?<!['’])\\b[hdwyms]\\b",
  ].join('|'),
  'i',
);

/**
 * What can hold a date when no publication date anchors relative words (a question, a title):
 * a digit or a month's name. "On Friday" means nothing there, so chrono need not be asked.
 */
export const MAY_HOLD_ABSOLUTE_DATE = new RegExp(
  `\\d|\\b(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\\b`,
  'i',
);

export interface ChronoDates {
  matches: DateMatch[];
  /** Text ranges chrono recognised and we accepted, so bare-year search can skip them. */
  spans: Array<[number, number]>;
}

/** Whether the components chrono gave depend on the reference date (e.g. "last year", "March 5"). */
function dependsOnReference(result: ParsedResult): boolean {
  const probe = chrono.casual.parse(result.text, PROBE_REFERENCE)[0];
  if (probe === undefined) return true;
  return (['year', 'month', 'day'] as const).some((unit) => probe.start.get(unit) !== result.start.get(unit));
}

function safeDate(year: number, month?: number, day?: number): PartialDate | null {
  try {
    return partialDate(year, month, day);
  } catch {
    return null; // chrono's arithmetic or an inferred year produced an impossible day
  }
}

function civil(components: ParsedComponents): CivilDay | null {
  const [year, month, day] = [components.get('year'), components.get('month'), components.get('day')];
  return year === null || month === null || day === null ? null : { year, month, day };
}

const FUTURE =
  /\b(will|shall|is expected|are expected|expected to|expects?|expecting|anticipates?|aims? to|hopes? to|intends? to|plans? to|planned|scheduled|is due|are due|due to|takes? effect|taking effect|comes? into force|upcoming|next|ends? in|before [a-z ]{0,30} ends)\b/i;

/** Characters either side of a date in which a "would" dates it ahead (a few words). */
const FUTURE_REACH = 50;

/** The date a component set states, or null when it states none we may keep. */
function toDate(
  c: ParsedComponents,
  text: string,
  relative: boolean,
  published: CivilDay | null,
  future = false,
  updated?: CivilDay,
): PartialDate | null {
  const certain = (unit: 'year' | 'month' | 'day' | 'weekday'): boolean => c.isCertain(unit);
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (relative && published === null) return null;
  if (/\bweek(?:end)?s?\b/i.test(text)) {
    return published === null ? null : resolveWeekPhrase(text, published, civil(c));
  }
  if (/^this\s+(?:morning|afternoon|evening)$/i.test(text) && published !== null) return dayDate(published);
  if (!certain('day') && !certain('month') && !certain('year')) {
    const weekday = c.get('weekday');
    if (!certain('weekday') || weekday === null || published === null) return null; // a time alone
    return dayDate(resolveWeekday(weekday, directionOf(text), published, updated));
  }
  if (year === null || month === null) return null;
  if (certain('year')) {
    if (certain('day') && certain('month') && day !== null) return safeDate(year, month, day);
    return certain('month') ? safeDate(year, month) : safeDate(year);
  }
  // Month (and day) without a year: only meaningful against a publication day.
  if (published === null || !certain('month')) return null;
  const stated = certain('day') && day !== null ? day : undefined;
  const weekday = certain('weekday') ? (c.get('weekday') ?? undefined) : undefined;
  return safeDate(inferYear(month, stated, published, weekday, future), month, stated);
}

function leadIn(text: string, index: number): number {
  const lead = LEAD_IN.exec(text.slice(Math.max(0, index - 30), index))?.[1] ?? '';
  return index - lead.length;
}

/** Dates chrono finds in `text`, filtered and resolved against `published` (or nothing relative);
 * a weekday may name the day the article was `updated`. */
export function chronoDates(text: string, published: CivilDay | null, updated?: CivilDay): ChronoDates {
  const matches: DateMatch[] = [];
  const spans: Array<[number, number]> = [];
  if (!MAY_HOLD_DATE.test(text)) return { matches, spans };
  for (const result of chrono.casual.parse(text, published ? noon(published) : FALLBACK_REFERENCE)) {
    const raw = result.text.replace(/[\s,;:]+$/, ''); // chrono keeps "May," with its comma
    const end = result.index + raw.length;
    const slashYear = slashDateYear(raw);
    if (slashYear === 'reject' || rejectsResult(result, text)) continue;
    const start = leadIn(text, result.index);
    const phrase = text.slice(start, end);
    if (slashYear !== 'keep') {
      // An ambiguous 3/5/2020 still states its year, and only that.
      matches.push({ phrase, index: start, date: partialDate(slashYear), relative: false });
      spans.push([result.index, end]);
      continue;
    }
    const relative = dependsOnReference(result);
    // "is expected in April", "before the review ends in September": a yearless month ahead. A
    // "would" says so only near the date: far from it, it is reported words ("In January,
    // ministers decided … would be excluded" is the past).
    // ("said at the August 9 launch that the software would …": a "would" in the reported clause
    // after the date says nothing of it.)
    const after = text.slice(end, end + FUTURE_REACH).split(/\bthat\b/i)[0] ?? '';
    const future =
      FUTURE.test(text) ||
      /\bwould\b/i.test(`${text.slice(Math.max(0, start - FUTURE_REACH), start)} ${after}`);
    const dates = [toDate(result.start, raw, relative, published, future, updated)];
    if (result.end) dates.push(toDate(result.end, raw, relative, published, future, updated));
    // An end that does not come after its start was resolved on its own ("Monday to Wednesday"
    // falling back a week): keep the start only rather than state a backwards range.
    const startIso = dates[0]?.iso;
    const kept = dates.filter(
      (date, i): date is PartialDate =>
        date !== null && (i === 0 || (startIso !== undefined && date.iso > startIso)),
    );
    for (const date of kept) matches.push({ phrase, index: start, date, relative });
    if (kept.length > 0) spans.push([result.index, end]);
  }
  return { matches, spans };
}
