// Candidates compete on evidence and "not found" is decided once, here: a fact reply and the
// ranked passages are scored by the same ranker on the sentences they cite; the better wins if it
// clears the fitted answerability threshold and the question's named focus meets the evidence.
import { isCommonWord } from '../corpus/common-words.js';
import { QUOTING_VERB } from '../corpus/speech-words.js';
import { askedForms } from '../language/action-verbs.js';
import { isTopicWord, isWordNetWord } from '../language/synonyms.js';
import type { Reply } from '../reply.js';
import { keyTerms, type Query } from './analyse-question.js';
import { aggregateReply } from './answer-aggregate.js';
import { askedEvent, boundsOf, withinBounds } from './answer-dates.js';
import { passageReply, type ShownPassages, shownPassages } from './answer-passages.js';
import { isNeverQuoted, MIN_TOPIC_SHARE } from './answer-quotes.js';
import {
  answerabilityFeatures,
  answerable,
  evidenceSignals,
  negationUnmet,
  questionSignals,
} from './answerability.js';
import { listNames } from './compose.js';
import type { AnswerContext } from './context.js';
import { FOCUS_MEETS_COVER, factNamesFocus, focusMeets, namesFocusAt } from './focus-meets.js';
import { notFound } from './not-found.js';
import { countsAsked, coverage, holdsAmount } from './passage-features.js';
import { answerabilityModel, type Candidate, rankPassages } from './ranker.js';
import { namesAThing } from './speaker-phrase.js';
import { terms } from './terms.js';
import { writesPhrase } from './written-phrase.js';

export function answerPassages(ctx: AnswerContext, query: Query, fact: Reply | null): Reply {
  // A speaker or a name the corpus does not know: passages would only be about someone else. (One
  // the articles name but never quote: only a passage reporting their words answers, below.)
  if (fact && !fact.found && namesSomeone(ctx, query) && !writtenInArticles(ctx, query)) return fact;
  if (query.unknownNames.length > 0)
    return notFound(ctx, `The articles do not mention ${listNames(query.unknownNames)}.`);
  const ranked = rankPassages(ctx, query);
  if (fact && isNeverQuoted(fact) && !speaksOfTopic(ctx, query, fact, ranked, true)) return fact;
  const best = ranked[0];
  const strange = unknownTopic(ctx, query);
  if (strange && (best?.features.coverWindow ?? 0) < STRANGE_TOPIC_COVER && !fact?.found)
    return notFound(ctx, `The articles say nothing about ${strange}.`);
  // A fact that names the question's focus in its evidence may stand; one that does not (another
  // carrier's date for "When did Saimaa Mobile …?") never does.
  let usableFact: Reply | undefined;
  if (fact?.found) {
    const cited = citedSentences(ctx, fact);
    const support = ranked.filter((c) => cited.includes(c.sentence));
    const evidence = Math.max(0, ...support.map((c) => c.score));
    const covered = Math.max(0, ...support.map((c) => c.features.coverWindow));
    const trusted = TRUSTED.has(fact.kind);
    // "He was arrested by the FBI in Miami on January 7": the parser's event says who ("he") and
    // what, as asked; a passage naming the person but no arrest does not outrank it.
    const asEvent =
      (fact.kind === 'when' || fact.kind === 'where') &&
      askedEvent(ctx, query.text, (e) => cited.includes(e.sentence)) !== undefined;
    if (trusted || asEvent || factNamesFocus(ctx, query, cited)) usableFact = fact;
    if (usableFact && (asEvent || evidence + factMargin(query, fact, covered) >= (best?.score ?? 0)))
      return usableFact;
    // "When was Meng arrested?": the best passage says "in December 2018", the fact "on Dec. 1"
    // of that month: the date to the day answers, the passage only narrows it.
    if (usableFact?.kind === 'when' && best && refinesDate(ctx, cited, best.sentence)) return usableFact;
  }
  // Quoted, but never on this topic: a passage answers only if it names them itself ("Holm said
  // the review …"), not one beside their words.
  if (
    fact?.kind === 'quotes' &&
    !fact.found &&
    fact.items.length > 0 &&
    !speaksOfTopic(ctx, query, fact, ranked)
  )
    return fact;
  const meets = focusMeets(ctx, query, ranked);
  if (!best || !answersAtAll(ctx, query, ranked, meets))
    return usableFact ?? (fact && !fact.found ? fact : notFound(ctx, 'The articles do not answer that.'));
  if (meets < FOCUS_MEETS_COVER)
    return notFound(ctx, `The articles do not say that about ${listNames(query.named.map((e) => e.name))}.`);
  // "What is not the main judicial body?" against "The Court of Justice is the main judicial body".
  if (negationUnmet(ctx, query, best.sentence))
    return notFound(ctx, 'The articles do not say what is not so.');
  const shown = shownPassages(ctx, query, ranked);
  const untyped = typedEvidenceMissing(ctx, query, ranked, shown);
  if (untyped) return notFound(ctx, untyped);
  return aggregateReply(ctx, query, ranked) ?? passageReply(ctx, query, ranked, shown);
}

