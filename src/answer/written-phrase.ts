// Whether the articles write a phrase as it stands ("the German government", "Panama Canal"):
// read in the sentences holding its rarest word, not over the whole corpus.
import type { AnswerContext } from './context.js';
import { terms } from './terms.js';

/** Sentences read: the rarest word's first ones. */
const PHRASE_LOOKS = 300;

/** `alike` also counts a sentence that writes the phrase another way ("Department of Energy"). */
export function writesPhrase(ctx: AnswerContext, phrase: string, alike?: RegExp): boolean {
  const lower = phrase.toLowerCase();
  const rarest = terms(lower).sort((a, b) => ctx.passages.df(a) - ctx.passages.df(b))[0];
  if (!rarest) return false;
  return ctx.passages
    .postings(rarest)
    .slice(0, PHRASE_LOOKS)
    .some((s) => {
      const text = ctx.corpus.sentences[s]?.text.toLowerCase() ?? '';
      return text.includes(lower) || (alike?.test(text) ?? false);
    });
}
