// The sentence index every passage candidate comes from: each sentence's terms computed once,
// postings per term, BM25 statistics, and the word counts the speller corrects typos against.
import type { Corpus } from '../corpus/types.js';
import { finish, type Steps } from '../steps.js';
import { isStopWord, stem, words } from './terms.js';

export interface SentenceTerms {
  /** Stemmed content terms in order (stop words dropped). */
  terms: string[];
  /** Word position of each term in the sentence, for proximity. */
  positions: ArrayLike<number>;
}

/** What a sentence's terms are asked: membership. */
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
/** A word that is a stop word, in the word → term memo. */
const STOP = -1;
/** The largest count a posting's term frequency holds. */
const MAX_TF = 65_535;
/** Sentences indexed between two yields of a sliced build: few, as the slice runner keeps time. */
const SLICE = 250;

/**
 * Packed, because a 10,000-article corpus holds hundreds of thousands of sentences: terms are
 * numbered (each stem one string), every sentence's term numbers and word positions sit in two
 * shared typed arrays, and postings are one array of sentence numbers sliced by term.
 */
export function buildPassageIndex(corpus: Corpus): PassageIndex {
  return finish(buildPassageIndexSteps(corpus));
}

/**
 * The same build, yielding between slices of sentences, so a caller can spread it over the event
 * loop (a reload at 10,000 articles must not hold up answers for seconds).
 */