/**
 * Whether a passage shown names the speaker of a quotes reply and holds enough of the topic asked;
 * with `speech`, in a sentence that reports speech ("Sullenberger … told the subcommittee that …").
 */
function speaksOfTopic(
  ctx: AnswerContext,
  query: Query,
  fact: Reply,
  ranked: Candidate[],
  speech = false,
): boolean {
  const intent = query.intent;
  if (intent.kind !== 'quotes' || (!intent.topic && !speech)) return true;
  const speaker = fact.entities[0] ? ctx.linker.link(fact.entities[0]) : undefined;
  const topic = intent.topic ? keyTerms(ctx, intent.topic) : [];
  const total = topic.reduce((sum, k) => sum + k.weight, 0);
  return ranked.slice(0, SHOWN).some((c) => {
    const words = ctx.passages.termSetOf(c.sentence);
    const has = (t: string) => words.has(t);
    const named =
      speaker !== undefined && [...ctx.mentionsIn(c.sentence), ...ctx.voicesIn(c.sentence)].includes(speaker);
    const text = ctx.corpus.sentences[c.sentence]?.text ?? '';
    if (speech && !QUOTING_VERB.test(text)) return false;
    return named && (topic.length === 0 || coverage(topic, has, total) >= MIN_TOPIC_SHARE);
  });
}

/** Passages a reply shows, at least. */
const SHOWN = 3;

/** What a reply says when the passages shown lack the kind of answer asked for. */
const NO_SUCH: Partial<Record<Query['answerType'], string>> = {
  number: 'The articles give no such number.',
  date: 'The articles give no date for that.',
  person: 'The articles name no one who did that.',
};

/**
 * Why the passages shown do not answer, when they lack what the question asks for: "How much did
 * Microsoft offer?" with no amount, "When did Michel Aoun resign?" with no date ("When do treaties
 * apply?", naming no one, may be answered by a condition), "Who was named prime minister to
 * replace Hassan Diab?" with no one but Diab; or "How many people does Huawei employ in Germany?"
 * with numbers said only of France's staff.
 */
