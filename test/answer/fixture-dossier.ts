// The answer engine over the eight fixture articles, built once per test file, and the checks every
// reply must pass whatever the question: honest citations and a short answer.
import {
  type Corpus,
  createDossier,
  type Dossier,
  parseCorpus,
  type Reply,
  replyToPlainText,
} from '../../src/index.js';
import { fixtureSourceFiles } from '../fixtures/articles.js';

export const MAX_ANSWER_CHARS = 1500;

export function fixtureDossier(): Dossier {
  return createDossier(parseCorpus(fixtureSourceFiles()));
}

const spaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The whole reply as a user reads it, folded for "contains" checks: lower case, straight quotes. */
export function readable(reply: Reply): string {
  return spaces(replyToPlainText(reply)).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
}

/**
 * What is wrong with a reply's citations: a snippet that is not verbatim in its article (after
 * whitespace normalisation), a title or date that is not the article's, an unknown document, an
 * item citing a citation that does not exist. Empty when all is well.
 */
export function citationProblems(corpus: Corpus, reply: Reply): string[] {
  const problems: string[] = [];
  for (const citation of reply.citations) {
    const doc = corpus.documents.find((d) => d.file === citation.doc);
    if (!doc) {
      problems.push(`unknown document ${citation.doc}`);
      continue;
    }
    if (!spaces(doc.raw).includes(spaces(citation.snippet)))
      problems.push(`not verbatim in ${doc.file}: "${citation.snippet}"`);
    if (citation.snippet.trim().length === 0) problems.push(`empty snippet for ${doc.file}`);
    if (citation.title !== doc.title) problems.push(`title "${citation.title}" is not "${doc.title}"`);
    if (citation.date !== doc.date) problems.push(`date ${citation.date} is not ${doc.date}`);
  }
  for (const item of reply.items)
    for (const cite of item.cites)
      if (cite < 0 || cite >= reply.citations.length) problems.push(`item cites missing citation ${cite}`);
  return problems;
}

export function answerLength(reply: Reply): number {
  return replyToPlainText(reply).length;
}
