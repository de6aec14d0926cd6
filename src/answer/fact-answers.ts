// The small command table (help, sources, timeline, summary, what happened on a date) and the
// structured facts a question's reading points to (quotes by speaker, roles, restrictions,
// dated events). A fact reply is a candidate: decide-answer weighs it against the passages.
import { isRoleWord, isTenureWord, isVoiceTitle } from '../corpus/lexicon.js';
import { askedKind, listedNoun } from '../language/answer-types.js';
import { HONORIFICS } from '../language/honorifics.js';
import { isWordNetWord } from '../language/synonyms.js';
import type { Reply } from '../reply.js';
import { messageReply } from '../reply-builders.js';
import type { Query } from './analyse-question.js';
import { answerOnDate, answerTimeline, answerWhen } from './answer-dates.js';
import { answerMentioned } from './answer-mentioned.js';
import { answerAuthorsOf, answerSources, answerSummary } from './answer-meta.js';
import { answerQuotes, answerWhoSaid, bestSpeakerOn } from './answer-quotes.js';
import { answerRestriction, answerYesNo } from './answer-restriction.js';
import { answerSpeakers } from './answer-speakers.js';
import { answerWhere } from './answer-where.js';
import { answerActorEvents, answerAuthor, answerRole, answerWhoIs } from './answer-who.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { namesAThing } from './speaker-phrase.js';
import { stem } from './terms.js';

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
          except: (actor) => query.excluded.some((e) => e.id === actor.id),
        });
      const reply = ask(true);
      // An actor the articles do not type as asked ("Eastmark", a country read as an organisation)
      // still restricted it: when no actor is of the kind, the actors as they are.
      return reply.found || !listed ? reply : ask(false);
    }
    case 'yes-no':
      return answerYesNo(ctx, intent.actor, intent.verb, intent.target);
    case 'quotes': {
      // "the us transport secretery": a speaker phrase typed wrong is read as the articles spell it.
      const person = spelledAsWritten(ctx, intent.person);
      // "What did Vodafone's boss say?": a role stands for the person who holds it.
      // "What does the UK's cyber centre think?": a name inside the phrase stands for it too.
      // ("Senator Blumenthal", "Mr Read": the name after a title or an honorific.)
      // ("Singapore's state investment firm": the organisation the articles describe so.)
      const direct = ctx.roles.described(person) ?? ctx.linker.link(person);
      // (Not the owner of a post asked by it: "Ericsson's chief executive" is not Ericsson.)
      const post = heldPost(person);
      const byName = direct || post ? undefined : ctx.linker.link(untitled(person));
      const linked = direct ?? byName;
      // The role is read in the speaker's words first: "the analyst at Lindqvist" in "… say about
      // Evergrande's car business" is no Evergrande role.
      // ("What did the CEO say about the hearing?": of the CEOs, the one who spoke of it.)
      const holders = linked ? [] : ctx.roles.find(person, intent.topic !== undefined);
      const byRole = linked
        ? undefined
        : (bestSpeakerOn(
            ctx,
            // (Else people the speaker phrase itself names: "… tell Zuckerberg?" is not his words.)
            holders.length ? holders : spokenOf(ctx, person, query),
            intent.topic,
          ) ??
          // ("the Nordic Council guidelines" are a thing: the council's people do not speak for them.)
          (namesAThing(ctx, person)
            ? undefined
            : query.named.find((e) => person.toLowerCase().includes(e.name.toLowerCase()))));
      // "What did Ericsson's chief executive say?" when no one holds that post: not the company's
      // other words. (Its spokesman's unnamed words are the company's, and answer.)
      if (post && !linked && holders.length === 0 && byRole?.type !== 'person')
        return notFound(ctx, `The articles name no ${person.replace(/^(?:the|a|an)\s+/i, '')}.`);
      // "What did Stephen Gadd write?": a writer of the articles says what is in them.
      const writer = linked || byRole ? null : answerAuthor(ctx, person);
      const quoted = writer ?? answerQuotes(ctx, byRole?.name ?? byName?.name ?? person, intent.topic);
      // "Why did Musk say he was ending the deal?" when his own words do not say: the reason may be
      // reported ("The letter said Musk was ending the deal because …"), for the passages to find.
      return !quoted.found && /^why\b/i.test(query.text) ? null : quoted;
    }
    case 'who-said':
      return answerWhoSaid(ctx, intent.phrase);
    case 'speakers':
      return answerSpeakers(ctx, intent.topic, intent.who);
    case 'mentioned':
      return answerMentioned(ctx, intent.noun);
    case 'who-is': {
      const entity = ctx.linker.link(intent.name) ?? ctx.roles.find(intent.name)[0];
      if (entity) return answerWhoIs(ctx, entity);
      return answerAuthor(ctx, intent.name);
    }
    case 'role': {
      const asked = answerRole(ctx, intent.role, intent.org);
      // ("Equifax's permanent CEO": a post no title says is held for good is its holder's post.)
      const post = intent.role
        .split(/\s+/)
        .filter((w) => !isTenureWord(w))
        .join(' ');
      const reply =
        asked?.found || post === intent.role || post === ''
          ? asked
          : (answerRole(ctx, post, intent.org) ?? asked);
      if (reply?.found) return reply;
      // "the cybersecurity subcommittee that questioned CrowdStrike": the body less the clause
      // describing it, when the whole finds no one (the clause may name another body).
      const body = intent.org.replace(/\s+(?:that|which|who|whose)\s.*$/i, '');
      if (body === intent.org) return reply;
      // (Found by neither: the passages answer, which may say who chairs "the subcommittee".)
      const retry = answerRole(ctx, intent.role, body);
      return retry?.found ? retry : null;
    }
    case 'authors':
      return answerAuthorsOf(ctx, intent.topic);
    case 'actor-events':
      // ("… do to help Texans during the storm?": the passages that say so, not all X did.)
      return intent.topic ? null : answerActorEvents(ctx, intent.actor);
    case 'when':
      return answerWhen(ctx, intent.about);
    case 'where':
      return answerWhere(ctx, intent.about);
    default:
      return null;
  }
}

