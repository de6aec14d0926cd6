// Synonyms and derivations of an English word from WordNet 3.1 (wordnet.json, built by
// scripts/build-wordnet.ts), found through the word's lemma: irregular forms from WordNet's
// exception lists ("went" → "go"), regular ones by stripping inflections until a lemma is known.
import wordnet from './wordnet.json' with { type: 'json' };

const { synonyms, exceptions, describing, antonyms, pastForms, kinds } = wordnet as {
  synonyms: Record<string, string>;
  exceptions: Record<string, string>;
  describing: string;
  antonyms: Record<string, string>;
  pastForms: Record<string, string>;
  kinds: Record<string, string>;
};
let describingWords: Set<string> | undefined;

const SUFFIXES: [RegExp, string][] = [
  // "died" is "die", not "dy" (dysprosium); "carried" is "carry" ("carrie" is no word).
  [/ies$/, 'ie'],
  [/ied$/, 'ie'],
  [/ies$/, 'y'],
  [/ied$/, 'y'],
  [/es$/, ''],
  [/s$/, ''],
  [/ed$/, ''],
  [/ed$/, 'e'],
  [/ing$/, ''],
  [/ing$/, 'e'],
  [/er$/, ''],
  [/er$/, 'e'],
  [/ier$/, 'y'],
  [/est$/, ''],
  [/est$/, 'e'],
  [/iest$/, 'y'],
];

/** The dictionary form of a word, or the word itself when WordNet does not know it. */
export function lemmaOf(word: string): string {
  const lower = word.toLowerCase();
  const irregular = exceptions[lower];
  if (irregular) return irregular;
  if (Object.hasOwn(synonyms, lower)) return lower;
  for (const [suffix, replacement] of SUFFIXES) {
    if (!suffix.test(lower)) continue;
    const base = lower.replace(suffix, replacement);
    if (base.length >= 2 && Object.hasOwn(synonyms, base)) return base;
    // "banned" → "bann" → "ban": a doubled final consonant.
    if (/(.)\1$/.test(base) && Object.hasOwn(synonyms, base.slice(0, -1))) return base.slice(0, -1);
  }
  return lower;
}

export function synonymsOf(word: string): string[] {
  const lemma = lemmaOf(word);
  const list = Object.hasOwn(synonyms, lemma) ? synonyms[lemma] : undefined;
  return [lemma, ...irregularFormsOf(lemma), ...(list ? list.split(' ') : [])];
}

let irregular: Map<string, string[]> | undefined;

/** The irregular forms of a lemma ("speak" → "spoke", "spoken"): a stemmer never joins them. */
export function irregularFormsOf(lemma: string): string[] {
  if (!irregular) {
    irregular = new Map();
    for (const [form, base] of Object.entries(exceptions)) {
      const list = irregular.get(base);
      if (list) list.push(form);
      else irregular.set(base, [form]);
    }
  }
  return irregular.get(lemma) ?? [];
}

/**
 * A noun or a name: a word WordNet does not know as a verb, adjective or adverb ("pizza",
 * "cryptocurrency"). A question whose topic word the corpus never uses is about something else.
 */
export function isTopicWord(word: string): boolean {
  describingWords ??= new Set(describing.split(' '));
  return !describingWords.has(lemmaOf(word));
}

/**
 * The verb an irregular form belongs to ("flew" → "fly", "lost" → "lose"), unless the form is a
 * noun in its own right ("ground", "left", "saw" are not read as "grind", "leave", "see").
 */
export function verbOfForm(word: string): string | undefined {
  const lemma = Object.hasOwn(pastForms, word) ? pastForms[word] : undefined;
  if (!lemma) return undefined;
  describingWords ??= new Set(describing.split(' '));
  // (The form itself, not its lemma: "ground" is a noun, whatever "grind" is.)
  return Object.hasOwn(synonyms, word) && !describingWords.has(word) ? undefined : lemma;
}

/** Whether WordNet knows the word, in any of its forms ("bereaved", "rituals"). */
export function isWordNetWord(word: string): boolean {
  describingWords ??= new Set(describing.split(' '));
  const lemma = lemmaOf(word);
  return Object.hasOwn(synonyms, lemma) || describingWords.has(lemma);
}

/** Opposites of a word ("most" → "least", "increase" → "decrease"), through its lemma. */
export function antonymsOf(word: string): string[] {
  const lemma = lemmaOf(word);
  const list = Object.hasOwn(antonyms, lemma) ? antonyms[lemma] : undefined;
  return list ? list.split(' ') : [];
}

/** What a noun is a kind of, one step up ("ships" → "vessel", "watercraft"), through its lemma. */
export function kindsOf(word: string): string[] {
  const lemma = lemmaOf(word);
  const list = Object.hasOwn(kinds, lemma) ? kinds[lemma] : undefined;
  return list ? list.split(' ') : [];
}
