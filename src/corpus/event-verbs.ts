// The actions news reports, by kind: general English verbs and nouns with their inflections.
import nlp from 'compromise';
import type { EventKind } from './types.js';

export interface EventVerb {
  lemma: string;
  kind: EventKind;
  /** Inflected forms and nominalisations, as one alternation. */
  forms: string;
}

export const EVENT_VERBS: EventVerb[] = [
  { lemma: 'ban', kind: 'restriction', forms: 'ban|bans|banned|banning' },
  { lemma: 'block', kind: 'restriction', forms: 'block|blocks|blocked|blocking' },
  {
    lemma: 'restrict',
    kind: 'restriction',
    forms: 'restrict|restricts|restricted|restricting|restriction|restrictions',
  },
  { lemma: 'limit', kind: 'restriction', forms: 'limit|limits|limited|limiting' },
  { lemma: 'exclude', kind: 'restriction', forms: 'exclude|excludes|excluded|excluding|exclusion' },
  { lemma: 'bar', kind: 'restriction', forms: 'bar|bars|barred|barring' },
  { lemma: 'drop', kind: 'restriction', forms: 'drop|drops|dropped|dropping' },
  { lemma: 'remove', kind: 'restriction', forms: 'remove|removes|removed|removing|removal' },
  { lemma: 'pause', kind: 'restriction', forms: 'pause|pauses|paused|pausing|on pause' },
  { lemma: 'suspend', kind: 'restriction', forms: 'suspend|suspends|suspended|suspending|suspension' },
  { lemma: 'prohibit', kind: 'restriction', forms: 'prohibit|prohibits|prohibited|prohibiting' },
  { lemma: 'phase out', kind: 'restriction', forms: 'phase out|phases out|phased out|phasing out' },
  {
    lemma: 'strip',
    kind: 'restriction',
    forms: 'strip out|strips out|stripped out|stripping out|strip|strips|stripped|stripping',
  },
  { lemma: 'rip out', kind: 'restriction', forms: 'rip out|rips out|ripped out|ripping out' },
  {
    lemma: 'blacklist',
    kind: 'restriction',
    forms: 'blacklist|blacklists|blacklisted|blacklisting|entity list',
  },
  { lemma: 'end', kind: 'restriction', forms: 'ends|ended|ending|terminated|terminates|cut ties|cuts ties' },
  {
    lemma: 'allow',
    kind: 'allowance',
    forms: 'allow|allows|allowed|allowing|permit|permits|permitted|enables|enabled|cleared|approved|approves',
  },
  {
    lemma: 'investigate',
    kind: 'investigation',
    forms:
      'investigate|investigates|investigated|investigating|investigation|investigations|probe|probes|probing|inquiry|review',
  },
  {
    lemma: 'arrest',
    kind: 'arrest',
    forms: 'arrest|arrests|arrested|arresting|detained|detain|detains|detention',
  },
  { lemma: 'charge', kind: 'charge', forms: 'charged|charges|indicted|indictment|accused' },
  { lemma: 'bail', kind: 'bail', forms: 'bail' },
  { lemma: 'extradite', kind: 'extradition', forms: 'extradite|extradited|extradition|extraditing' },
  {
    lemma: 'contract',
    kind: 'contract',
    forms: 'contract|contracts|deal|deals|agreement|signed|signs|awarded|wins|won',
  },
  { lemma: 'reject', kind: 'other', forms: 'reject|rejects|rejected|rejecting|turned down|turns down' },
  { lemma: 'rule out', kind: 'other', forms: 'rule out|rules out|ruled out|ruling out' },
  { lemma: 'reject', kind: 'other', forms: 'reject|rejects|rejected|rejecting|turned down|turns down' },
  { lemma: 'rule out', kind: 'other', forms: 'rule out|rules out|ruled out|ruling out' },
  { lemma: 'found', kind: 'founding', forms: 'founded|was established|were established|established in' },
];

const IRREGULAR: Record<string, string> = {
  won: 'win',
  sought: 'seek',
  made: 'make',
  began: 'begin',
  begun: 'begin',
  put: 'put',
};

/**
 * The word the article used, as a dictionary verb: "signed" → "sign" (a contract event), "banned"
 * → "ban". Forms of the entry's own word ("investigation") keep the entry's lemma.
 */
export function lemmaOf(form: string, entry: EventVerb): string {
  const [word = '', ...rest] = form.toLowerCase().split(/\s+/);
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const family = entry.lemma.slice(0, Math.max(3, entry.lemma.length - 2));
  if (
    form
      .toLowerCase()
      .split(/\s+/)
      .some((w) => w.startsWith(family))
  )
    return entry.lemma;
  const irregular = IRREGULAR[word];
  if (irregular) return irregular + tail;
  const infinitive = infinitiveOf(word);
  if (infinitive && !infinitive.includes(' ')) return infinitive + tail;
  // compromise reads some participles as adjectives: "released", "charged".
  if (/[^e]ed$/.test(word) && /(s|g|c|v|z)ed$/.test(word)) return word.slice(0, -1) + tail;
  if (word.endsWith('ed')) return word.slice(0, -2) + tail;
  return word + tail;
}

/** Memoised: a few hundred verb forms recur across all articles. */
const infinitives = new Map<string, string>();

function infinitiveOf(word: string): string {
  let infinitive = infinitives.get(word);
  if (infinitive === undefined) {
    infinitive = nlp(word).verbs().toInfinitive().text().toLowerCase();
    if (infinitives.size < 50_000) infinitives.set(word, infinitive);
  }
  return infinitive;
}

export const NEGATION =
  /\b(not|never|no longer|declined to|refused to|without|nor)\b[^.;]{0,30}$|n['’]t\b[^.;]{0,30}$/i;
export const SCOPES =
  /\b(5G|4G|3G|core networks?|the core|radio(?: access)?(?: networks?)?|network equipment|equipment|purchases of (?:[a-z]+ ){0,3}(?:equipment|gear|products|devices|drones|chips|technology)|auctions?|spectrum|networks?|cloud|drones?|chips?|cameras?|smartphones?|exports?)\b/gi;
