// "Who is P?" / "What is X?": the roles the articles give, what they did or what was done to them,
// and a defining sentence; "What did X do?": the events X acted in.
import { isTenureWord, TOP_POSTS } from '../corpus/lexicon.js';
import type { Entity } from '../corpus/types.js';
import { escapeRegExp } from '../escape-reg-exp.js';
import { ORGANISATION_NOUNS, PERSON_NOUNS, PLACE_KIND_NOUNS } from '../language/answer-types.js';
import type { Reply } from '../reply.js';
import { describe } from './answer-restriction.js';
import { formatPartial, ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { differsInRank, isRank } from './find-roles.js';
import { notFound } from './not-found.js';
import { expand, terms } from './terms.js';

/** Roles a "who is" names: a career, not every title an article gave in passing. */
const MAX_ROLES = 5;

export function answerWhoIs(ctx: AnswerContext, entity: Entity): Reply {
  const roles = uniqueBy(entity.roles, (r) => r.title.toLowerCase()).slice(0, MAX_ROLES);
  const lead = roles.length
    ? `${entity.name}: ${roles.map((r) => titleWithBody(ctx, r)).join('; ')}.`
    : `${entity.name}, as the articles describe ${entity.type === 'person' ? 'them' : 'it'}:`;
  const draft = new ReplyDraft('who-is', lead).entity(entity.name);
  // (One sentence may give two roles: "a director at Blackstone and a former vice chairman of GE".)
  for (const sentence of new Set(roles.map((r) => r.source.sentence)))
    draft.item(ctx.corpus.sentences[sentence]?.text ?? '', ctx.cite(sentence));
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

/** "board's chair (California Air Resources Board, CARB)": the body a title's own words leave
 * unnamed, with the initials the articles also call it by. */
function titleWithBody(ctx: AnswerContext, role: Entity['roles'][number]): string {
  if (!role.of) return role.title;
  const said = new Set(terms(role.title));
  if (terms(role.of).every((t) => said.has(t))) return role.title;
  const body = ctx.linker.link(role.of, 'org');
  const initials =
    body?.name === role.of
      ? body.aliases.find((a) => /^\p{Lu}{2,6}$/u.test(a) && !said.has(a.toLowerCase()))
      : undefined;
  return `${role.title} (${role.of}${initials ? `, ${initials}` : ''})`;
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
  const orgName = orgText.replace(/^(the|a|an) /i, '');
  const org = ctx.linker.link(orgName) ?? headNamed(ctx, orgName);
  const wanted = terms(role);
  if (wanted.length === 0) return null;
  // "Who runs HiSilicon?" asks for its head by whatever title: its president, if no chief.
  const anyHead = wanted.every((t) => HEAD_TERMS.has(t));
  const accepts = (w: string) => (anyHead ? [...expand(w), ...TOP_POST_TERMS] : expand(w));
  // An organisation the articles do not name: its CEO is nobody here, not every CEO they name.
  if (!org && orgText.trim() !== '')
    return terms(orgText).every((t) => ctx.passages.df(t) === 0)
      ? notFound(ctx, `The articles do not mention ${orgName}.`)
      : null;
  const names = org ? [org.name, ...org.aliases].map((n) => n.toLowerCase()) : [];
  const nameTerms = new Set(names.flatMap((n) => terms(n)));
  const fits = (title: string, of?: string) =>
    wanted.every((w) => accepts(w).some((t) => terms(title).includes(t))) &&
    !differsInRank(wanted, new Set(terms(title))) &&
    (!org ||
      (of !== undefined && names.includes(of.toLowerCase())) ||
      names.some((n) => title.toLowerCase().includes(n)));
  // The plainest title wins: "the chief" of a company is its CEO, not its chief financial
  // officer, whose title qualifies the word; the word as asked breaks a tie.
  const rank = (title: string) => {
    // (A tenure word says how the post is held: "acting administrator" is as plain as
    // "administrator"; "the company" is the body itself: "interim head of the company" is its head.)
    const held = title
      .split(/\s+/)
      .filter((w) => !isTenureWord(w) && !ORGANISATION_NOUNS.includes(w.toLowerCase()))
      .join(' ');
    const own = terms(held).filter((t) => !nameTerms.has(t));
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
  if (holders.length === 0) return org ? roleInText(ctx, role, wanted, org) : null;
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

const TOP_POST_TERMS = TOP_POSTS.flatMap((w) => terms(w));
/** The words for a head ("chief", "boss", "head"). */
const HEAD_TERMS: ReadonlySet<string> = new Set(expand('head'));

/** The body a described phrase ends on, its owner and kind before it or its kind after it (not a
 * place or time it is in):
 * "Huawei's chip unit HiSilicon" is HiSilicon, "the Qwest consortium" Qwest ("Ethiopian Airlines
 * Flight 302" ends on no name: it is not the airline). */
function headNamed(ctx: AnswerContext, phrase: string): Entity | undefined {
  const end = phrase
    .replace(/[^\p{L}\p{N}]+$/u, '')
    .replace(/\s+\p{Ll}+$/u, '')
    .toLowerCase();
  return ctx.linker.find(phrase).find(
    (f) =>
      ` ${end}`.endsWith(` ${f.words.toLowerCase()}`) &&
      // ("the papal army in the War of Barbastro" is an army, not the war.)
      !/\b(?:in|at|on|of|for|from|during|against|with)(?: the| a| an)?$/.test(
        end.slice(0, -f.words.length).trim(),
      ),
  )?.entity;
}

/** Words between a role and its organisation's name: "Huawei's founder and CEO" is three. */
const ROLE_NEAR_NAME = 4;
/** Articles read for a role: enough to find it, bounded for a much-named organisation. */
const DOCS_READ = 20;
/** Sentences shown that state the role. */
const ROLE_SENTENCES = 3;

/**
 * "Who is the CEO of ZTE?" when the parser found no holder: the sentences of its articles that
 * put the role's words (or their synonyms) next to its name or its kind ("the bank's chief
 * executive"); when there are none, the articles name no one so, and a passage would only be
 * about someone else's CEO. Null when the question asks no title of an organisation or place.
 */
function roleInText(ctx: AnswerContext, role: string, wanted: string[], org: Entity): Reply | null {
  // Only a title ("CEO", "president") of an organisation or a country: "Emma's brother" and "the
  // patron saint of the Huguenots" are for the passages.
  if (org.type === 'person' || !wanted.some((w) => isTitleWord(ctx, w))) return null;
  const roleWords = new Set(wanted.flatMap(expand));
  // Its name, or what an article about it calls it ("the bank's chief executive").
  const orgWords = new Set([
    ...[org.name, ...org.aliases].flatMap((l) => terms(l)),
    ...(org.type === 'place' ? PLACE_KIND_NOUNS : ORGANISATION_NOUNS).flatMap((n) => terms(n)),
  ]);
  // The role's word near the organisation ("ZTE's chief executive", "CEO of ZTE"), in the
  // articles that name it; not anywhere in a sentence that also names it ("the Chinese giant …
  // vice president Ansip").
  const draft = new ReplyDraft('who-is', `The ${role} of ${org.name}, as the articles put it:`).entity(
    org.name,
  );
  for (const file of [...new Set(org.mentions.map((m) => m.doc))].slice(0, DOCS_READ)) {
    const [from, to] = ctx.document(file)?.sentenceRange ?? [0, 0];
    for (let s = from; s < to && draft.size < ROLE_SENTENCES; s++) {
      // The index's terms and word positions: no sentence is read again.
      const { terms: said, positions } = ctx.passages.termsOf(s);
      const at = (set: Set<string>) => said.flatMap((t, i) => (set.has(t) ? [positions[i] ?? 0] : []));
      // ("Huawei Canada's vice-president" holds no president: a rank not asked, right before.)
      const ranked = said.flatMap((t, i) => (isRank(t) && !wanted.includes(t) ? [positions[i] ?? 0] : []));
      const roleAt = at(roleWords).filter((i) => !ranked.includes(i - 1));
      if (roleAt.length === 0) continue;
      const orgAt = at(orgWords);
      // Most of the post's words, not one it shares with another post ("chief" of "chief
      // executive" for a "chief technology officer").
      // (Met within the title it makes with the others: "SVB Financial Group … the group's chief
      // restructuring officer" names no financial officer.)
      const met = wanted.filter((w) => {
        const own = at(new Set(expand(w)));
        return (
          wanted.length === 1 || own.some((p) => roleAt.some((q) => q !== p && Math.abs(q - p) <= TITLE_SPAN))
        );
      }).length;
      if (met <= wanted.length - met) continue;
      // ("chief restructuring officer" is no "chief financial officer": a word not asked inside
      // the title, where the one unmet would be.)
      if (met < wanted.length && qualifiedOtherwise(said, positions, roleAt, roleWords)) continue;
      if (roleAt.some((i) => orgAt.some((j) => Math.abs(i - j) <= ROLE_NEAR_NAME)))
        draft.item(ctx.corpus.sentences[s]?.text ?? '', ctx.cite(s));
    }
  }
  return draft.size > 0 ? draft.build() : notFound(ctx, `The articles name no ${role} of ${org.name}.`);
}

/** Whether a word that is no role word stands between two of the role's words within a title's
 * span (three words). */
function qualifiedOtherwise(
  said: readonly string[],
  positions: ArrayLike<number>,
  roleAt: readonly number[],
  roleWords: ReadonlySet<string>,
): boolean {
  return roleAt.some((i) =>
    roleAt.some(
      (j) =>
        j > i + 1 &&
        j - i <= TITLE_SPAN &&
        said.some((t, k) => {
          const at = positions[k] ?? -1;
          return at > i && at < j && !roleWords.has(t);
        }),
    ),
  );
}
const TITLE_SPAN = 3;

/** Title words: the person nouns of the language lists, and every word of a title the articles give. */
const titleWordsOf = new WeakMap<AnswerContext, Set<string>>();
function isTitleWord(ctx: AnswerContext, word: string): boolean {
  let known = titleWordsOf.get(ctx);
  if (!known) {
    known = new Set(PERSON_NOUNS.flatMap((n) => terms(n)));
    for (const e of ctx.corpus.entities)
      if (e.type === 'person') for (const r of e.roles) for (const t of terms(r.title)) known.add(t);
    titleWordsOf.set(ctx, known);
  }
  return expand(word).some((w) => known.has(w));
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
  // "Andrew Tallon, who taught art history at Vassar, …" defines him as well as "…, an art historian".
  const apposition = new RegExp(`(?:${names.join('|')}), (?:an?|who|whose) `);
  return (sentence) => opening.test(sentence) || apposition.test(sentence);
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