export function* buildPassageIndexSteps(corpus: Corpus): Steps<PassageIndex> {
  const termId = new Map<string, number>();
  const names: string[] = [];
  // Words repeat: each distinct word is stop-listed and stemmed once.
  const wordTerm = new Map<string, number>();
  const wordCounts = new Map<string, number>();
  const termOf = (w: string): number => {
    let id = wordTerm.get(w);
    if (id !== undefined) return id;
    if (isStopWord(w)) id = STOP;
    else {
      const t = stem(w);
      id = termId.get(t);
      if (id === undefined) {
        id = names.length;
        termId.set(t, id);
        names.push(t);
      }
    }
    wordTerm.set(w, id);
    return id;
  };
  const sentences = corpus.sentences;
  const n = sentences.length;
  const start = new Int32Array(n + 1);
  let ids = new Int32Array(Math.max(1024, n * 16));
  let positions = new Uint16Array(ids.length);
  let used = 0;
  for (let s = 0; s < n; s++) {
    start[s] = used;
    const ws = words(sentences[s]?.text ?? '');
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i] as string;
      if (w.length >= 3) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
      const id = termOf(w);
      if (id === STOP) continue;
      if (used === ids.length) {
        ids = grow(ids, new Int32Array(used * 2));
        positions = grow(positions, new Uint16Array(used * 2));
      }
      ids[used] = id;
      positions[used] = Math.min(i, 65_535);
      used++;
    }
    if (s % SLICE === SLICE - 1) yield;
  }
  start[n] = used;
  ids = ids.slice(0, used);
  positions = positions.slice(0, used);
  yield;

  // Postings: each sentence listed once per distinct term, in sentence order.
  const df = new Int32Array(names.length);
  const lastSeen = new Int32Array(names.length).fill(-1);
  for (let s = 0; s < n; s++) {
    for (let k = start[s] ?? 0; k < (start[s + 1] ?? 0); k++) {
      const id = ids[k] ?? 0;
      if (lastSeen[id] !== s) {
        lastSeen[id] = s;
        df[id] = (df[id] ?? 0) + 1;
      }
    }
    if (s % (SLICE * 4) === 0) yield;
  }
  const postStart = new Int32Array(names.length + 1);
  for (let t = 0; t < names.length; t++) postStart[t + 1] = (postStart[t] ?? 0) + (df[t] ?? 0);
  const posting = new Int32Array(postStart[names.length] ?? 0);
  // How often the term occurs in that sentence, beside each posting: BM25 reads it for every
  // sentence a common term is in (tens of thousands), instead of counting through the sentence.
  const postingTf = new Uint16Array(posting.length);
  const fill = postStart.slice(0, names.length);
  lastSeen.fill(-1);
  for (let s = 0; s < n; s++) {
    for (let k = start[s] ?? 0; k < (start[s + 1] ?? 0); k++) {
      const id = ids[k] ?? 0;
      if (lastSeen[id] !== s) {
        lastSeen[id] = s;
        posting[fill[id] ?? 0] = s;
        fill[id] = (fill[id] ?? 0) + 1;
      }
      const slot = (fill[id] ?? 1) - 1;
      postingTf[slot] = Math.min(MAX_TF, (postingTf[slot] ?? 0) + 1);
    }
    if (s % (SLICE * 4) === 0) yield;
  }
  yield;

  // A document holds a term when its title does or one of its sentences (found by bisecting the
  // term's postings within the document's sentences): no per-document set of every term.
  const titles = new Map<string, readonly number[]>();
  const ranges = new Map<string, [number, number]>();
  for (const [k, d] of corpus.documents.entries()) {
    if (k % SLICE === SLICE - 1) yield;
    titles.set(d.file, [
      ...new Set(
        words(d.title)
          .map(termOf)
          .filter((id) => id !== STOP),
      ),
    ]);
    ranges.set(d.file, d.sentenceRange);
  }
  const inSentences = (term: number, from: number, to: number): boolean => {
    let lo = postStart[term] ?? 0;
    let hi = postStart[term + 1] ?? 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((posting[mid] ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < (postStart[term + 1] ?? 0) && (posting[lo] ?? to) < to;
  };

  const total = Math.max(1, n);
  const avgLength = used / total || 1;
  const dfOf = (term: string): number => {
    const id = termId.get(term);
    return id === undefined ? 0 : (df[id] ?? 0);
  };
  const idf = (term: string) => {
    const d = dfOf(term);
    return Math.log(1 + (total - d + 0.5) / (d + 0.5));
  };
  const has = (sentence: number, id: number): boolean => {
    for (let k = start[sentence] ?? 0; k < (start[sentence + 1] ?? 0); k++) if (ids[k] === id) return true;
    return false;
  };
  const empty: SentenceTerms = { terms: [], positions: [] };
  let scratch = new Float64Array(n);
  return {
    size: n,
    termsOf: (sentence) => {
      if (!(sentence >= 0 && sentence < n)) return empty;
      const from = start[sentence] ?? 0;
      const to = start[sentence + 1] ?? 0;
      return {
        terms: Array.from(ids.subarray(from, to), (id) => names[id] ?? ''),
        positions: positions.subarray(from, to),
      };
    },
    termSetOf: (sentence) => {
      if (!(sentence >= 0 && sentence < n)) return EMPTY;
      return {
        has: (term) => {
          const id = termId.get(term);
          return id !== undefined && has(sentence, id);
        },
      };
    },
    idf,
    df: dfOf,
    postings: (term) => {
      const id = termId.get(term);
      return id === undefined ? [] : Array.from(posting.subarray(postStart[id] ?? 0, postStart[id + 1] ?? 0));
    },
    heldIn: (term, from, to) => {
      const id = termId.get(term);
      return id !== undefined && inSentences(id, from, to);
    },
    docHas: (doc, term) => {
      const id = termId.get(term);
      if (id === undefined) return false;
      if (titles.get(doc)?.includes(id)) return true;
      const range = ranges.get(doc);
      return range !== undefined && inSentences(id, range[0], range[1]);
    },
    wordCounts,
    bm25(query, limit) {
      // One score slot per sentence, reused across questions (the core is single-threaded), and
      // the touched sentences listed so only they are read back: no Map of tens of thousands.
      if (scratch.length < n) scratch = new Float64Array(n);
      const touched: number[] = [];
      for (const [term, weight] of query) {
        const id = termId.get(term);
        if (id === undefined || weight <= 0) continue;
        const w = idf(term) * weight;
        for (let p = postStart[id] ?? 0; p < (postStart[id + 1] ?? 0); p++) {
          const sentence = posting[p] ?? 0;
          const from = start[sentence] ?? 0;
          const to = start[sentence + 1] ?? 0;
          let tf = postingTf[p] ?? 0;
          // Only a sentence repeating one term past the stored maximum is counted through.
          if (tf === MAX_TF) {
            tf = 0;
            for (let k = from; k < to; k++) if (ids[k] === id) tf++;
          }
          const norm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * (to - from)) / avgLength));
          if (scratch[sentence] === 0) touched.push(sentence);
          scratch[sentence] = (scratch[sentence] ?? 0) + w * norm;
        }
      }
      const best = topK(touched, (id) => scratch[id] ?? 0, limit);
      const out = best.map((sentence) => ({ sentence, score: scratch[sentence] ?? 0 }));
      for (const id of touched) scratch[id] = 0;
      return out;
    },
  };
}

function grow<T extends Int32Array | Uint16Array>(from: T, into: T): T {
  into.set(from);
  return into;
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
