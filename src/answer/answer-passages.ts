// A passage answer: the best-ranked sentences, verbatim and cited, best first.
import type { Reply } from '../reply.js';
import type { Query } from './analyse-question.js';
import { ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import type { Candidate } from './ranker.js';

/** Passages shown at most; more would bury the answer. */
const MAX_PASSAGES = 3;

export function passageReply(ctx: AnswerContext, query: Query, ranked: Candidate[]): Reply {
  const draft = new ReplyDraft('search', 'From the articles:').entity(...query.focus.map((e) => e.name));
  const shown: number[] = [];
  for (const c of ranked) {
    if (shown.length >= MAX_PASSAGES) break;
    const text = ctx.corpus.sentences[c.sentence]?.text ?? '';
    // A sentence already inside another shown one adds nothing.
    if (shown.some((s) => (ctx.corpus.sentences[s]?.text ?? '').includes(text))) continue;
    shown.push(c.sentence);
    draft.item(text, ctx.cite(c.sentence));
  }
  return draft.build();
}