function typedEvidenceMissing(
  ctx: AnswerContext,
  query: Query,
  ranked: Candidate[],
  shown: ShownPassages,
): string | undefined {
  const type = query.answerType;
  // ("How long did …", "how many years …": a span of dates may be the answer.)
  const asksDuration = /\bhow (?:long|old)\b|\byears?\b|\bcentur/i.test(query.text);
  // "When did … resume after the March 2022 suspension?": a date before it answers nothing.
  const bounds = type === 'date' ? boundsOf(query.text) : {};
  const bounded = (c: Candidate) =>
    (bounds.after === undefined && bounds.before === undefined) ||
    ctx.datesIn(c.sentence).some((d) => withinBounds(d.date.iso, bounds));
  // The passages shown and the sentences the first carries on into.
  const typed = [...shown.passages, ...ranked.filter((c) => shown.next.includes(c.sentence))].filter(
    (c) =>
      c.features.answerType === 1 &&
      bounded(c) &&
      (type !== 'number' ||
        (countsAsked(ctx.corpus.sentences[c.sentence]?.text ?? '', query.text) &&
          (asksDuration ||
            holdsAmount(
              ctx.corpus.sentences[c.sentence]?.text ?? '',
              ctx.datesIn(c.sentence).map((d) => d.phrase),
            )))),
  );
  if (
    typed.length === 0 &&
    (type === 'number' || type === 'person' || (type === 'date' && query.named.length > 0))
  )
    return NO_SUCH[type];
  if (
    (type === 'number' || type === 'date') &&
    typed.length > 0 &&
    !typed.some((c) => namesFocusAt(ctx, query, c.sentence))
  )
    return `The articles do not say that about ${listNames(query.named.map((e) => e.name))}.`;
  return undefined;
}

/**
 * Below this share of the question found around the best sentence, a topic word the corpus never
 * uses means the question is about something else ("the best pizza in Riga").
 */
const STRANGE_TOPIC_COVER = 0.6;
/** The share of a question's weight in words no article uses, from which English words count as
 * strange too. */
const STRANGE_SHARE = 0.4;

/**
 * A topic word of the question that no article uses, even as a synonym: a term or name the
 * articles lack ("neoliberalism", "mpg"), or English words that make up much of the question
 * ("Who won the World Cup?"). One English word the articles never use in a question they
 * otherwise share ("aircraft", "relief") is more often the asker's paraphrase of what they do
 * say ("from the air", "deduct"): the ranker and the answerability model judge that question.
 */
function unknownTopic(ctx: AnswerContext, query: Query): string | undefined {
  const paraphrase = questionSignals(query).unknownTerms < STRANGE_SHARE;
  return query.terms.find(
    (k) =>
      !k.corrected &&
      !k.typeNoun &&
      k.unseen &&
      isTopicWord(k.word) &&
      !(paraphrase && (isCommonWord(k.word) || isWordNetWord(k.word))) &&
      // A compound ("governor-equipped") or a relative of a corpus word ("likelihood", "likely").
      !k.word.includes('-') &&
      !ctx.speller.sharesStart(k.word) &&
      // An acronym ("EU") may be written out in the articles; it is not a strange topic.
      !query.text.split(/[^\p{L}\p{N}]+/u).includes(k.word.toUpperCase()),
  )?.word;
}

function namesSomeone(ctx: AnswerContext, query: Query): boolean {
  const intent = query.intent;
  if (intent.kind === 'quotes') return !namesAThing(ctx, intent.person);
  if (intent.kind === 'who-is') return intent.strict && looksLikeName(intent.name);
  // "Who is the CEO of ZTE?" with no such role anywhere ZTE is named.
  return intent.kind === 'role';
}

/**
 * "What did the German government say?": no one the parser knows, but the articles write the
 * phrase ("the German government didn't accept …"); the passages say what they say of it.
 */
function writtenInArticles(ctx: AnswerContext, query: Query): boolean {
  if (query.intent.kind !== 'quotes') return false;
  const phrase = query.intent.person.replace(/^(?:the|a|an)\s+/i, '');
  return phrase.length >= 4 && writesPhrase(ctx, phrase);
}

/** "Tim Cook", "ren zhengfei": two to four words without question words. */
function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 4 && !words.some((w) => /^(the|of|in|on|for|a|an|what|which)$/i.test(w));
}

function answersAtAll(ctx: AnswerContext, query: Query, ranked: Candidate[], meets: number): boolean {
  const model = answerabilityModel();
  if (!model) return true;
  const best = ranked[0];
  const evidence = best ? evidenceSignals(ctx, query, best.sentence) : undefined;
  const features = answerabilityFeatures(questionSignals(query), ranked, evidence, meets);
  return answerable(features, model) >= model.threshold;
}

