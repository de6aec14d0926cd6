// Words → comparable terms: lower case, stemmed (Porter), stop words dropped, and the general
// English synonyms news questions paraphrase with ("ban" ~ "block", "staff" ~ "employees").
import { stemmer } from 'stemmer';
import { actionLemmas } from '../language/action-verbs.js';
import { MONTH_ABBREVIATIONS, MONTHS, quarterOf } from '../language/calendar-words.js';
import { isStopWord } from '../language/stop-words.js';
import { verbOfForm } from '../language/synonyms.js';

/** Groups of words a question may use for one another (stemmed before use). */
const SYNONYMS: string[][] = [
  actionLemmas('restriction'),
  ['allow', 'permit', 'approve', 'enable'],
  ['employee', 'staff', 'worker', 'employ', 'people', 'workforce'],
  ['found', 'establish', 'create'],
  ['hack', 'breach', 'attack', 'intrusion'],
  ['arrest', 'detain', 'detention'],
  ['ceo', 'chief', 'executive', 'head', 'boss'],
  ['cfo', 'financial'],
  ['spy', 'espionage', 'spying', 'surveillance'],
  ['backdoor', 'back', 'door'],
  ['contract', 'deal', 'agreement'],
  ['investigation', 'investigate', 'probe', 'inquiry', 'review'],
  ['country', 'nation', 'state', 'government'],
  ['statement', 'said', 'say', 'response', 'respond'],
  ['buy', 'acquire', 'acquisition', 'takeover', 'purchase', 'bid', 'offer'],
  ['pay', 'fund', 'grant', 'spend', 'invest', 'cost', 'price'],
  ['lab', 'laboratory'],
  ['hit', 'affect', 'impact', 'left'],
  ['customer', 'client', 'user', 'subscriber'],
  ['company', 'firm', 'business'],
];

/** "criticised", "organisation": British spellings, which the stemmer knows only with a "z". */
const BRITISH_ISE = /(\p{L}{3,})is(e|es|ed|ing|ation|ations)$/u;

/** "Aug." is August: a question names the month in full, a wire story shortens it. */
const MONTH_OF = new Map<string, string>(
  MONTH_ABBREVIATIONS.map((a) => [a, MONTHS.find((m) => m.startsWith(a.slice(0, 3))) ?? a]),
);

/** Words stemmed so far: questions stem the same words (event verbs, sentence words) over and over. */
const stems = new Map<string, string>();
const stem = (word: string): string => {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    // Bounded: any text may be stemmed, and a long-running bot must not grow without end.
    if (stems.size >= 100_000) stems.clear();
    // "flew" is "fly", "lost" is "lose": the irregular forms a stemmer cannot join to their verb.
    stemmed = stemmer(MONTH_OF.get(word) ?? verbOfForm(word) ?? word.replace(BRITISH_ISE, '$1iz$2'));
    stems.set(word, stemmed);
  }
  return stemmed;
};
const SYNONYM_OF = new Map<string, string[]>();
for (const group of SYNONYMS) {
  const stems = group.map(stem);
  for (const s of stems) SYNONYM_OF.set(s, stems);
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

const possessive = (w: string): string => (w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w);

/** "U.N." is "UN", "S.V.R." is "SVR": a dotted acronym is its letters, unless they spell a stop word. */
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const undotted = (w: string): string => {
  if (!DOTTED.test(w)) return w;
  const joined = w.replaceAll('.', '');
  return isStopWord(joined) ? w : joined;
};

export function words(text: string): string[] {
  // endsWith, not a regular expression per word: the index reads millions of words.
  const out: string[] = [];
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    const quarter = w.length === 2 && w[0] === 'q' ? quarterOf(w) : undefined;
    if (quarter) {
      out.push(...quarter.split(' '));
      continue;
    }
    out.push(undotted(possessive(w)));
    // "high-risk" is also "high risk": a compound's parts follow it, so either spelling meets.
    if (w.includes('-')) for (const part of w.split('-')) if (part) out.push(possessive(part));
  }
  return out;
}

/** The words of a text as written, case and compounds kept ("Bankman-Fried"). */
export function writtenWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Content terms of a text, stemmed, without stop words. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !isStopWord(w))
    .map(stem);
}

export { isStopWord };

/** A term and its synonyms. */
export function expand(term: string): string[] {
  return SYNONYM_OF.get(term) ?? [term];
}

export { stem };
