// What a quote question's speaker phrase names: someone, or a thing whose words are its text.
import { isCommonWord } from '../corpus/common-words.js';
import { isRoleWord } from '../corpus/lexicon.js';
import { isEntityNoun } from '../language/answer-types.js';
import type { AnswerContext } from './context.js';

/**
 * "What do the EU guidelines say?": the one who speaks is a thing, a common noun that names no
 * kind of speaker, no one the articles know and no role. Its words are asked of the passages.
 */
export function namesAThing(ctx: AnswerContext, phrase: string): boolean {
  const last = phrase.trim().split(/\s+/).pop() ?? '';
  // "Elon Musk": a capitalised word is a name, even one the dictionary knows.
  if (/^\p{Lu}/u.test(last)) return false;
  const written = last.toLowerCase();
  // "guidlines" typed for the articles' "guidelines".
  const head = isCommonWord(written) ? written : (ctx.speller.correct(written) ?? written);
  const singular = head.replace(/s$/, '');
  return (
    (isCommonWord(head) || isCommonWord(singular)) &&
    !isEntityNoun(head) &&
    !isEntityNoun(singular) &&
    // ("Ericsson's chief executive": a post is someone's, held or not.)
    !isRoleWord(head) &&
    !ctx.linker.link(phrase.replace(/^(?:the|a|an)\s+/i, '')) &&
    ctx.roles.find(phrase).length === 0
  );
}
