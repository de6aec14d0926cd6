// BM25 passage retrieval over the corpus sentences (MiniSearch), plus the term statistics the
// answer engine uses to judge whether a passage really answers a question.
import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.js';
import { expand, terms } from './terms.js';

export interface Hit {
  sentence: number;
  score: number;
}

export interface SentenceIndex {
  search(queryTerms: string[], limit?: number, filter?: (sentence: number) => boolean): Hit[];
  /** Inverse document frequency of a stemmed term over sentences; unknown terms get the maximum. */
  idf(term: string): number;
  /** Stemmed terms of each sentence. */
  termsOf(sentence: number): Set<string>;
}

export function buildSentenceIndex(corpus: Corpus): SentenceIndex {
  const sentenceTerms = corpus.sentences.map((s) => new Set(terms(s.text)));
  const df = new Map<string, number>();
  for (const set of sentenceTerms) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, corpus.sentences.length);
  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    // Terms arrive stemmed from terms(); queries are stemmed by the caller the same way.
    tokenize: (text) => terms(text),
    processTerm: (term) => term,
    searchOptions: { processTerm: (term) => term },
  });
  mini.addAll(corpus.sentences.map((s, id) => ({ id, text: s.text })));
  return {
    search(queryTerms, limit = 20, filter) {
      const asked = new Set(queryTerms);
      const expanded = [...new Set(queryTerms.flatMap(expand))];
      if (expanded.length === 0) return [];
      const results = mini.search(expanded.join(' '), {
        tokenize: (text) => text.split(' '),
        // The question's own words count fully, their synonyms a little.
        boostTerm: (term) => (asked.has(term) ? 1 : 0.3),
        fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
        combineWith: 'OR',
        ...(filter ? { filter: (r) => filter(r.id as number) } : {}),
      });
      return results.slice(0, limit).map((r) => ({ sentence: r.id as number, score: r.score }));
    },
    idf: (term) => Math.log(1 + n / ((df.get(term) ?? 0) + 0.5)),
    termsOf: (sentence) => sentenceTerms[sentence] ?? new Set(),
  };
}
