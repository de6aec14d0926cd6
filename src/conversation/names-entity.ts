// Whether a question names a corpus entity itself ("what did Huawei say?"): then it is not leaning
// on the previous question's focus, whatever pronouns it holds. Built once per corpus.
import type { Corpus } from '../corpus/types.js';

/** Names longer than this many words are not worth looking for in a short follow-up. */
const MAX_NAME_WORDS = 5;

const cache = new WeakMap<Corpus, (question: string) => boolean>();

export function namesEntity(corpus: Corpus): (question: string) => boolean {
  const cached = cache.get(corpus);
  if (cached) return cached;
  const names = new Set<string>();
  for (const entity of corpus.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = fold(name);
      if (key && key.split(' ').length <= MAX_NAME_WORDS) names.add(key);
    }
  }
  const check = (question: string): boolean => {
    const words = fold(question).split(' ');
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= MAX_NAME_WORDS && i + n <= words.length; n++) {
        if (names.has(words.slice(i, i + n).join(' '))) return true;
      }
    }
    return false;
  };
  cache.set(corpus, check);
  return check;
}

/** Lower case, possessives and punctuation out: "Huawei's" and "huawei" are one name. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
