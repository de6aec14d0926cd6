// Years written as bare numbers ("in 2013", "since 1987", "at the end of 2019"), which chrono-node
// does not parse. A four-digit number is only a year when a word in front says so, and not when a
// counted noun follows it ("up to 2000 jobs").

export interface BareYear {
  /** The cue and the year as written: "since 1987", "the end of 2019", "2015". */
  phrase: string;
  index: number;
  /** Offset of the digits themselves, for overlap checks. */
  yearIndex: number;
  year: number;
}

// Lookbehind keeps digits of larger numbers, money and identifiers out ("$2000", "1,2019", "A2019").
const YEAR = /(?<![\w$£€¥#,.])(1[89]\d\d|20\d\d)(?!\d)/g;

// Anchored at the end of a short prefix, so each test is linear in at most PREFIX_CHARS characters.
const CUE =
  /(?:^|[^a-z])((?:at\s+)?the\s+(?:end|start|beginning|middle|close|turn|first\s+half|second\s+half)\s+of\s+|(?:early|late|mid)(?:\s+|-)|(?:in|of|since|by|until|till|from|to|through|throughout|during|before|after|around|between|circa|founded|established|born|dated|year|fiscal|spring|summer|autumn|fall|winter)\s+)$/i;
const PREFIX_CHARS = 40;

// A further year joined to an accepted one: "between 2012 and 2015", "2012-2015", "1999, 2000".
const JOINER = /^ ?(?:,|,? ?(?:and|or|to|until|through)|[-–—]) ?$/;
const JOINER_MAX_CHARS = 12;

// What may directly follow a year; a year range "2012-2015" and a possessive are fine.
const RANGE_AFTER = /^\s*[-–—]\s*(?:1[89]|20)\d\d(?!\d)/;
const BAD_AFTER = /^(?:[-/.,:]\d|\s*%|[A-Za-z])/;
const NEXT_WORD = /^\s+([a-z]+)/;

// Counted nouns that do not end in "s"; plural nouns are caught by their "s".
const UNIT_WORDS = new Set([
  'people',
  'staff',
  'personnel',
  'million',
  'billion',
  'thousand',
  'hundred',
  'percent',
  'per',
  'men',
  'women',
  'children',
  'euro',
  'yuan',
  'pound',
  'dollar',
  'km',
  'kg',
  'mw',
  'mhz',
  'ghz',
  'gb',
  'mb',
  'feet',
]);
// Common words ending in "s" that may follow a year in a sentence: "in 2013 as", "by 2020 this".
const FUNCTION_WORDS_IN_S = new Set([
  'is',
  'was',
  'has',
  'as',
  'its',
  'his',
  'this',
  'thus',
  'us',
  'plus',
  'does',
  'besides',
  'whereas',
  'always',
  'perhaps',
  'across',
  'unless',
  'towards',
  'afterwards',
  'less',
  'yes',
  'hers',
  'theirs',
]);

function followerAllowsYear(after: string): boolean {
  if (RANGE_AFTER.test(after)) return true;
  if (/^['’]s\b/.test(after)) return true;
  if (BAD_AFTER.test(after)) return false;
  const word = NEXT_WORD.exec(after)?.[1];
  if (word === undefined) return true;
  if (UNIT_WORDS.has(word)) return false;
  return !word.endsWith('s') || FUNCTION_WORDS_IN_S.has(word);
}

/** Bare years in `text` that a preceding cue word marks as years, in text order. */
export function findBareYears(text: string): BareYear[] {
  const found: BareYear[] = [];
  let lastEnd = -1;
  for (const match of text.matchAll(YEAR)) {
    const yearIndex = match.index;
    const end = yearIndex + match[0].length;
    if (!followerAllowsYear(text.slice(end, end + 40))) continue;
    const year = Number(match[0]);
    const gap = yearIndex - lastEnd;
    if (lastEnd >= 0 && gap <= JOINER_MAX_CHARS && JOINER.test(text.slice(lastEnd, yearIndex))) {
      found.push({ phrase: match[0], index: yearIndex, yearIndex, year });
      lastEnd = end;
      continue;
    }
    const cue = CUE.exec(text.slice(Math.max(0, yearIndex - PREFIX_CHARS), yearIndex))?.[1];
    if (cue === undefined) continue;
    const index = yearIndex - cue.length;
    found.push({ phrase: text.slice(index, end), index, yearIndex, year });
    lastEnd = end;
  }
  return found;
}
