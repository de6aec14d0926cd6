// Turns an OnThisDayResult into the post people see: year, one-line summary and citation per item.

import type { Reply } from '../reply.js';
import type { EmptyDayPolicy } from '../subscriptions/types.js';
import { formatDate, formatMonthDay } from './month-day.js';
import type { OnThisDayItem, OnThisDayResult } from './types.js';

/** Items shown before "…and N more": a daily post stays short. */
export const MAX_POST_ITEMS = 8;

export const onThisDayTexts = {
  lead: (day: string) => `On this day, ${day}:`,
  nearestLead: (day: string) => `Nothing on ${day}. Nearest in the archive:`,
  nothing: (day: string) => `Nothing in the archive for ${day}.`,
  suggestion: (monthDay: string) => `onthisday ${monthDay}`,
} as const;

export function onThisDayReply(result: OnThisDayResult, emptyDay: EmptyDayPolicy): Reply {
  const day = formatMonthDay(result.date);
  if (result.items.length > 0) {
    return render(onThisDayTexts.lead(day), result.items, (item) => item.date.slice(0, 4));
  }
  const closest = result.nearest[0];
  if (emptyDay === 'nearest' && closest) {
    // Each nearest item carries its full date, so nobody reads it as that day's.
    return render(onThisDayTexts.nearestLead(day), result.nearest, (item) => formatDate(item.date));
  }
  return {
    kind: 'on-this-day',
    found: false,
    text: onThisDayTexts.nothing(day),
    items: [],
    more: 0,
    citations: [],
    suggestions: closest ? [onThisDayTexts.suggestion(closest.date.slice(5))] : [],
    entities: [],
  };
}

function render(lead: string, items: OnThisDayItem[], label: (item: OnThisDayItem) => string): Reply {
  const shown = items.slice(0, MAX_POST_ITEMS);
  return {
    kind: 'on-this-day',
    found: true,
    text: lead,
    items: shown.map((item, index) => ({ text: `${label(item)}: ${item.text}`, cites: [index] })),
    more: items.length - shown.length,
    citations: shown.map((item) => ({
      doc: item.doc,
      title: item.title,
      date: item.date,
      snippet: item.snippet,
    })),
    suggestions: [],
    entities: [],
  };
}
