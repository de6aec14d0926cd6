// "Where was Oliver Schmidt arrested?": the place of the event the question asks about, as the
// parser read it ("arrested by the FBI in Miami"), cited. With no such event the passages answer.
import type { Reply } from '../reply.js';
import { askedEvent } from './answer-dates.js';
import { ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';

export function answerWhere(ctx: AnswerContext, about: string): Reply | null {
  const event = askedEvent(ctx, about, (e) => e.place !== undefined);
  if (!event?.place) return null;
  return new ReplyDraft('where', `${event.place}, according to the articles:`)
    .item(event.source, ctx.cite(event.sentence))
    .build();
}
