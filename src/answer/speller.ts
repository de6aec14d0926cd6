// Chat typos → the corpus's own words ("nervus" → "nervous", "huwei" → "huawei"). A word can only
// match what the articles say, so the corpus vocabulary (names included) is the dictionary, and
// the most frequent word within the typo budget wins.
import { editDistance } from '../language/edit-distance.js';
import { words } from './terms.js';

export interface Speller {
  /** The nearest corpus word within the typo budget, or undefined when none (or the word is known). */
  correct(word: string): string | undefined;
  /** The word (6+ letters) shares its first five letters with a corpus word ("likelihood", "likely"). */
  sharesStart(word: string): boolean;
  /** Two corpus words run together ("userdatagram" → user, datagram), or undefined. */
  split(word: string): [string, string] | undefined;
}

/** Typos allowed: none under 4 letters, one up to 7, two beyond. */
const budget = (length: number) => (length < 4 ? 0 : length <= 7 ? 1 : 2);

export function createSpeller(texts: Iterable<string>): Speller {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const w of words(text)) if (w.length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
  return spellerFromCounts(counts);
}

/** The same, from word counts already taken (the passage index counts them as it reads). */
export function spellerFromCounts(counts: ReadonlyMap<string, number>): Speller {
  // Buckets by length keep each lookup to the words that could be within budget.
  const byLength = new Map<number, string[]>();
  for (const w of counts.keys()) {
    let list = byLength.get(w.length);
    if (!list) {
      list = [];
      byLength.set(w.length, list);
    }
    list.push(w);
  }
  const cache = new Map<string, string | undefined>();
  const prefixes = new Set<string>();
  for (const w of counts.keys()) if (w.length >= 5) prefixes.add(w.slice(0, 5));
  return {
    sharesStart: (word) => word.length >= 6 && prefixes.has(word.slice(0, 5).toLowerCase()),
    split(raw) {
      const word = raw.toLowerCase();
      if (word.length < 8 || counts.has(word)) return undefined;
      for (let i = 3; i <= word.length - 3; i++) {
        const a = word.slice(0, i);
        const b = word.slice(i);
        if (counts.has(a) && counts.has(b)) return [a, b];
      }
      return undefined;
    },
    correct(raw) {
      const word = raw.toLowerCase();
      if (counts.has(word)) return undefined;
      if (cache.has(word)) return cache.get(word);
      const edits = budget(word.length);
      let best: string | undefined;
      let bestKey = Number.POSITIVE_INFINITY;
      for (let length = word.length - edits; edits > 0 && length <= word.length + edits; length++) {
        for (const candidate of byLength.get(length) ?? []) {
          const d = distance(word, candidate, edits);
          if (d > edits) continue;
          // Fewer edits first, then the more frequent word.
          const key = d * 1e9 - (counts.get(candidate) ?? 0);
          if (key < bestKey) {
            bestKey = key;
            best = candidate;
          }
        }
      }
      if (cache.size > 10_000) cache.clear();
      cache.set(word, best);
      return best;
    },
  };
}

function distance(a: string, b: string, max: number): number {
  // Typos rarely hit both of the first two letters: most words are ruled out without a distance.
  return a[0] !== b[0] && a[1] !== b[1] ? max + 1 : editDistance(a, b, max);
}
