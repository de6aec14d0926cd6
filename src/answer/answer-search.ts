// Anything else: the best one to three sentences that really cover the question, or "not found".
import type { Reply } from '../reply.js';
import { ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { answering, retrieve } from './retrieve.js';

const NUMBER =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b/i;

export function answerSearch(
  ctx: AnswerContext,
  question: string,
  kind: 'search' | 'how-many' = 'search',
): Reply {
  const entities = ctx.linker.find(question).map((f) => f.entity);
  // "How many" is answered only by a sentence that states a number.
  const filter =
    kind === 'how-many' ? (s: number) => NUMBER.test(ctx.corpus.sentences[s]?.text ?? '') : undefined;
  const passages = answering(
    retrieve(ctx, question, { entities, ...(filter ? { filter } : {}) }),
    kind === 'how-many' ? 1 : 2,
  );
  const [first] = passages;
  if (!first) {
    return notFound(ctx, 'The articles do not answer that.');
  }
  const draft = new ReplyDraft(kind, 'From the articles:').entity(...entities.map((e) => e.name));
  for (const p of passages) draft.item(ctx.corpus.sentences[p.sentence]?.text ?? '', ctx.cite(p.sentence));
  return draft.build();
}
