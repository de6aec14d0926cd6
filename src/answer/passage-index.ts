// The sentence index every passage candidate comes from: each sentence's terms computed once,
// postings per term, BM25 statistics, and the word counts the speller corrects typos against.
import type { Corpus } from '../corpus/types.js';
import { termsWithPositions } from './terms.js';

export interface SentenceTerms {
  /** Stemmed content terms in order (stop words dropped). */
  terms: string[];
  /** Word position of each term in the sentence, for proximity. */
  positions: ArrayLike<number>;
}

/** What a sentence's terms are asked: membership. A sentence holds a few dozen terms, so an array
 * answers as fast as a Set at a fraction of the memory (hundreds of thousands of sentences). */
export interface TermSet {
  has(term: string): boolean;
}

export interface PassageIndex {
  readonly size: number;
  /** Sentence terms, computed once at build. */
  termsOf(sentence: number): SentenceTerms;
  /** Set of a sentence's terms. */
  termSetOf(sentence: number): TermSet;
  /** Inverse document frequency over sentences; a term the corpus never uses gets the maximum. */
  idf(term: string): number;
  /** Number of sentences holding the term. */
  df(term: string): number;
  /** Sentences holding the term, in ascending order. */
  postings(term: string): readonly number[];
  /** Some sentence from `from` up to (not including) `to` holds the term: a window or paragraph. */
  heldIn(term: string, from: number, to: number): boolean;
  /** BM25 over sentences for weighted terms: sentence → score, best `limit` first. */
  bm25(query: ReadonlyMap<string, number>, limit: number): { sentence: number; score: number }[];
  /** The document (its title or any sentence) holds the term. */
  docHas(doc: string, term: string): boolean;
  /** How often each word (as written, lower case, 3+ letters) occurs: the speller's dictionary. */
  wordCounts: ReadonlyMap<string, number>;
}

const EMPTY: TermSet = { has: () => false };
const K1 = 1.2;
const B = 0.75;

export function buildPassageIndex(corpus: Corpus): PassageIndex {
  // Each distinct term is one string and positions are packed: a 10,000-article corpus holds
  // hundreds of thousands of sentences, and per-sentence copies of the same stems add up.
  const interned = new Map<string, string>();
  const wordCounts = new Map<string, number>();
  const intern = (t: string) => {
    const known = interned.get(t);
    if (known !== undefined) return known;
    interned.set(t, t);
    return t;
  };
  const all: SentenceTerms[] = corpus.sentences.map((s) => {
    const { terms, positions } = termsWithPositions(s.text, wordCounts);
    return { terms: terms.map(intern), positions: Uint16Array.from(positions, (p) => Math.min(p, 65_535)) };
  });
  const distinct = (id: number) => new Set(all[id]?.terms ?? []);
  const postings = new Map<string, number[]>();
  all.forEach((_, id) => {
    for (const term of distinct(id)) {
      let list = postings.get(term);
      if (!list) {
        list = [];
        postings.set(term, list);
      }
      list.push(id);
    }
  });
  const docTerms = new Map<string, Set<string>>();
  for (const d of corpus.documents) docTerms.set(d.file, new Set(termsWithPositions(d.title).terms));
  corpus.sentences.forEach((s, id) => {
    const set = docTerms.get(s.doc);
    if (set) for (const t of all[id]?.terms ?? []) set.add(t);
  });
  const n = Math.max(1, all.length);
  const avgLength = all.reduce((sum, t) => sum + t.terms.length, 0) / n || 1;
  const idf = (term: string) => {
    const df = postings.get(term)?.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  const empty: SentenceTerms = { terms: [], positions: [] };
  let scratch = new Float64Array(all.length);
  return {
    size: all.length,
    termsOf: (sentence) => all[sentence] ?? empty,
    termSetOf: (sentence) => {
      const terms = all[sentence]?.terms;
      return terms ? { has: (term) => terms.includes(term) } : EMPTY;
    },
    idf,
    df: (term) => postings.get(term)?.length ?? 0,
    postings: (term) => postings.get(term) ?? [],
    heldIn: (term, from, to) => {
      const list = postings.get(term);
      if (!list) return false;
      const at = lowerBound(list, from);
      return at < list.length && (list[at] ?? to) < to;
    },
    docHas: (doc, term) => docTerms.get(doc)?.has(term) ?? false,
    wordCounts,
    bm25(query, limit) {
      // One score slot per sentence, reused across questions (the core is single-threaded), and
      // the touched sentences listed so only they are read back: no Map of tens of thousands.
      if (scratch.length < all.length) scratch = new Float64Array(all.length);
      const touched: number[] = [];
      for (const [term, weight] of query) {
        const list = postings.get(term);
        if (!list || weight <= 0) continue;
        const w = idf(term) * weight;
        for (const id of list) {
          const terms = all[id]?.terms ?? [];
          let tf = 0;
          for (const t of terms) if (t === term) tf++;
          const norm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * terms.length) / avgLength));
          if (scratch[id] === 0) touched.push(id);
          scratch[id] = (scratch[id] ?? 0) + w * norm;
        }
      }
      const best = topK(touched, (id) => scratch[id] ?? 0, limit);
      const out = best.map((sentence) => ({ sentence, score: scratch[sentence] ?? 0 }));
      for (const id of touched) scratch[id] = 0;
      return out;
    },
  };
}

/** The `limit` best ids by score (ties: lower id first), without sorting every id. */
function topK(ids: number[], score: (id: number) => number, limit: number): number[] {
  const better = (a: number, b: number) => score(a) > score(b) || (score(a) === score(b) && a < b);
  const kept: number[] = [];
  for (const id of ids) {
    if (kept.length < limit) {
      kept.push(id);
      if (kept.length === limit) kept.sort((a, b) => (better(a, b) ? -1 : 1));
      continue;
    }
    const last = kept[kept.length - 1];
    if (last === undefined || !better(id, last)) continue;
    // Insert in order; limit is small (tens), so a linear insert beats a heap here.
    let at = kept.length - 1;
    while (at > 0 && better(id, kept[at - 1] ?? id)) at--;
    kept.splice(at, 0, id);
    kept.pop();
  }
  return kept.length < limit ? kept.sort((a, b) => (better(a, b) ? -1 : 1)) : kept;
}

/** The first index of a sorted list whose value is at least `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? value) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
