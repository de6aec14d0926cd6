// The baseline the engine is measured against, as QA papers report one: plain BM25 (MiniSearch's
// defaults) over the same sentences, exact terms only, English stop words dropped, answering with
// the top three. It has no notion of "not found" beyond an empty result.
import MiniSearch from 'minisearch';
import type { Citation, Corpus, Sentence } from '../src/index.js';
import type { CandidateAnswer } from './check-answer.js';

export const BASELINE_TOP = 3;

export interface Baseline {
  answer(question: string): CandidateAnswer & { citations: Citation[] };
}

// The usual short English stop list (as in Lucene's StandardAnalyzer, plus question words).
const STOP_WORDS = new Set(
  `a an and are as at be but by for if in into is it no not of on or such that the their then there these
  they this to was will with what who whom which when where why how did does do has have had i you he she we`.split(
    /\s+/,
  ),
);

export function createBm25Baseline(corpus: Corpus): Baseline {
  const search = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return STOP_WORDS.has(lower) ? null : lower;
    },
  });
  search.addAll(corpus.sentences.map((sentence, id) => ({ id, text: sentence.text })));
  const documents = new Map(corpus.documents.map((d) => [d.file, d]));
  const cite = (sentence: Sentence): Citation => {
    const document = documents.get(sentence.doc);
    return {
      doc: sentence.doc,
      title: document?.title ?? sentence.doc,
      date: document?.date ?? null,
      snippet: sentence.text,
    };
  };
  return {
    answer(question) {
      const top = search
        .search(question)
        .slice(0, BASELINE_TOP)
        .flatMap((result) => corpus.sentences[result.id as number] ?? []);
      return {
        found: top.length > 0,
        answer: top.map((sentence) => sentence.text).join('\n'),
        citations: top.map(cite),
      };
    },
  };
}
