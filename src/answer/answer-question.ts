// A question → the answerer for its intent. Never throws: bad input becomes a clear Reply.
import type { Reply } from '../reply.js';
import { messageReply } from '../reply-builders.js';
import { texts } from '../texts.js';
import { answerOnDate, answerTimeline, answerWhen } from './answer-dates.js';
import { answerAuthorsOf, answerHelp, answerSources, answerSummary } from './answer-meta.js';
import { answerQuotes, answerWhoSaid } from './answer-quotes.js';
import { answerRestriction, answerYesNo } from './answer-restriction.js';
import { answerSearch } from './answer-search.js';
import { answerActorEvents, answerAuthor, answerRole, answerWhoIs } from './answer-who.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { parseQuestion } from './parse-question.js';

/** Longer questions are refused: nobody types 1,000 characters into a chat question. */
export const MAX_QUESTION = 1000;

export function answerQuestion(ctx: AnswerContext, question: string, today?: string): Reply {
  const text = question.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return messageReply('invalid', texts.emptyQuestion, false, ['help']);
  if (text.length > MAX_QUESTION) return messageReply('invalid', texts.tooLong(MAX_QUESTION), false);
  const intent = parseQuestion(text);
  switch (intent.kind) {
    case 'help':
      return answerHelp(ctx);
    case 'sources':
      return answerSources(ctx);
    case 'restriction':
      return answerRestriction(ctx, intent.allow, intent.target);
    case 'yes-no':
      return answerYesNo(ctx, intent.actor, intent.verb, intent.target);
    case 'quotes':
      return answerQuotes(ctx, intent.person, intent.topic);
    case 'who-said':
      return answerWhoSaid(ctx, intent.phrase);
    case 'who-is': {
      const entity = ctx.linker.link(intent.name);
      if (entity) return answerWhoIs(ctx, entity);
      const author = answerAuthor(ctx, intent.name);
      if (author) return author;
      // "What was the smoking gun?" is a question about a thing the text describes, not a name.
      const found = answerSearch(ctx, text);
      if (found.found || !intent.strict || !looksLikeName(intent.name)) return found;
      return notFound(ctx, `The articles do not mention ${intent.name}.`);
    }
    case 'role':
      return answerRole(ctx, intent.role, intent.org) ?? answerSearch(ctx, text);
    case 'authors':
      return answerAuthorsOf(ctx, intent.topic);
    case 'why':
      return answerSearch(ctx, text, 'why');
    case 'actor-events':
      return answerActorEvents(ctx, intent.actor);
    case 'when':
      return answerWhen(ctx, intent.about);
    case 'on-date':
      return answerOnDate(ctx, intent.when, today);
    case 'how-many':
      return answerSearch(ctx, text, 'how-many');
    case 'summary':
      return answerSummary(ctx, intent.about);
    case 'timeline':
      return answerTimeline(ctx, intent.topic);
    case 'search':
      return answerSearch(ctx, text);
  }
}

/** "Tim Cook", "ren zhengfei": two or three words without question words. */
function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 4 && !words.some((w) => /^(the|of|in|on|for|a|an|what|which)$/i.test(w));
}
