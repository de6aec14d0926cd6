// "What did P say (about T)?" and "who said '...'?": quotes by speaker, the most relevant first.
import type { Entity, Quote } from '../corpus/types.js';
import { monthNumber } from '../language/calendar-words.js';
import { isTopicWord } from '../language/synonyms.js';
import type { Reply } from '../reply.js';
import { type KeyTerm, keyTerms } from './analyse-question.js';
import { clip, leadingSentences, ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { retrieve } from './retrieve.js';
import { terms } from './terms.js';

const MAX_QUOTE = 320;

/** Quotes shown at least, when the speaker said that many: with three, a speaker's fourth quote,
 * the one asked for in other words, was cut from a short record. */
const FEW_QUOTES = 5;

/** The month a topic names ("in August"), 1-12; "may" the verb is no month. */
function askedMonth(topic: string | undefined): number | undefined {
  const word = topic ? /\b(?:in|during|on|since|by|early|late|mid)\s+(\p{L}+)/iu.exec(topic)?.[1] : undefined;
  const month = word ? monthNumber(word) : 0;
  return month > 0 ? month : undefined;
}

/** Whether a quote was said in a month: its article published then (a sentence's own date may be a
 * deadline it speaks of: "the licence runs until August 19"), else its sentence dated so. */
function saidIn(ctx: AnswerContext, quote: Quote, month: number): boolean {
  const published = ctx.document(quote.doc)?.date;
  if (published) return Number(published.slice(5, 7)) === month;
  return ctx.dateOf(quote.sentence)?.month === month;
}

export function answerQuotes(ctx: AnswerContext, personText: string, topic?: string): Reply {
  const speaker = ctx.linker.link(personText.replace(/^(the|a|an) /i, ''), 'person');
  if (!speaker) return notFound(ctx, `The articles do not quote anyone called ${personText}.`);
  // An organisation speaks through its people too: "a Huawei spokesman said ...".
  const voices = new Set([speaker.id, ...spokespeople(ctx, speaker)]);
  // Sorted by sentence only once it is known which are shown (sorting is stable, so filtering
  // first keeps the same order): a much-quoted organisation has tens of thousands of quotes.
  const voiced = [...voices].flatMap((id) => ctx.quotesBy(id));
  if (voiced.length === 0) return unquoted(ctx, speaker, topic);
  const inOrder = (list: Quote[]) => list.slice().sort((a, b) => a.sentence - b.sentence);
  const { onTopic, relevance } = quotesOnTopic(ctx, voiced, topicOf(ctx, topic));
  // "… when he extended the license in August": the words said that month first.
  const month = askedMonth(topic);
  const inMonth = new Set(month === undefined ? [] : voiced.filter((q) => saidIn(ctx, q, month)));
  const said = (q: Quote) => (inMonth.has(q) ? 1 : 0);
  const topical = inOrder([...new Set([...inMonth, ...(onTopic.length ? onTopic : voiced)])]).sort(
    (a, b) => said(b) - said(a) || relevance(b) - relevance(a) || Number(a.reported) - Number(b.reported),
  );
  // A topic met by few quotes may be met in other words ("GMS" for "Google services"): the
  // speaker's other words follow, direct quotes first, until a few are shown.
  const others =
    onTopic.length > 0 && onTopic.length < FEW_QUOTES
      ? inOrder(voiced.filter((q) => !onTopic.includes(q)))
          .sort((a, b) => Number(a.reported) - Number(b.reported))
          .slice(0, FEW_QUOTES - onTopic.length)
      : [];
  const chosen = [...topical, ...others];
  const role = speaker.roles[0]?.title;
  const lead =
    topic && onTopic.length === 0
      ? `${speaker.name} says nothing about ${topic} in the articles; what ${speaker.name} did say:`
      : `${speaker.name}${role ? ` (${role})` : ''} said:`;
  const draft = new ReplyDraft('quotes', lead).entity(speaker.name);
  const shown = new Set<string>();
  for (const quote of chosen) {
    const via = quote.speaker !== speaker.id ? ` (${quote.speakerName})` : '';
    // A few words quoted within a sentence ("a 'step in the right direction' but called for …")
    // say little alone: the sentence around them is shown, once.
    if (isFragment(quote)) {
      if (shown.has(quote.source)) continue;
      shown.add(quote.source);
      draft.item(`${quote.source}${via}`, ctx.citeText(quote.doc, quote.source));
      continue;
    }
    // (Reported words already shown in their sentence, or the sentence shown for its fragment.)
    if (quote.reported && shown.has(quote.source)) continue;
    if (quote.reported) shown.add(quote.source);
    const words = leadingSentences(quote.text, MAX_QUOTE);
    // Cited only if shown: past the reply's items a quote is only counted.
    draft.itemCiting(
      `${quote.reported ? `(reported) ${clip(words, MAX_QUOTE)}` : `“${clip(words, MAX_QUOTE)}”`}${via}`,
      () => {
        // A quote over two paragraphs lost the second one's opening mark: cite its first paragraph.
        const firstPart = leadingSentences(quote.text.split('\n\n')[0] ?? '', MAX_QUOTE);
        return [ctx.citeText(quote.doc, firstPart.length >= 20 ? firstPart : quote.source)];
      },
    );
  }
  draft.suggest(`Who is ${speaker.name}?`);
  // Their other words are shown, but the question itself is not answered.
  return draft.build(!(topic && onTopic.length === 0));
}

/** Quoted words fewer than this, within a longer sentence, are a fragment of it. */
const FRAGMENT_WORDS = 6;

/** A short quote with the words just before it in its sentence, which say what it was said of:
 * 'said the crashes had been "completely preventable"'. Longer quotes speak for themselves. */
function withFrame(quote: Quote): string {
  const at = quote.source.indexOf(quote.text);
  if (quote.reported || at < 0 || quote.text.split(/\s+/).length >= FRAGMENT_WORDS) return quote.text;
  return quote.source.slice(Math.max(0, at - FRAME_CHARS), at + quote.text.length);
}
/** Characters before a short quote read as what it was said of. */
const FRAME_CHARS = 60;

function isFragment(quote: Quote): boolean {
  return (
    !quote.reported &&
    quote.text.split(/\s+/).length < FRAGMENT_WORDS &&
    quote.source.length > quote.text.length + 20 &&
    quote.source.length <= MAX_QUOTE &&
    quote.source.includes(quote.text)
  );
}

/**
 * The quotes on a topic, and how well each one's own words meet it. A quote is on the topic when
 * its words hold enough of it ("Evergrande", in every quote of a corpus about it, is not enough
 * for "Evergrande's electric car unit"), or when the article and the words around it hold the
 * rest: "This disappointing decision …", in an article of July titled "UK bans Huawei"; "… oppose
 * the petition", in an article about a winding-up petition. An occasion ("after the seizure",
 * "during the debate on the amendment") is told of by the article, anywhere in it: when no quote
 * meets it otherwise, the quotes of an article that holds all of it do. Without a topic, all are.
 */
function quotesOnTopic(
  ctx: AnswerContext,
  voiced: Quote[],
  topic: Topic,
): { onTopic: Quote[]; relevance: (q: Quote) => number } {
  const topicTerms = topic.terms;
  // Scored once per quote: sorting must not re-read every quote's words on each comparison.
  const scores = scoreQuotes(ctx, topicTerms, voiced);
  const relevance = (q: Quote) => scores.get(q) ?? 0;
  if (!topicTerms.length) return { onTopic: voiced, relevance };
  const onTopic = voiced
    .filter((q) => relevance(q) >= MIN_TOPIC_SHARE)
    .concat(setOnTopic(ctx, topicTerms, voiced, relevance));
  if (onTopic.length > 0 || !topic.occasion) return { onTopic, relevance };
  // (Its own words or other names: a related word anywhere in an article is too loose.)
  const told = (doc: string) => {
    const has = (t: string) => ctx.passages.docHas(doc, t);
    return topicTerms.every((k) => has(k.term) || (k.same?.some(has) ?? false));
  };
  return { onTopic: voiced.filter((q) => told(q.doc)), relevance };
}

interface Topic {
  /** The topic's words, with their synonyms and parts ("backdoors" meets "back doors") at half weight. */
  terms: KeyTerm[];
  /** A clause naming when the words were said, not what they were about. */
  occasion: boolean;
}

/** The weight of the words saying where something was said, beside those of what it was about. */
const SETTING_WEIGHT = 0.5;
/** ("at the hearing", "in her letter to staff": where the words were said is an occasion too.) */
const OCCASION = /^(?:when|after|as|while|before|during|at|in)\b/i;

function topicOf(ctx: AnswerContext, topic: string | undefined): Topic {
  if (!topic) return { terms: [], occasion: false };
  // "(on) the Q3 call about how MOVEit customers reacted": the matter is what follows "about";
  // where it was said counts for less.
  // (A matter of one word, "who was to blame", is too little to go on alone.)
  const found = /^(.{3,}?)\s(?:about|regarding|concerning)\s+(.{3,})$/i.exec(topic);
  const split = found?.[2] && keyTerms(ctx, found[2]).length >= 2 ? found : undefined;
  const matter = split?.[2] ?? topic;
  const terms = clauseThings(keyTerms(ctx, matter), matter);
  const setting = split?.[1]
    ? keyTerms(ctx, split[1])
        .filter((k) => !terms.some((t) => t.term === k.term))
        .map((k) => ({ ...k, weight: k.weight * SETTING_WEIGHT }))
    : [];
  return { terms: [...terms, ...setting], occasion: OCCASION.test(topic) };
}

/**
 * "… say when Hufeld got pushed out", "… about how the crew handled the emergency": a clause's
 * verbs are the asker's own ("forced out", "performed all the procedures"); its names and nouns
 * say which occasion or matter it was.
 */
function clauseThings(topicTerms: KeyTerm[], topic: string): KeyTerm[] {
  const opener = /^(?:when|after|as|while|before|during|at|in|how|why|whether)\b/i
    .exec(topic)?.[0]
    .toLowerCase();
  if (!opener) return topicTerms;
  // (The opening word itself is no thing of the clause: "during the outage" is about the outage.)
  const things = topicTerms.filter((k) => isTopicWord(k.word) && k.word.toLowerCase() !== opener);
  return things.length ? things : topicTerms;
}

/**
 * Of the people a role names ("the culture secretary": two held it), the one whose words meet the
 * topic best; the first when no topic tells them apart.
 */
export function bestSpeakerOn(
  ctx: AnswerContext,
  people: readonly Entity[],
  topic?: string,
): Entity | undefined {
  if (people.length < 2 || !topic) return people[0];
  let best = people[0];
  let bestScore = -1;
  const asked = topicOf(ctx, topic);
  for (const person of people.slice(0, MAX_SPEAKERS_READ)) {
    const { onTopic, relevance } = quotesOnTopic(ctx, [...ctx.quotesBy(person.id)], asked);
    // Quotes on the topic first (by their own words or their surroundings), then the best words.
    const score = onTopic.length > 0 ? 1 + Math.max(0, ...onTopic.map(relevance)) : 0;
    if (score > bestScore) {
      best = person;
      bestScore = score;
    }
  }
  return best;
}

/** People a role names whose quotes are read for the topic, at most. */
const MAX_SPEAKERS_READ = 20;

/** The share of a topic's weight a quote's own words must hold to be on it. */
export const MIN_TOPIC_SHARE = 0.25;
/** The share its words and their surroundings must hold together, when its words hold some. */
const AROUND_SHARE = 0.5;
/** The share the surroundings must hold alone, for words that hold none of the topic: most of it
 * ("… on the January 2020 earnings call": an article of 29 January 2020 about the results, whose
 * analysts' call is written "told analysts"). */
const AROUND_ALONE = 0.75;

/**
 * How well each quote meets a topic: the share of the topic's weight (rare words weigh more) it
 * holds, synonyms at half; quotes that hold none are left out. Only quotes whose sentences hold a
 * topic word are read (the index says which), so a much-quoted speaker or a whole corpus costs
 * little.
 */
export function scoreQuotes(
  ctx: AnswerContext,
  topicTerms: readonly KeyTerm[],
  quotes: readonly Quote[],
): Map<Quote, number> {
  const scores = new Map<Quote, number>();
  const weight = topicTerms.reduce((sum, k) => sum + k.weight, 0);
  if (topicTerms.length === 0 || weight <= 0) return scores;
  const holding = new Uint8Array(ctx.passages.size);
  for (const t of topicTerms.flatMap((k) => [k.term, ...k.related]))
    for (const sentence of ctx.passages.postings(t)) holding[sentence] = 1;
  for (const q of quotes) {
    // A quote may run over a few sentences from where it starts.
    const s = q.sentence;
    if (!(holding[s] || holding[s + 1] || holding[s + 2] || holding[s + 3])) continue;
    // (A fragment's words are the sentence's: 'said the crashes had been "completely preventable"'
    // is about the crashes.)
    const words = new Set(terms(withFrame(q)));
    const score = (k: KeyTerm) =>
      words.has(k.term)
        ? 1
        : k.related.filter((r) => words.has(r)).length >= 2 ||
            k.related.some((r) => r.length > 4 && words.has(r))
          ? 0.5
          : 0;
    const total = topicTerms.reduce((sum, k) => sum + score(k) * k.weight, 0) / weight;
    if (total > 0) scores.set(q, total);
  }
  return scores;
}

const MONTH = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/** Quotes read around at most: a much-quoted organisation has tens of thousands. */
const MAX_AROUND = 300;

/**
 * The quotes whose own words hold too little of the topic but that their surroundings set on it:
 * its article's title, date or lead (what the article is about), the sentence that gives it, or
 * the one before, together with their words, hold AROUND_SHARE of the topic's weight
 * (AROUND_ALONE when their words hold none). Only quotes near the topic's rarest word are read,
 * the best first.
 */
function setOnTopic(
  ctx: AnswerContext,
  topicTerms: readonly KeyTerm[],
  voiced: readonly Quote[],
  relevance: (q: Quote) => number,
): Quote[] {
  const total = topicTerms.reduce((sum, k) => sum + k.weight, 0);
  const rarest = [...topicTerms].sort((a, b) => b.weight - a.weight)[0];
  if (!rarest || total <= 0) return [];
  // Each article's title and date, in lower case, and their terms once a quote needs them.
  const headings = new Map<string, { text: string; terms?: Set<string> }>();
  const headingOf = (file: string) => {
    let heading = headings.get(file);
    if (!heading) {
      const doc = ctx.document(file);
      const date = doc?.date ? `${MONTH.format(new Date(doc.date))} ${doc.date.slice(0, 4)}` : '';
      heading = { text: `${doc?.title ?? ''} ${date}`.toLowerCase() };
      headings.set(file, heading);
    }
    return heading;
  };
  const headingTerms = (file: string): Set<string> => {
    const heading = headingOf(file);
    heading.terms ??= new Set(terms(heading.text));
    return heading.terms;
  };
  // The sentences around a quote: the one that gives it, the one before, the article's lead.
  const around = (q: Quote) => {
    const doc = ctx.document(q.doc);
    const lead = doc ? [doc.sentenceRange[0], doc.sentenceRange[0] + 1] : [];
    return [q.sentence - 1, q.sentence, ...lead]
      .filter((s) => ctx.corpus.sentences[s]?.doc === q.doc)
      .map((s) => ctx.passages.termSetOf(s));
  };
  const holds = (k: KeyTerm, sets: { has(t: string): boolean }[]) => {
    const has = (t: string) => sets.some((set) => set.has(t));
    return has(k.term) || k.related.some(has);
  };
  // Sentences holding the rarest word, read from the index once: the surroundings of tens of
  // thousands of quotes are not read word by word.
  const rare = new Uint8Array(ctx.passages.size);
  for (const t of [rarest.term, ...rarest.related]) for (const i of ctx.passages.postings(t)) rare[i] = 1;
  const rareNear = (q: Quote) => {
    const first = ctx.document(q.doc)?.sentenceRange[0] ?? q.sentence;
    if (rare[q.sentence] || rare[q.sentence - 1] || rare[first] || rare[first + 1]) return true;
    return headingOf(q.doc).text.includes(rarest.word.toLowerCase());
  };
  const candidates = voiced
    .filter((q) => {
      const own = relevance(q);
      if (own >= MIN_TOPIC_SHARE) return false;
      // (Words that hold none of the topic leave it all to the surroundings.)
      return own > 0 || rareNear(q);
    })
    .sort((a, b) => relevance(b) - relevance(a))
    .slice(0, MAX_AROUND);
  return candidates.filter((q) => {
    const sets = [new Set(terms(q.text)), headingTerms(q.doc), ...around(q)];
    let met = 0;
    for (const k of topicTerms) if (holds(k, sets)) met += k.weight;
    return met / total >= (relevance(q) > 0 ? AROUND_SHARE : AROUND_ALONE);
  });
}

/** People whose role the articles tie to an organisation: its spokespeople, executives, staff. */
function spokespeople(ctx: AnswerContext, org: Entity): string[] {
  if (org.type === 'person') return [];
  const names = [org.name, ...org.aliases];
  // "Huawei Canada" speaks for Huawei too: its national arms and divisions.
  const speaksFor = (of: string) => names.some((n) => of === n || of.startsWith(`${n} `));
  const staff = new Set<string>();
  for (const [of, people] of staffOf(ctx)) if (speaksFor(of)) for (const id of people) staff.add(id);
  return ctx.corpus.entities.filter((e) => staff.has(e.id)).map((e) => e.id);
}

/** Organisation named in a role → the people holding such a role, worked out once per corpus. */
const staffCache = new WeakMap<AnswerContext, Map<string, string[]>>();
function staffOf(ctx: AnswerContext): Map<string, string[]> {
  let staff = staffCache.get(ctx);
  if (!staff) {
    staff = new Map();
    for (const e of ctx.corpus.entities) {
      if (e.type !== 'person') continue;
      for (const r of e.roles) {
        if (r.of === undefined) continue;
        const people = staff.get(r.of) ?? [];
        if (people.at(-1) !== e.id) people.push(e.id);
        staff.set(r.of, people);
      }
    }
    staffCache.set(ctx, staff);
  }
  return staff;
}

/** Mentions read for a topic: enough for any article set, bounded for a much-named entity. */
const MENTIONS_READ = 500;

/**
 * Mentioned but never quoted: say so, with what the articles do say about them, on the topic
 * asked first ("What did China say about the arrest?").
 */
function unquoted(ctx: AnswerContext, entity: Entity, topic?: string): Reply {
  const draft = new ReplyDraft(
    'quotes',
    `The articles mention ${entity.name} but do not quote ${entity.type === 'person' ? 'them' : 'it'}. What they say about ${entity.name}:`,
  ).entity(entity.name);
  const topicTerms = topic ? keyTerms(ctx, topic) : [];
  const onTopic = (sentence: number) => {
    const words = ctx.passages.termSetOf(sentence);
    return topicTerms.reduce(
      (sum, k) => sum + (words.has(k.term) ? 1 : k.related.some((r) => words.has(r)) ? 0.5 : 0),
      0,
    );
  };
  const sentences = [...new Set(entity.mentions.slice(0, MENTIONS_READ).map((m) => m.sentence))];
  const ranked = topicTerms.length
    ? sentences
        .map((s) => ({ s, score: onTopic(s) }))
        .sort((a, b) => b.score - a.score || a.s - b.s)
        .map((x) => x.s)
    : sentences;
  for (const sentence of ranked.slice(0, 3))
    draft.item(ctx.corpus.sentences[sentence]?.text ?? '', ctx.cite(sentence));
  // What they said is not in the articles: shown what is, the question itself is not answered.
  const reply = draft.build(false);
  UNQUOTED.add(reply);
  return reply;
}

const UNQUOTED = new WeakSet<Reply>();

/** Whether a reply says its speaker is never quoted at all: no passage says what they said. */
export function isNeverQuoted(reply: Reply): boolean {
  return UNQUOTED.has(reply);
}

export function answerWhoSaid(ctx: AnswerContext, phrase: string): Reply {
  const wanted = terms(phrase);
  const scored = ctx.corpus.quotes
    .map((q) => ({
      q,
      share: wanted.length ? wanted.filter((t) => terms(q.text).includes(t)).length / wanted.length : 0,
    }))
    .filter((s) => s.share >= 0.7)
    .sort((a, b) => b.share - a.share);
  const best = scored[0];
  if (best) {
    const draft = new ReplyDraft('who-said', `${best.q.speakerName} said it:`).entity(best.q.speakerName);
    for (const { q } of scored.filter((s) => s.q.speaker === best.q.speaker).slice(0, 2)) {
      const words = leadingSentences(q.text, MAX_QUOTE);
      draft.item(`“${clip(words, MAX_QUOTE)}”`, ctx.citeText(q.doc, words.length >= 20 ? words : q.source));
    }
    return draft.build();
  }
  const passage = retrieve(ctx, phrase).find((p) => p.coverage >= 0.8);
  if (passage) {
    return new ReplyDraft(
      'who-said',
      'The articles do not put these words in anyone’s mouth, but this is where they appear:',
    )
      .item(ctx.corpus.sentences[passage.sentence]?.text ?? '', ctx.cite(passage.sentence))
      .build();
  }
  return notFound(ctx, `No one in the articles says "${clip(phrase, 80)}".`);
}
