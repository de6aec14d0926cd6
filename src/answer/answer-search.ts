// Anything else: the best one to three sentences that really cover the question, or "not found".
import type { Reply } from '../reply.js';
import { ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { answering, retrieve } from './retrieve.js';

const NUMBER =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|third|quarter|fifth|tenth|percent|per cent)\b/i;
/** Words that give a reason: a "why" question prefers sentences holding one. */
const BECAUSE =
  /\b(because|since|due to|owing to|over|amid|after|so that|in order to|as a result|fears?|concerns?|worries|reason)\b/i;

export type SearchKind = 'search' | 'how-many' | 'why';

export function answerSearch(ctx: AnswerContext, question: string, kind: SearchKind = 'search'): Reply {
  const entities = ctx.linker.find(question).map((f) => f.entity);
  const text = (s: number) => ctx.corpus.sentences[s]?.text ?? '';
  // "How many" is answered only by a sentence that states a number; "why" prefers one that gives a reason.
  const filter = kind === 'how-many' ? (s: number) => NUMBER.test(text(s)) : undefined;
  const boost = kind === 'why' ? (s: number) => (BECAUSE.test(text(s)) ? 3 : 0) : undefined;
  const passages = answering(
    retrieve(ctx, question, { entities, ...(filter ? { filter } : {}), ...(boost ? { boost } : {}) }),
    kind === 'how-many' ? 1 : 2,
  );
  if (passages.length === 0) return notFound(ctx, 'The articles do not answer that.');
  const draft = new ReplyDraft(kind === 'why' ? 'search' : kind, 'From the articles:').entity(
    ...entities.map((e) => e.name),
  );
  for (const p of passages) draft.item(text(p.sentence), ctx.cite(p.sentence));
  return draft.build();
}
