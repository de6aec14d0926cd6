// How the parser reads an action word (src/language/action-verbs.ts holds the words): its
// dictionary verb, negation before it, and the scope it applies to.
import nlp from 'compromise';
import type { ActionVerb } from '../language/action-verbs.js';

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
export function lemmaOf(form: string, entry: ActionVerb): string {
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
