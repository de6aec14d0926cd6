// Chat shorthand → the words it stands for ("y r u" → "why are you"), so questions typed in a hurry
// reach the same terms as careful ones. Whole words only; names are never touched.

import { isCommonWord } from '../corpus/common-words.js';
import { editDistance } from './edit-distance.js';
import { isStopWord } from './stop-words.js';
import { isWordNetWord } from './synonyms.js';

const SHORTHAND: Record<string, string> = {
  y: 'why',
  r: 'are',
  u: 'you',
  ur: 'your',
  abt: 'about',
  smth: 'something',
  sth: 'something',
  smthg: 'something',
  cld: 'could',
  wld: 'would',
  shld: 'should',
  acc: 'according',
  bc: 'because',
  bcz: 'because',
  cuz: 'because',
  coz: 'because',
  w: 'with',
  wo: 'without',
  pls: 'please',
  plz: 'please',
  govt: 'government',
  gov: 'government',
  ppl: 'people',
  tho: 'though',
  thru: 'through',
  b4: 'before',
  '2day': 'today',
  dept: 'department',
  intl: 'international',
  mgmt: 'management',
  ex: 'former',
  exec: 'executive',
  execs: 'executives',
  prez: 'president',
  info: 'information',
  yr: 'year',
  yrs: 'years',
  mil: 'million',
  bn: 'billion',
  bil: 'billion',
  wat: 'what',
  wht: 'what',
  whta: 'what',
  waht: 'what',
  hwo: 'who',
  hw: 'how',
  wen: 'when',
  wer: 'where',
  whr: 'where',
  wut: 'what',
  wot: 'what',
  teh: 'the',
  hte: 'the',
  any1: 'anyone',
  every1: 'everyone',
  sum1: 'someone',
  woh: 'who',
  whos: 'who is',
  "who's": 'who is',
  'who’s': 'who is',
  "what's": 'what is',
  'what’s': 'what is',
  whats: 'what is',
  sya: 'say',
  siad: 'said',
  dose: 'does',
  biz: 'business',
  tech: 'technology',
  'r&d': 'research and development',
  bizness: 'business',
  btwn: 'between',
  bw: 'between',
  bout: 'about',
  // Contractions typed without their apostrophe.
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  doesnt: 'does not',
  dont: 'do not',
  didnt: 'did not',
  hasnt: 'has not',
  havent: 'have not',
  hadnt: 'had not',
  cant: 'cannot',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
};

const QUESTION_WORDS = ['who', 'what', 'when', 'where', 'why', 'which', 'how'];
/** The words a question is framed with past its first: "what did she say about …", "how many …",
 * and the function words chat drops a letter of ("get back frm darkside"). */
const FRAME_WORDS = [
  'say',
  'says',
  'said',
  'tell',
  'told',
  'many',
  'much',
  'from',
  'with',
  'about',
  'after',
  'against',
  'before',
  'into',
  'that',
  'they',
  'their',
  'have',
  'were',
];

/**
 * A question's first word typed wrong ("whn", "wher", "wich"): no English word, one edit from
 * exactly one question word.
 */
export function questionWordTypo(word: string): string | undefined {
  return typoOf(word, QUESTION_WORDS);
}

/** Each word past the first that is no English word but one edit from exactly one framing word
 * ("what did the ceo sey abt …" → "say", "how mny" → "many"); names (capitalised) are never touched. */
export function frameWordTypos(text: string): string {
  return text
    .split(' ')
    .map((w, i) => (i > 0 && w === w.toLowerCase() && !isWordNetWord(w) ? (typoOf(w, FRAME_WORDS) ?? w) : w))
    .join(' ');
}

function typoOf(word: string, intended: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 3 || !/^[a-z]+$/.test(lower) || isStopWord(lower) || isCommonWord(lower))
    return undefined;
  const near = intended.filter((q) => editDistance(lower, q, 1) <= 1);
  // A letter left out is the likeliest slip: "whn" is "when" before it is "who".
  const dropped = near.filter((q) => isSubsequence(lower, q));
  if (dropped.length === 1) return dropped[0];
  if (near.length === 1) return near[0];
  // Vowels dropped as chat drops them ("whr", "agnst"): two letters at most, the first kept.
  const skeleton = near.length
    ? []
    : intended.filter((q) => q[0] === lower[0] && q.length - lower.length <= 2 && isSubsequence(lower, q));
  return skeleton.length === 1 ? skeleton[0] : undefined;
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const c of long) if (c === short[at]) at++;
  return at === short.length;
}

/** "agencies n companies": a lone "n" joins two words; "functions of n", "n log n" name a variable. */
function joinsWords(before: string | undefined, after: string | undefined): boolean {
  const word = (w: string | undefined) =>
    w !== undefined && /^\p{L}{2,}$/u.test(w) && !isStopWord(w.toLowerCase());
  return word(before) && word(after);
}

export function expandChat(text: string): string {
  const all = text.split(' ');
  return all
    .map((word, i) => {
      if (word === 'n') return joinsWords(all[i - 1], all[i + 1]) ? 'and' : word;
      const lower = word.toLowerCase();
      // "the ex-ceo" is the former one.
      if (/^ex-\p{L}/u.test(lower)) return `former ${word.slice(3)}`;
      // "runnin", "sayin'": a dropped g.
      const dropped = /^\p{Ll}{3,}in['’]?$/u.test(word) ? `${word.replace(/['’]$/, '')}g` : undefined;
      if (dropped && !isWordNetWord(lower) && isWordNetWord(dropped)) return dropped;
      // A capitalised "U" or "Y" may be a name's initial: a single capital is left alone, while
      // "Wat" or "Whats" opening a question is shorthand all the same.
      const shorthand =
        word === lower || (word.length > 1 && word === lower[0]?.toUpperCase() + lower.slice(1));
      return shorthand ? (SHORTHAND[lower] ?? word) : word;
    })
    .join(' ');
}
