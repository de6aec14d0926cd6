// Person, organisation or place? Gazetteer first, then the words' shape, then compromise's lexicon.
import nlp from 'compromise';
import { isCommonWord, tagsOf } from './common-words.js';
import { CORPORATE_SUFFIXES, canonicalPlace, ORG_HEADS, ORG_PLACES, PLACE_HEADS } from './lexicon.js';
import type { EntityType } from './types.js';

/** Acronyms that are concepts, not organisations. */
const NOT_ORG_ACRONYMS = new Set(
  'AI ICT IT IOT R&D GDP TV PC GMT UTC AM PM OK CEO CFO CTO COO CIO VP PR HR IPO API FAQ ID PDF USB GPS LTE VPN WIFI SMS'.split(
    ' ',
  ),
);

export interface Classified {
  type: EntityType;
  /** Canonical display name ("United States" for "U.S."). */
  name: string;
}

/** `titled`: the name came after an honorific or a title ("Mr", "Governor"), so it is a person's;
 * `described`: a role or "who" came right after it ("Elon Musk, the chief executive of Tesla,"), so
 * it is a person's unless its words name an organisation ("Deutsche Telekom, who …"). */
export function classifyName(text: string, titled: boolean, described = false): Classified | null {
  const bare = text.replace(/^the\s+/i, '');
  const place = canonicalPlace(bare);
  if (place) return { type: ORG_PLACES.has(place) ? 'org' : 'place', name: place };
  const words = bare.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (titled) return { type: 'person', name: bare };
  // Small capitals of a magazine's opening words ("IT IS NOT often ...") are no name.
  if (words.length > 1 && bare === bare.toUpperCase() && words.every((w) => isCommonWord(w))) return null;
  // Datelines shout city names ("RIGA –"): compromise knows them in title case.
  if (words.length <= 2 && bare.length >= 4 && bare === bare.toUpperCase() && tagsOf(bare).has('Place')) {
    return { type: 'place', name: bare.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) };
  }
  if (words.length === 1 && /^[\p{Lu}\d&]{2,6}$/u.test(bare) && /\p{Lu}/u.test(bare)) {
    return NOT_ORG_ACRONYMS.has(bare.toUpperCase()) ? null : { type: 'org', name: bare };
  }
  if (ORG_HEADS.has(last) || CORPORATE_SUFFIXES.has(last)) return { type: 'org', name: bare };
  if (words.length > 1 && PLACE_HEADS.has(last)) return { type: 'place', name: bare };
  // "Huawei Canada", "Vodafone UK": a company's national arm, not a person.
  if (words.length > 1 && words.some((w) => canonicalPlace(w) !== undefined))
    return { type: 'org', name: bare };
  if (described && words.length >= 2 && words.length <= 4 && words.every(isNameWord))
    return { type: 'person', name: bare };
  const tagged = lexiconType(bare);
  if (tagged) return { type: tagged, name: bare };
  // "Jan du Plessis", "Pieter van den Berg": a particle between name words makes a person's name.
  if (
    words.length >= 3 &&
    words.length <= 5 &&
    PARTICLE.test(words[1] ?? '') &&
    words.every(isNameWord) &&
    /^\p{Lu}/u.test(words[words.length - 1] ?? '')
  )
    return { type: 'person', name: bare };
  if (words.length >= 2 && words.length <= 4) {
    // Two to four capitalised words with no organisation head: a person, unless they are common words.
    // "Per Dahl": a capitalised preposition before a name word is a first name, not a thing.
    const firstName =
      hasTag(words[0] ?? '', 'FirstName') ||
      (words.length === 2 && hasTag(words[0] ?? '', 'Preposition') && !isCommonWord(words[1] ?? ''));
    if ((firstName || !words.some((word) => isCommonWord(word))) && words.every(isNameWord))
      return { type: 'person', name: bare };
    // Capitalised common words together name a thing: "Stratus Cloud", "Open Society".
    return { type: 'org', name: bare };
  }
  // "Moody's", "McDonald's": a one-word name with its 's (find-names keeps it only then).
  if (words.length === 1 && /\p{L}['’]s$/u.test(bare)) return { type: 'org', name: bare };
  if (words.length === 1) return isCommonWord(bare) ? null : { type: 'org', name: bare };
  return { type: 'org', name: bare };
}

/** Memoised: the same names recur in every article, and a compromise parse costs ~0.1 ms a word. */
const lexiconTypes = new Map<string, EntityType | null>();

function lexiconType(text: string): EntityType | null {
  let type = lexiconTypes.get(text);
  if (type === undefined) {
    type = readLexiconType(text);
    if (lexiconTypes.size < 50_000) lexiconTypes.set(text, type);
  }
  return type;
}

function readLexiconType(text: string): EntityType | null {
  // Each of places() and people() is a match over the whole text: run each at most once.
  const doc = nlp(text);
  const places = doc.places();
  if (places.found && places.text().length >= text.length - 1) return 'place';
  if (!text.includes(' ')) return null;
  const people = doc.people();
  return people.found && people.text().length >= text.length - 1 ? 'person' : null;
}

/** Words people's names are made of: "Zhengfei", "O’Brien", "McDonald", "GebreMariam", "Jae-in",
 * "J.", "XIV", "de". Not "X.25", "UNI" or "NP-complete", which name things. */
const NAME_WORD =
  /^(?:\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{L}\p{Ll}*)*|(?:\p{Lu}\.){1,3}|[IVX]{1,4}|de|da|di|du|del|der|den|van|von|bin|ibn|al|el|la|le|of|y)$/u;
/** "SolarWinds", "FireEye": two English words run together name a thing, not a person. */
const RUN_TOGETHER = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u;
const isNameWord = (word: string): boolean => {
  if (!NAME_WORD.test(word)) return false;
  const parts = RUN_TOGETHER.exec(word);
  return !(parts?.[1] && parts[2] && isCommonWord(parts[1]) && isCommonWord(parts[2]));
};
const PARTICLE = /^(?:de|da|di|du|del|der|den|dos|das|van|von|bin|ibn|al|el|la|le)$/;

function hasTag(word: string, tag: string): boolean {
  return tagsOf(word).has(tag);
}
