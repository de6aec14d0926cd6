// Picks what the archive holds for a month and day: articles published that day and day-precise
// events and dated mentions, in any year. Month- or year-precise dates are never "that day".
import type { Corpus, CorpusDocument } from '../corpus/types.js';
import { isLeapYear, monthDayDistance } from './month-day.js';
import type { OnThisDayItem, OnThisDayOptions, OnThisDayResult } from './types.js';

const DEFAULTS = { nearestWindowDays: 7, maxNearest: 5 };
const MAX_SUMMARY = 200;
const DAY_ISO = /^\d{4}-\d{2}-\d{2}$/;

export function onThisDay(corpus: Corpus, monthDay: string, options: OnThisDayOptions = {}): OnThisDayResult {
  const { nearestWindowDays, maxNearest } = { ...DEFAULTS, ...options };
  const wanted = new Set([monthDay]);
  if (monthDay === '02-28' && options.year !== undefined && !isLeapYear(options.year)) wanted.add('02-29');

  const all = datedItems(corpus);
  const items = all.filter((item) => wanted.has(item.date.slice(5)));
  if (items.length > 0) return { date: monthDay, items, nearest: [] };

  // Within the window when possible; otherwise widen to the closest day the archive has at all,
  // so a "nearest" subscription on a quiet date still gets something, labelled with its own date.
  const ranked = all
    .map((item) => ({ item, distance: monthDayDistance(monthDay, item.date.slice(5)) }))
    .sort((a, b) => a.distance - b.distance || a.item.date.localeCompare(b.item.date));
  const closest = ranked[0]?.distance ?? 0;
  const limit = Math.max(nearestWindowDays, closest);
  const nearest = ranked
    .filter((r) => r.distance <= limit)
    .slice(0, maxNearest)
    .map((r) => r.item);
  return { date: monthDay, items: [], nearest };
}

/** Every day-precision item of the corpus, one per article and date, ordered by date then file. */
export function datedItems(corpus: Corpus): OnThisDayItem[] {
  const byKey = new Map<string, OnThisDayItem>();
  const add = (key: string, item: OnThisDayItem) => {
    if (!byKey.has(key)) byKey.set(key, item);
  };
  const docs = new Map(corpus.documents.map((doc) => [doc.file, doc]));
  // Publication first: an article that mentions its own date is listed once, as the article.
  for (const doc of corpus.documents) {
    if (!doc.date || !DAY_ISO.test(doc.date)) continue;
    const snippet = leadSentence(corpus, doc);
    add(`${doc.file}|${doc.date}`, {
      date: doc.date,
      title: doc.title,
      text: oneLine(doc.title || snippet),
      doc: doc.file,
      snippet,
    });
  }
  const fromSentence = (doc: string, date: string, sentence: number, fallback: string) => {
    const text = corpus.sentences[sentence]?.text ?? fallback;
    add(`${doc}|${date}`, {
      date,
      title: docs.get(doc)?.title ?? doc,
      text: oneLine(text),
      doc,
      snippet: text,
    });
  };
  for (const event of corpus.events) {
    if (event.date?.precision !== 'day') continue;
    fromSentence(event.doc, event.date.iso, event.sentence, event.source);
  }
  for (const mention of corpus.dates) {
    if (mention.date.precision !== 'day') continue;
    fromSentence(mention.doc, mention.date.iso, mention.sentence, mention.phrase);
  }
  return [...byKey.values()]
    .filter((item) => DAY_ISO.test(item.date))
    .sort((a, b) => a.date.localeCompare(b.date) || a.doc.localeCompare(b.doc));
}

/** The article's first real sentence (not its title, not a short caption), verbatim. */
function leadSentence(corpus: Corpus, doc: CorpusDocument): string {
  const [start, end] = doc.sentenceRange;
  const sentences = corpus.sentences.slice(start, end).map((s) => s.text);
  const substantial = sentences.find((s) => s.trim() !== doc.title.trim() && s.split(/\s+/).length >= 8);
  return substantial ?? sentences[0] ?? doc.title;
}

/** Whitespace collapsed and cut at a word boundary: a summary fits on one line. */
export function oneLine(text: string, max = MAX_SUMMARY): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
