// "Who is P?" / "What is X?": the roles the articles give, what they did or what was done to them,
// and a defining sentence; "What did X do?": the events X acted in.
import type { Entity } from '../corpus/types.js';
import { escapeRegExp } from '../escape-reg-exp.js';
import type { Reply } from '../reply.js';
import { describe } from './answer-restriction.js';
import { formatPartial, ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { expand, terms } from './terms.js';

export function answerWhoIs(ctx: AnswerContext, entity: Entity): Reply {
  const roles = uniqueBy(entity.roles, (r) => r.title.toLowerCase()).slice(0, 3);
  const lead = roles.length
    ? `${entity.name}: ${roles.map((r) => r.title).join('; ')}.`
    : `${entity.name}, as the articles describe ${entity.type === 'person' ? 'them' : 'it'}:`;
  const draft = new ReplyDraft('who-is', lead).entity(entity.name);
  for (const role of roles)
    draft.item(ctx.corpus.sentences[role.source.sentence]?.text ?? '', ctx.cite(role.source.sentence));
  // Two defining sentences are shown: stop looking once they are found.
  const defines = definitionOf(entity);
  const defining: typeof entity.mentions = [];
  for (const m of entity.mentions) {
    if (defining.length >= 2) break;
    if (defines(ctx.corpus.sentences[m.sentence]?.text ?? '')) defining.push(m);
  }
  for (const m of defining.slice(0, 2))
    draft.item(ctx.corpus.sentences[m.sentence]?.text ?? '', ctx.cite(m.sentence));
  const events = ctx.eventsOf(entity.id).filter((e) => e.kind !== 'statement');
  for (const event of events.slice(0, 3))
    draft.item(ctx.corpus.sentences[event.sentence]?.text ?? '', ctx.cite(event.sentence));
  if (draft.size === 0)
    for (const m of entity.mentions.slice(0, 2))
      draft.item(ctx.corpus.sentences[m.sentence]?.text ?? '', ctx.cite(m.sentence));
  if (ctx.quotesBy(entity.id).length > 0) draft.suggest(`What did ${entity.name} say?`);
  return draft.build();
}

export function answerActorEvents(ctx: AnswerContext, actorText: string): Reply {
  const actor = ctx.linker.link(actorText.replace(/^(the|a|an) /i, ''));
  if (!actor) return notFound(ctx, `The articles do not mention ${actorText}.`);
  const own = ctx.eventsOf(actor.id);
  const acted = own.filter((e) => e.actors.includes(actor.id));
  const events = acted.length ? acted : own.filter((e) => e.targets.includes(actor.id));
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

/** "Who is the CEO of Vodafone?": the people whose role the articles give as that. */
export function answerRole(ctx: AnswerContext, role: string, orgText: string): Reply | null {
  const org = ctx.linker.link(orgText.replace(/^(the|a|an) /i, ''));
  const wanted = terms(role);
  // An organisation the articles do not name: its CEO is nobody here, not every CEO they name.
  if (wanted.length === 0 || (!org && orgText.trim() !== '')) return null;
  const names = org ? [org.name, ...org.aliases].map((n) => n.toLowerCase()) : [];
  const nameTerms = new Set(names.flatMap((n) => terms(n)));
  const fits = (title: string, of?: string) =>
    wanted.every((w) => expand(w).some((t) => terms(title).includes(t))) &&
    (!org ||
      (of !== undefined && names.includes(of.toLowerCase())) ||
      names.some((n) => title.toLowerCase().includes(n)));
  // The plainest title wins: "the chief" of a company is its CEO, not its chief financial
  // officer, whose title qualifies the word; the word as asked breaks a tie.
  const rank = (title: string) => {
    const own = terms(title).filter((t) => !nameTerms.has(t));
    const extra = own.filter((t) => !wanted.some((w) => expand(w).includes(t))).length;
    const exact = wanted.every((w) => own.includes(w)) ? 0 : 0.5;
    return extra + exact;
  };
  const all = ctx.corpus.entities.flatMap((person) =>
    person.type === 'person'
      ? person.roles.filter((r) => fits(r.title, r.of)).map((r) => ({ person, role: r, rank: rank(r.title) }))
      : [],
  );
  const plainest = Math.min(...all.map((h) => h.rank));
  const holders = all.filter((h) => h.rank === plainest);
  if (holders.length === 0) return null;
  const people = [...new Set(holders.map((h) => h.person))];
  const lead = people.map(
    (p) =>
      `${p.name}: ${[...new Set(holders.filter((h) => h.person === p).map((h) => h.role.title))].join('; ')}`,
  );
  const draft = new ReplyDraft('who-is', `${lead.join('. ')}.`);
  for (const h of holders) {
    draft
      .entity(h.person.name)
      .item(ctx.corpus.sentences[h.role.source.sentence]?.text ?? '', ctx.cite(h.role.source.sentence));
  }
  return draft.build();
}

/** A writer of the articles: "who is Stephen Gadd?" is answered by the byline. */
export function answerAuthor(ctx: AnswerContext, name: string): Reply | null {
  const wanted = name.toLowerCase().replace(/\s+/g, ' ').trim();
  const docs = ctx.corpus.documents.filter((d) => d.author?.toLowerCase() === wanted);
  const first = docs[0];
  if (!first?.author) return null;
  const lead = `${first.author} wrote ${docs.length === 1 ? 'this article' : `${docs.length} of the articles`}:`;
  const draft = new ReplyDraft('who-is', lead).entity(first.author);
  for (const doc of docs) {
    draft.item(
      `“${doc.title}”${doc.date ? ` (${formatPartial(doc.date)})` : ''}`,
      ctx.citeText(doc.file, doc.author ?? ''),
    );
  }
  return draft.build();
}

/** "Huawei is a provider of ...", "X, a drone maker, ..." */
/**
 * Whether a sentence defines the entity: "X is …", "The X was …", "The National Science Foundation
 * Network (NSFNET) was …", "X, a …".
 */
function definitionOf(entity: Entity): (sentence: string) => boolean {
  const names = [entity.name, ...entity.aliases].map(escapeRegExp);
  const opening = new RegExp(
    `^(?:the )?(?:[^()]{0,80}\\()?(?:${names.join('|')})\\)? (?:is|was|are|were) `,
    'i',
  );
  const apposition = new RegExp(`(?:${names.join('|')}), an? `);
  return (sentence) => opening.test(sentence) || apposition.test(sentence);
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