/** Facts that answer what they were asked whether or not their sentences name the question's focus. */
const TRUSTED: ReadonlySet<string> = new Set(['quotes', 'who-said', 'who-is', 'sources', 'list']);

/** How much better a list's evidence must be than the best passage when one thing is asked for. */
const SPECIFIC_MARGIN = 0.01;
/** Above this share of the question outside the restriction asked about, no list answers it. */
const BEYOND_THE_LIST = 0.5;
const RESTRICTION_FORM = new RegExp(`\\b(?:${askedForms('restriction')})\\b`, 'gi');

/** The weight share of the question's words that are neither the restriction's verb nor its target. */
function beyondTheList(query: Query): number {
  const intent = query.intent;
  const target = intent.kind === 'restriction' || intent.kind === 'yes-no' ? (intent.target ?? '') : '';
  const listed = new Set(terms(`${target} ${(query.text.match(RESTRICTION_FORM) ?? []).join(' ')}`));
  let total = 0;
  let rest = 0;
  for (const k of query.terms) {
    if (k.typeNoun) continue;
    total += k.weight;
    if (!listed.has(k.term)) rest += k.weight;
  }
  return total > 0 ? rest / total : 0;
}

/** Evidence around a sentence that holds the whole question (synonyms at half weight). */
const FULL_COVER = 0.9;

/**
 * How far a fact reply is trusted over passages with the same evidence: a typed fact that
 * matches what was asked (a speaker's quotes, a person's roles, a list for a list question)
 * wins; a list offered for a question that wants one specific thing must earn its place.
 */
function factMargin(query: Query, fact: Reply, covered: number): number {
  const type = query.answerType;
  switch (fact.kind) {
    case 'quotes':
    case 'who-said':
    // "Who wrote about X?": the bylines of the articles about it, which no passage states; "which
    // companies are mentioned?": the names gathered across articles.
    case 'sources':
    case 'list':
      return 1;
    case 'who-is':
      // A person holding the very role asked about ("who founded X?") answers a "who".
      return type === 'description' || query.intent.kind === 'role' ? 1 : 0;
    case 'restriction':
    case 'yes-no':
      // A number only when the question counts the restrictions ("how many countries banned X?").
      if (type === 'list' || type === 'person' || type === 'yes-no' || type === 'other' || type === 'number')
        return 0.3;
      if (type !== 'organisation' && type !== 'place') return 0;
      // "Which company banned X?" is answered by the list. "Which UK telecoms company confirmed in
      // December 2018 that it was removing X from its 4G network?" asks more than any list says:
      // the list must then outrank the passage that says it all, not merely tie with it.
      return beyondTheList(query) > BEYOND_THE_LIST ? -SPECIFIC_MARGIN : 0.3;
    case 'when':
      // A dated sentence holding all the question answers a "when": the date is stated, not left
      // to the reader. One that holds less must outrank the passages.
      return type === 'date' && covered >= FULL_COVER ? 0.1 : 0;
    default:
      return 0;
  }
}

/** Whether a cited sentence dates the same period as the sentence more precisely. */
function refinesDate(ctx: AnswerContext, cited: number[], sentence: number): boolean {
  const coarse = ctx.dateOf(sentence)?.iso;
  if (!coarse) return false;
  return cited.some((s) =>
    ctx.datesIn(s).some((d) => d.date.iso.length > coarse.length && d.date.iso.startsWith(coarse)),
  );
}

/** The sentences a fact reply cites. */
function citedSentences(ctx: AnswerContext, fact: Reply): number[] {
  const out: number[] = [];
  for (const citation of fact.citations) {
    const doc = ctx.document(citation.doc);
    if (!doc) continue;
    for (let s = doc.sentenceRange[0]; s < doc.sentenceRange[1]; s++) {
      const text = ctx.corpus.sentences[s]?.text ?? '';
      if (citation.snippet.includes(text) || text.includes(citation.snippet)) out.push(s);
    }
  }
  return out;
}
