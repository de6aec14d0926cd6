// "Who is P?" / "What is X?": the roles the articles give, what they did or what was done to them,
// and a defining sentence; "What did X do?": the events X acted in.
import type { Entity } from '../corpus/types.js';
import type { Reply } from '../reply.js';
import { describe } from './answer-restriction.js';
import { formatPartial, ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';

export function answerWhoIs(ctx: AnswerContext, entity: Entity): Reply {
  const roles = uniqueBy(entity.roles, (r) => r.title.toLowerCase()).slice(0, 3);
  const lead = roles.length
    ? `${entity.name}: ${roles.map((r) => r.title).join('; ')}.`
    : `${entity.name}, as the articles describe ${entity.type === 'person' ? 'them' : 'it'}:`;
  const draft = new ReplyDraft('who-is', lead).entity(entity.name);
  for (const role of roles)
    draft.item(ctx.corpus.sentences[role.source.sentence]?.text ?? '', ctx.cite(role.source.sentence));
  const defining = entity.mentions.filter((m) =>
    isDefinition(ctx.corpus.sentences[m.sentence]?.text ?? '', entity),
  );
  for (const m of defining.slice(0, 2))
    draft.item(ctx.corpus.sentences[m.sentence]?.text ?? '', ctx.cite(m.sentence));
  const events = ctx.corpus.events.filter(
    (e) => e.kind !== 'statement' && (e.actors.includes(entity.id) || e.targets.includes(entity.id)),
  );
  for (const event of events.slice(0, 3))
    draft.item(ctx.corpus.sentences[event.sentence]?.text ?? '', ctx.cite(event.sentence));
  if (draft.size === 0)
    for (const m of entity.mentions.slice(0, 2))
      draft.item(ctx.corpus.sentences[m.sentence]?.text ?? '', ctx.cite(m.sentence));
  if (ctx.corpus.quotes.some((q) => q.speaker === entity.id)) draft.suggest(`What did ${entity.name} say?`);
  return draft.build();
}

export function answerActorEvents(ctx: AnswerContext, actorText: string): Reply {
  const actor = ctx.linker.link(actorText.replace(/^(the|a|an) /i, ''));
  if (!actor) return notFound(ctx, `The articles do not mention ${actorText}.`);
  const acted = ctx.corpus.events.filter((e) => e.actors.includes(actor.id));
  const events = acted.length ? acted : ctx.corpus.events.filter((e) => e.targets.includes(actor.id));
  if (events.length === 0) return answerWhoIs(ctx, actor);
  const draft = new ReplyDraft(
    'who-is',
    acted.length
      ? `What ${actor.name} did, according to the articles:`
      : `What happened to ${actor.name}, according to the articles:`,
  ).entity(actor.name);
  for (const event of events) draft.item(describe(ctx, event), ctx.cite(event.sentence));
  return draft.build();
}

/** "Huawei is a provider of ...", "X, a drone maker, ..." */
function isDefinition(sentence: string, entity: Entity): boolean {
  return [entity.name, ...entity.aliases].some(
    (name) =>
      sentence.startsWith(`${name} is `) ||
      sentence.startsWith(`${name} was `) ||
      sentence.includes(`${name}, a `) ||
      sentence.includes(`${name}, an `),
  );
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

export { formatPartial };
