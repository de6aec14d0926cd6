// The small command table (help, sources, timeline, summary, what happened on a date) and the
// structured facts a question's reading points to (quotes by speaker, roles, restrictions,
// dated events). A fact reply is a candidate: decide-answer weighs it against the passages.
import {
  askedKind,
  listedNoun,
  ORGANISATION_NOUNS,
  PERSON_NOUNS,
  PLACE_KIND_NOUNS,
} from '../language/answer-types.js';
import type { Reply } from '../reply.js';
import { messageReply } from '../reply-builders.js';
import type { Query } from './analyse-question.js';
import { answerOnDate, answerTimeline, answerWhen } from './answer-dates.js';
import { answerMentioned } from './answer-mentioned.js';
import { answerAuthorsOf, answerSources, answerSummary } from './answer-meta.js';
import { answerQuotes, answerWhoSaid } from './answer-quotes.js';
import { answerRestriction, answerYesNo } from './answer-restriction.js';
import { answerSpeakers } from './answer-speakers.js';
import { answerActorEvents, answerAuthor, answerRole, answerWhoIs } from './answer-who.js';
import { ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { expand, stem, terms, words } from './terms.js';

/** Commands answer from the corpus as a whole; they never compete with passages. */
export function commandReply(ctx: AnswerContext, query: Query, today?: string): Reply | null {
  const intent = query.intent;
  switch (intent.kind) {
    case 'help':
      // The Dossier fills help with examples it has checked against the corpus (src/help/).
      return messageReply('help', '', true);
    case 'sources':
      return answerSources(ctx);
    case 'timeline':
      return answerTimeline(ctx, intent.topic);
    case 'summary':
      return answerSummary(ctx, intent.about);
    case 'on-date':
      return answerOnDate(ctx, intent.when, today);
    default:
      return null;
  }
}

/** The structured answer the question's reading points to, or null when it points to none. */
export function factReply(ctx: AnswerContext, query: Query): Reply | null {
  const intent = query.intent;
  switch (intent.kind) {
    case 'restriction': {
      // "Which countries banned X?" lists countries, not the carriers that also did.
      // "Which company banned X?" asks for companies too, though it says one.
      const listed = listedNoun(query.text) ?? askedKind(query.text);
      const ask = (kind: boolean) =>
        answerRestriction(ctx, intent.allow, intent.target, {
          ...(listed && kind ? { actors: listed } : {}),
          ...(intent.count ? { count: true } : {}),
          byActors: listed !== undefined || /^who\b/i.test(query.text),
        });
      const reply = ask(true);
      // An actor the articles do not type as asked ("Eastmark", a country read as an organisation)
      // still restricted it: when no actor is of the kind, the actors as they are.
      return reply.found || !listed ? reply : ask(false);
    }
    case 'yes-no':
      return answerYesNo(ctx, intent.actor, intent.verb, intent.target);
    case 'quotes': {
      // "What did Vodafone's boss say?": a role stands for the person who holds it.
      // "What does the UK's cyber centre think?": a name inside the phrase stands for it too.
      const linked = ctx.linker.link(intent.person);
      const byRole = linked
        ? undefined
        : (query.focus.find((e) => e.type === 'person') ??
          query.named.find((e) => intent.person.toLowerCase().includes(e.name.toLowerCase())));
      // "What did Stephen Gadd write?": a writer of the articles says what is in them.
      const writer = linked || byRole ? null : answerAuthor(ctx, intent.person);
      return writer ?? answerQuotes(ctx, byRole?.name ?? intent.person, intent.topic);
    }
    case 'who-said':
      return answerWhoSaid(ctx, intent.phrase);
    case 'speakers':
      return answerSpeakers(ctx, intent.topic);
    case 'mentioned':
      return answerMentioned(ctx, intent.noun);
    case 'who-is': {
      const entity = ctx.linker.link(intent.name) ?? ctx.roles.find(intent.name)[0];
      if (entity) return answerWhoIs(ctx, entity);
      return answerAuthor(ctx, intent.name);
    }
    case 'role':
      return answerRole(ctx, intent.role, intent.org) ?? roleInText(ctx, intent.role, intent.org);
    case 'authors':
      return answerAuthorsOf(ctx, intent.topic);
    case 'actor-events':
      return answerActorEvents(ctx, intent.actor);
    case 'when':
      return answerWhen(ctx, intent.about);
    default:
      return null;
  }
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
function roleInText(ctx: AnswerContext, role: string, orgText: string): Reply | null {
  const org = ctx.linker.link(orgText.replace(/^(the|a|an) /i, ''));
  const wanted = terms(role);
  if (!org && terms(orgText).every((t) => ctx.passages.df(t) === 0))
    return notFound(ctx, `The articles do not mention ${orgText.replace(/^(the|a|an) /i, '')}.`);
  // Only a title ("CEO", "president") of an organisation or a country: "Emma's brother" and "the
  // patron saint of the Huguenots" are for the passages.
  if (!org || org.type === 'person' || wanted.length === 0 || !wanted.some((w) => isTitleWord(ctx, w)))
    return null;
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
      const said = words(ctx.corpus.sentences[s]?.text ?? '').map(stem);
      const at = (set: Set<string>) => said.flatMap((w, i) => (set.has(w) ? [i] : []));
      const roleAt = at(roleWords);
      if (roleAt.length === 0) continue;
      const orgAt = at(orgWords);
      if (roleAt.some((i) => orgAt.some((j) => Math.abs(i - j) <= ROLE_NEAR_NAME)))
        draft.item(ctx.corpus.sentences[s]?.text ?? '', ctx.cite(s));
    }
  }
  return draft.size > 0 ? draft.build() : notFound(ctx, `The articles name no ${role} of ${org.name}.`);
}

/** Title words: the person nouns of the language lists, and every word of a title the articles give. */
const titleWordsOf = new WeakMap<AnswerContext, Set<string>>();
function isTitleWord(ctx: AnswerContext, word: string): boolean {
  let known = titleWordsOf.get(ctx);
  if (!known) {
    known = new Set(PERSON_NOUNS.flatMap((n) => terms(n)));
    for (const e of ctx.corpus.entities)
      for (const r of e.roles) for (const t of terms(r.title)) known.add(t);
    titleWordsOf.set(ctx, known);
  }
  return expand(word).some((w) => known.has(w));
}
