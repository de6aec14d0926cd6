// Paragraph → sentences, surviving abbreviations (Mr, U.S., St., No.) and quotations.
// A single left-to-right scan: linear in the paragraph's length.

import { MONTH_ABBREVIATIONS } from '../language/calendar-words.js';

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'no',
  'nos',
  'vol',
  'art',
  'fig',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'bros',
  'dept',
  'vs',
  'etc',
  'approx',
  'est',
  ...MONTH_ABBREVIATIONS,
  'mt',
  'ft',
  'ave',
  'blvd',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'u.s.a',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = /["“‘'([«]/;

export interface SentenceSpan {
  text: string;
  start: number;
}

export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (
      end < paragraph.length &&
      (paragraph[end] === '.' || paragraph[end] === '!' || paragraph[end] === '?')
    )
      end++;
    while (end < paragraph.length && CLOSERS.has(paragraph[end] ?? '')) end++;
    if (end >= paragraph.length) break;
    if (!/\s/.test(paragraph[end] ?? '')) continue;
    let next = end;
    while (next < paragraph.length && /\s/.test(paragraph[next] ?? '')) next++;
    const following = paragraph[next] ?? '';
    if (!(/[A-Z0-9]/.test(following) || OPENERS.test(following))) continue;
    if (ch === '.' && isAbbreviation(paragraph, i)) continue;
    push(spans, paragraph, start, end);
    start = next;
    i = next - 1;
  }
  push(spans, paragraph, start, paragraph.length);
  return spans;
}

function push(spans: SentenceSpan[], paragraph: string, start: number, end: number): void {
  const raw = paragraph.slice(start, end);
  const text = raw.trim();
  if (text) spans.push({ text, start: start + raw.indexOf(text) });
}

const NEXT_WORD = /\s*(\S{0,12})/y;

/** The word before a full stop is an abbreviation or an initial ("J. Smith"), not a sentence end. */
function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && /[A-Za-z.]/.test(text[from - 1] ?? '') && dot - from < 12) from--;
  const word = text.slice(from, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) {
    // "in the U.S. The president..." ends a sentence; "U.S. officials" does not.
    // Look at the next word in place (a sticky regex): copying the rest of the text here made
    // long paragraphs of abbreviations quadratic.
    NEXT_WORD.lastIndex = dot + 1;
    const after = NEXT_WORD.exec(text)?.[1] ?? '';
    return !(
      /^(u\.s|u\.k|e\.u|u\.n)/.test(word) && /^(The|This|That|It|He|She|They|We|In|But|A)\b/.test(after)
    );
  }
  // Single capital initial: "J. Smith".
  return /^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1] ?? '');
}
