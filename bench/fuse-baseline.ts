// The baseline the engine is measured against: a plain Fuse.js search over the same sentences,
// answering with the top three. It has no notion of "not found" beyond an empty result.
import Fuse from 'fuse.js';
import type { Citation, Corpus, Sentence } from '../src/index.js';
import type { CandidateAnswer } from './check-answer.js';

export const BASELINE_TOP = 3;

export interface Baseline {
  answer(question: string): CandidateAnswer & { citations: Citation[] };
}

/**
 * Fuse's defaults, except `ignoreLocation`: by default Fuse only scores matches near the start of
 * a string, which would hide most of a sentence from the search.
 */
export function createFuseBaseline(corpus: Corpus): Baseline {
  const fuse = new Fuse<Sentence>(corpus.sentences, { keys: ['text'], ignoreLocation: true });
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
      const top = fuse.search(question, { limit: BASELINE_TOP }).map((result) => result.item);
      return {
        found: top.length > 0,
        answer: top.map((sentence) => sentence.text).join('\n'),
        citations: top.map(cite),
      };
    },
  };
}
