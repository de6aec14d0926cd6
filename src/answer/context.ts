// What every answerer needs, built once per corpus: the corpus, its indexes and small lookups.
import type { Corpus, CorpusDocument, Entity } from '../corpus/types.js';
import type { Citation } from '../reply.js';
import { createEntityLinker, type EntityLinker } from './link-entities.js';
import { buildSentenceIndex, type SentenceIndex } from './sentence-index.js';

export interface AnswerContext {
  corpus: Corpus;
  index: SentenceIndex;
  linker: EntityLinker;
  entity(id: string): Entity | undefined;
  document(file: string): CorpusDocument | undefined;
  /** A citation of one sentence, verbatim. */
  cite(sentence: number): Citation;
  /** A citation of any verbatim passage of a document. */
  citeText(doc: string, snippet: string): Citation;
}

export function buildContext(corpus: Corpus): AnswerContext {
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  const documents = new Map(corpus.documents.map((d) => [d.file, d]));
  const citeText = (doc: string, snippet: string): Citation => {
    const document = documents.get(doc);
    return { doc, title: document?.title ?? doc, date: document?.date ?? null, snippet };
  };
  return {
    corpus,
    index: buildSentenceIndex(corpus),
    linker: createEntityLinker(corpus.entities),
    entity: (id) => entities.get(id),
    document: (file) => documents.get(file),
    cite: (sentence) => {
      const s = corpus.sentences[sentence];
      return citeText(s?.doc ?? '', s?.text ?? '');
    },
    citeText,
  };
}