/** A name less the title before it: "Senator Richard Blumenthal" → "Richard Blumenthal", "Culture
 * Secretary Nicky Morgan" → "Nicky Morgan" (the title ends at its last role word or honorific,
 * where only capitalised words follow). */
function untitled(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  let name = words.length;
  while (name > 0 && /^\p{Lu}/u.test(words[name - 1] ?? '')) name--;
  for (let i = words.length - 2; i >= Math.max(0, name - 1); i--)
    if (isRoleWord(words[i] ?? '') || HONORIFICS.test(words[i] ?? '')) return words.slice(i + 1).join(' ');
  return words.join(' ');
}

/** The question's people that its speaker phrase names, by name or by role. */
function spokenOf(ctx: AnswerContext, phrase: string, query: Query) {
  const inPhrase = new Set(ctx.linker.find(phrase).map((f) => f.entity));
  return query.focus.filter((e) => e.type === 'person' && inPhrase.has(e));
}

/** A post one person holds ("chief executive", "chairman"), not a voice any of an organisation's
 * people may be ("spokesman", "official"): asked by an owner's name ("Ericsson's …"). */
function heldPost(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return (
    /\p{Lu}[\p{L}\p{N}&.-]*['’]s?\s/u.test(phrase) &&
    words.some((w) => isRoleWord(w)) &&
    !words.some(isVoiceTitle)
  );
}

/** Each lower-case word the articles never use, spelled as the nearest word they do ("secretery"
 * → "secretary"); names and known words stay as typed. */
function spelledAsWritten(ctx: AnswerContext, phrase: string): string {
  return phrase
    .split(' ')
    .map((w) =>
      // (An English word is no typo: "the suez canal boss" is not its "loss".)
      /^\p{Ll}{4,}$/u.test(w) && ctx.passages.df(stem(w)) === 0 && !isWordNetWord(w)
        ? (ctx.speller.correct(w) ?? w)
        : w,
    )
    .join(' ');
}
