// A question → one Reply, in stages that each run once: analyse the question, gather candidates
// (structured facts and ranked passages), let them compete on evidence, decide answerability once.
// Never throws: bad input becomes a clear Reply.
import type { Reply } from '../reply.js';
import { messageReply } from '../reply-builders.js';
import { texts } from '../texts.js';
import { analyseQuestion } from './analyse-question.js';
import type { AnswerContext } from './context.js';
import { answerPassages } from './decide-answer.js';
import { commandReply, factReply } from './fact-answers.js';

/** Longer questions are refused: nobody types 1,000 characters into a chat question. */
export const MAX_QUESTION = 1000;

export function answerQuestion(ctx: AnswerContext, question: string, today?: string): Reply {
  const text = question.trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return messageReply('invalid', texts.emptyQuestion, false, ['help']);
  if (text.length > MAX_QUESTION) return messageReply('invalid', texts.tooLong(MAX_QUESTION), false);
  const query = analyseQuestion(ctx, text);
  const command = commandReply(ctx, query, today);
  if (command) return command;
  return answerPassages(ctx, query, factReply(ctx, query));
}
