// Dates: "when did E happen?", "what happened on DATE / in MONTH YEAR?", and the timeline.
import { isCaption } from '../corpus/captions.js';
import { extractDates } from '../corpus/extract-dates.js';
import type { CorpusDocument, CorpusEvent, PartialDate } from '../corpus/types.js';
import { monthNumber, monthOrder } from '../language/calendar-words.js';
import { DETERMINERS, isStopWord } from '../language/stop-words.js';
import { isTopicWord } from '../language/synonyms.js';
import type { Reply } from '../reply.js';
import { formatPartial, ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { retrieve } from './retrieve.js';
import { expand, stem, terms, words } from './terms.js';

const monthFirstDocs = new WeakMap<AnswerContext, Map<string, boolean>>();

/** Whether the article a sentence is in writes its dates month first ("April 15"), as American
 * copy does: the date it answers with is then written so too. */
function writesMonthFirst(ctx: AnswerContext, sentence: number): boolean {
  const doc = ctx.corpus.sentences[sentence]?.doc ?? '';
  let known = monthFirstDocs.get(ctx);
  if (!known) {
    known = new Map();
    monthFirstDocs.set(ctx, known);
  }
  let first = known.get(doc);
  if (first === undefined) {
    const [from, to] = ctx.document(doc)?.sentenceRange ?? [0, 0];
    let monthDay = 0;
    let dayMonth = 0;
    // (The dates the parser read, as the article wrote them.)
    for (let s = from; s < to; s++)
      for (const d of ctx.datesIn(s)) {
        const order = monthOrder(d.phrase);
        if (order === 'month-first') monthDay++;
        else if (order === 'day-first') dayMonth++;
      }
    // (A tie, often none at all in the text: the header's date line shows the house style.)
    first = monthDay === dayMonth ? headerOrder(ctx.document(doc)) === 'month-first' : monthDay > dayMonth;
    known.set(doc, first);
  }
  return first;
}

/** How the lines above an article's first paragraph write a date ("January 28, 2020 2:41 PM GMT"). */
function headerOrder(doc: CorpusDocument | undefined): ReturnType<typeof monthOrder> {
  if (!doc) return undefined;
  const body = doc.paragraphs[0] ? doc.raw.indexOf(doc.paragraphs[0]) : -1;
  const header = doc.raw.slice(0, Math.min(body < 0 ? HEADER_CHARS : body, HEADER_CHARS));
  for (const line of header.split('\n'))
    if (line.length <= DATE_LINE_CHARS) {
      const order = monthOrder(line);
      if (order) return order;
    }
  return undefined;
}
const HEADER_CHARS = 3_000;
const DATE_LINE_CHARS = 80;

/** A caption's date is the picture's: it dates an event only when no sentence of the text does. */
const CAPTION_WEIGHT = 0.5;

export function answerWhen(ctx: AnswerContext, about: string): Reply {
  const event = askedEvent(ctx, about, (e) => e.date !== null && e.date !== undefined);
  const bounds = boundsOf(about);
  const entities = ctx.linker.find(about).map((f) => f.entity);
  // Among sentences that answer, the one whose date stands nearest the question's words, then the
  // most precisely dated, wins a close race: "fury over Tuesday's port explosion" dates the blast,
  // "announced on Monday, bowing to anger over the explosion" the announcement.
  const precision = { day: 1, month: 0.9, year: 0.75 } as const;
  const asked = new Set(terms(about).flatMap(expand));
  const actions = askedActions(about, asked);
  const candidates = retrieve(ctx, about, { entities, filter: (s) => ctx.dateOf(s) !== undefined })
    .filter((p) => p.coverage >= REFINING_COVER)
    .map((p) => {
      const near = nearestDate(ctx, p.sentence, asked, actions);
      return {
        ...p,
        // How well the sentence meets the question, before its date is weighed.
        relevance: p.score,
        date: near.date,
        inWords: near.inWords,
        score:
          p.score *
          near.weight *
          precision[near.date?.precision ?? 'year'] *
          (isCaption(ctx.corpus.sentences[p.sentence]?.text ?? '') ? CAPTION_WEIGHT : 1),
      };
    })
    .sort((a, b) => b.score - a.score)
    .filter((p) => withinBounds(p.date?.iso, bounds));
  const dated = candidates.filter((p) => p.coverage >= ANSWERING_COVER && p.date !== undefined);
  const first = dated[0];
  // "tightened in August" and, a little lower, "on August 28th": the day within the month, and
  // its sentence beside the best one.
  // (A sentence that holds less of the question may still give the same date to the day.)
  const refines = (iso: string | undefined, score: number) =>
    candidates.find(
      (p) =>
        p.score >= FINER_SHARE * score &&
        iso !== undefined &&
        p.date !== undefined &&
        p.date.iso.length > iso.length &&
        p.date.iso.startsWith(iso),
    );
  // The parser's event is taken for the question's when no sentence answers it better: "banned
  // from installing … from the end of September 2021" over an event "excluded" in January.
  // (Met by its words: a date to the day does not lift a weaker sentence over the event.)
  const eventPassage = event ? candidates.find((p) => p.sentence === event.sentence) : undefined;
  const outranked =
    eventPassage !== undefined &&
    dated.some((p) => p.sentence !== eventPassage.sentence && p.relevance > eventPassage.relevance);
  if (event?.date && withinBounds(event.date.iso, bounds) && !outranked) {
    // An event the parser dated by its month may be dated to the day elsewhere ("on January 29").
    const finer =
      refines(event.date.iso, first?.score ?? 0) ?? besideRefining(ctx, event.sentence, event.date.iso);
    const draft = new ReplyDraft(
      'when',
      `${capitalise(formatPartial(finer?.date?.iso ?? event.date.iso, writesMonthFirst(ctx, event.sentence)))}, according to the articles:`,
    ).item(event.source, ctx.cite(event.sentence));
    if (finer) draft.item(ctx.corpus.sentences[finer.sentence]?.text ?? '', ctx.cite(finer.sentence));
    return draft.build();
  }
  const finer = first
    ? (refines(first.date?.iso, first.score) ?? besideRefining(ctx, first.sentence, first.date?.iso))
    : undefined;
  // "The firms said on Monday" dates it; a sentence writing that day out ("Jan 25") shows it too.
  const written =
    first && !finer && first.inWords
      ? candidates.find(
          (p) =>
            p !== first &&
            p.score >= FINER_SHARE * first.score &&
            ctx.datesIn(p.sentence).some((d) => WRITTEN_OUT.test(d.phrase) && d.date.iso === first.date?.iso),
        )
      : undefined;
  if (first) {
    const draft = new ReplyDraft(
      'when',
      `${capitalise(formatPartial((finer ?? first).date?.iso, writesMonthFirst(ctx, (finer ?? first).sentence)))}, according to the articles:`,
    );
    for (const p of finer ? [finer, first] : written ? [first, written] : [first])
      draft.item(ctx.corpus.sentences[p.sentence]?.text ?? '', ctx.cite(p.sentence));
    return draft.entity(...entities.map((e) => e.name)).build();
  }
  // Else the date of the article that reports it, said as such.
  const passage = retrieve(ctx, about, { entities }).find((p) => p.coverage >= 0.7);
  const doc = passage ? ctx.document(ctx.corpus.sentences[passage.sentence]?.doc ?? '') : undefined;
  if (passage && doc?.date && withinBounds(doc.date, bounds)) {
    return new ReplyDraft(
      'when',
      `The articles give no date for it; it was reported on ${formatPartial(doc.date)}:`,
    )
      .item(ctx.corpus.sentences[passage.sentence]?.text ?? '', ctx.cite(passage.sentence))
      .build(false);
  }
  return notFound(ctx, 'The articles do not say when that happened.');
}

/**
 * "Earlier this month, Huawei unveiled HarmonyOS … Huawei said at the August 9 launch that …": the
 * sentence beside one dated by its month that gives one day within that month is about the same
 * thing, more precisely.
 */
function besideRefining(
  ctx: AnswerContext,
  sentence: number,
  iso: string | undefined,
): { sentence: number; date: PartialDate } | undefined {
  if (iso === undefined || iso.length !== 7) return undefined;
  const at = ctx.corpus.sentences[sentence];
  for (const s of [sentence + 1, sentence - 1]) {
    const beside = ctx.corpus.sentences[s];
    if (!beside || beside.doc !== at?.doc || beside.paragraph !== at.paragraph) continue;
    const within = ctx.datesIn(s).filter((d) => d.date.iso.length > iso.length && d.date.iso.startsWith(iso));
    // (Two days of that month beside it: which was meant is not said.)
    const day = within[0];
    if (day && within.every((d) => d.date.iso === day.date.iso)) return { sentence: s, date: day.date };
  }
  return undefined;
}

export interface Bounds {
  after?: string;
  before?: string;
}

/** "… after the March 2022 suspension", "before 2019": the dates an answer must fall after or before. */
export function boundsOf(about: string): Bounds {
  const bounds: Bounds = {};
  for (const m of about.matchAll(/\b(after|since|before|until|prior to)\b([^,;?]{0,60})/gi)) {
    const date = extractDates(m[2] ?? '', null)[0]?.date ?? monthOnly(m[2] ?? '');
    if (!date) continue;
    if (/^(?:after|since)$/i.test(m[1] ?? '')) bounds.after = date.iso;
    else bounds.before = date.iso;
  }
  return bounds;
}

/** Whether a date falls after and before the bounds, compared as precisely as both are known; a
 * date within a bound's own period is that bound, not an answer. */
export function withinBounds(iso: string | undefined, bounds: Bounds): boolean {
  if (!iso) return true;
  const compare = (bound: string) => {
    const n = Math.min(iso.length, bound.length);
    return iso.slice(0, n).localeCompare(bound.slice(0, n));
  };
  if (bounds.after !== undefined && compare(bounds.after) <= 0) return false;
  if (bounds.before !== undefined && compare(bounds.before) >= 0) return false;
  return true;
}

/** A more precise date within the best one's period answers when it scores at least this share. */
const FINER_SHARE = 0.35;
/** The share of the question a dated sentence must hold to answer "when", and to refine a date. */
const ANSWERING_COVER = 0.6;
const REFINING_COVER = 0.3;

/** Characters between a date and the question's words past which the date is as good as
 * anyone's, and the weight it keeps then. */
const FAR = 120;
const FAR_WEIGHT = 0.8;

/** A date written with its figures ("Jan 25", "2021"), not only in words ("on Monday"). */
const WRITTEN_OUT = /\d/;

/** The span of the relative clause (", which …", ", who …") a date stands in, up to its next
 * comma or the sentence's end; undefined when the date is in none. */
function relativeClause(text: string, from: number, to: number): [number, number] | undefined {
  const opener = [...text.slice(0, from).matchAll(/, (?:which|who|whose|where) /g)].pop();
  if (opener?.index === undefined || /[,;]/.test(text.slice(opener.index + opener[0].length, from)))
    return undefined;
  const close = text.slice(to).search(/[,;]/);
  return [opener.index, close < 0 ? text.length : to + close];
}

/** Characters between a date and the question's verb within which the date is the verb's own:
 * "must be gone by 2027, the government announced on Tuesday" dates the announcing. */
const VERB_NEAR = 12;

/** The question's verbs, as stems: its words English uses mostly as verbs ("announce", "sign"). */
function askedActions(about: string, asked: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words(about).slice(1))
    if (!isTopicWord(w) && !isStopWord(w.toLowerCase()) && asked.has(stem(w)))
      for (const t of expand(stem(w))) out.add(t);
  return out;
}

/** Of a sentence's dates, the one nearest a word of the question, weighted by how near it is; one
 * right beside the question's verb first. */
function nearestDate(
  ctx: AnswerContext,
  sentence: number,
  asked: ReadonlySet<string>,
  actions: ReadonlySet<string> = new Set(),
): { date: PartialDate | undefined; weight: number; inWords: boolean } {
  const text = (ctx.corpus.sentences[sentence]?.text ?? '').toLowerCase();
  const at: number[] = [];
  const verbs: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const t = stem(m[0]);
    if (asked.has(t)) at.push(m.index);
    if (actions.has(t)) verbs.push(m.index, m.index + m[0].length);
  }
  const gapOf = (list: number[], from: number, to: number) =>
    Math.min(Infinity, ...list.map((p) => (p < from ? from - p : Math.max(0, p - to))));
  let best: { date: PartialDate; gap: number; own: boolean; phrase: string } | undefined;
  let attributive = false;
  for (const d of ctx.datesIn(sentence)) {
    const from = text.indexOf(d.phrase.toLowerCase());
    if (from < 0) continue;
    const to = from + d.phrase.length;
    // "the first hearing on the July 19 outage": a date between an article and a noun names that
    // thing, one the question does not ask about ("In 2019 sales fell" dates the fall).
    const described = /^\s+(\p{Ll}[\p{Ll}-]+)/u.exec(text.slice(to, to + 30))?.[1];
    const determined =
      DETERMINED_BEFORE.test(text.slice(Math.max(0, from - 8), from)) || DETERMINED_PHRASE.test(d.phrase);
    // "following Sunday's deadly crash": a day's possessive dates the thing it owns.
    const owned = /^['’]s\s+(?:\p{Ll}+\s+)?(\p{Ll}[\p{Ll}-]+)/u.exec(text.slice(to, to + 40))?.[1];
    if (owned && !isStopWord(owned) && !asked.has(stem(owned))) {
      attributive = true;
      continue;
    }

    if (
      determined &&
      described &&
      !isStopWord(described) &&
      !asked.has(stem(described)) &&
      isTopicWord(described)
    ) {
      attributive = true;
      continue;
    }
    // "The hearing was the first on the hack, which was discovered in December": a date in a
    // relative clause holding none of the question's words dates what the clause is about.
    const clause = relativeClause(text, from, to);
    if (clause && !at.some((p) => p >= clause[0] && p < clause[1])) {
      attributive = true;
      continue;
    }
    const gap = gapOf(at, from, to);
    const own = gapOf(verbs, from, to) <= VERB_NEAR;
    if (!best || (own && !best.own) || (own === best.own && gap < best.gap))
      best = { date: d.date, gap, own, phrase: d.phrase };
  }
  if (!best)
    return { date: attributive ? undefined : ctx.dateOf(sentence), weight: FAR_WEIGHT, inWords: true };
  return {
    date: best.date,
    weight: 1 - ((1 - FAR_WEIGHT) * Math.min(best.gap, FAR)) / FAR,
    inWords: !WRITTEN_OUT.test(best.phrase),
  };
}

/** What happened on a date; null when no date can be read ("on Tuesday" with nothing to count
 * from), so the question is searched like any other. */
export function answerOnDate(ctx: AnswerContext, when: string, today?: string): Reply | null {
  const date = extractDates(when, today ?? null)[0]?.date ?? monthOnly(when);
  if (!date) return null;
  // Only what is dated at least as precisely: a month is never presented as one of its days.
  const within = (iso: string | null | undefined) => !!iso && iso.startsWith(date.iso);
  const draft = new ReplyDraft('on-date', `In the articles, ${formatPartial(date.iso)}:`);
  const shown = new Set<number>();
  for (const doc of ctx.corpus.documents.filter((d) => within(d.date))) {
    const lead = ctx.corpus.sentences[doc.sentenceRange[0]];
    const when = date.precision === 'day' ? 'that day' : `on ${formatPartial(doc.date)}`;
    draft.item(
      `Published ${when}: “${doc.title}”. ${lead?.text ?? ''}`.trim(),
      ctx.cite(doc.sentenceRange[0]),
    );
    shown.add(doc.sentenceRange[0]);
  }
  // A year's question takes year-dated items; a day's never takes a month's ("December" is not the 12th).
  const rank = { year: 0, month: 1, day: 2 } as const;
  for (const d of ctx.corpus.dates.filter(
    (m) => within(m.date.iso) && rank[m.date.precision] >= rank[date.precision],
  )) {
    if (shown.has(d.sentence)) continue;
    shown.add(d.sentence);
    draft.item(ctx.corpus.sentences[d.sentence]?.text ?? '', ctx.cite(d.sentence));
  }
  if (draft.size === 0) return notFound(ctx, `The articles hold nothing dated ${formatPartial(date.iso)}.`);
  return draft.build();
}

export function answerTimeline(ctx: AnswerContext, topic?: string): Reply {
  const entities = topic ? ctx.linker.find(topic).map((f) => f.entity.id) : [];
  const items: { iso: string; sentence: number }[] = [];
  for (const doc of ctx.corpus.documents)
    if (doc.date) items.push({ iso: doc.date, sentence: doc.sentenceRange[0] });
  for (const d of ctx.corpus.dates)
    if (d.date.precision !== 'year' || !d.relative) items.push({ iso: d.date.iso, sentence: d.sentence });
  const relevant = items.filter(
    (i) => entities.length === 0 || ctx.mentionsIn(i.sentence).some((e) => entities.includes(e.id)),
  );
  const unique = [...new Map(relevant.map((i) => [`${i.iso}:${i.sentence}`, i])).values()].sort((a, b) =>
    a.iso.localeCompare(b.iso),
  );
  if (unique.length === 0)
    return notFound(ctx, topic ? `The articles date nothing about ${topic}.` : 'The articles hold no dates.');
  const draft = new ReplyDraft(
    'timeline',
    topic ? `Timeline of ${topic} in the articles:` : 'Timeline of the articles:',
  );
  for (const i of unique)
    draft.item(
      `${formatPartial(i.iso)}: ${ctx.corpus.sentences[i.sentence]?.text ?? ''}`,
      ctx.cite(i.sentence),
    );
  return draft.build();
}

/**
 * The event a question asks about, among those `has` accepts (dated ones for "when", placed ones
 * for "where"): "When did India ban SkyWing drones?" is an event whose action is the question's
 * verb and whose actor (or, failing that, target) the question names, saying most of it.
 */
export function askedEvent(
  ctx: AnswerContext,
  about: string,
  has: (e: CorpusEvent) => boolean,
): CorpusEvent | undefined {
  const found = ctx.linker.find(about);
  const named = found.map((f) => f.entity.id);
  const asked = new Set(terms(about.replace(AS_NOUN, ' ')).flatMap(expand));
  const own = new Set(terms(about));
  // The question's verb is its first word that names no one: "Fjordbank *sign* the contract ...".
  const nameWords = new Set(found.flatMap((f) => terms(f.words)));
  const mainVerb = terms(about).find((t) => !nameWords.has(t));
  // Then the sentence that says most of the question ("signed ... in 2018" over "Fjordbank's contract").
  // The event's sentence terms come from the index (the same terms, computed once per corpus).
  const termsOf = (e: CorpusEvent) =>
    ctx.corpus.sentences[e.sentence]?.text === e.source
      ? ctx.passages.termsOf(e.sentence).terms
      : terms(e.source);
  const overlap = (e: CorpusEvent) => [...new Set(termsOf(e))].filter((t) => own.has(t)).length * 0.5;
  const rest = (e: CorpusEvent) =>
    (stem(e.verb) === mainVerb ? 2 : 0) +
    (asked.has(stem(e.verb)) ? 4 : 0) +
    named.filter((id) => e.actors.includes(id)).length * 2 +
    named.filter((id) => e.targets.includes(id)).length;
  // Scored once each: a sort would score every event again on each comparison. The sentence's
  // words are read only when they could lift the event above the best so far (a much-named pair of
  // organisations shares ~20,000 events). An event in both lists is met again at an equal score,
  // which never replaces, so the first meeting decides as in one de-duplicated list.
  const mostOverlap = own.size * 0.5;
  let best: { event: CorpusEvent; score: number } | undefined;
  for (const id of named)
    for (const e of ctx.eventsOf(id)) {
      if (!has(e) || !asked.has(stem(e.verb))) continue;
      // Every one the question names takes part, or is named in its sentence: "When did Sweden
      // ban Huawei?" is not answered by a ban of Huawei that names no Sweden.
      if (
        !named.every((id) => e.actors.includes(id) || e.targets.includes(id) || namedIn(ctx, id, e.sentence))
      )
        continue;
      const known = rest(e);
      if (best && known + mostOverlap <= best.score) continue;
      const value = overlap(e) + known;
      if (!best || value > best.score) best = { event: e, score: value };
    }
  return best?.event;
}

/** Named in the sentence, or (not a place: "it" may stand for the others) in the one before it. */
function namedIn(ctx: AnswerContext, id: string, sentence: number): boolean {
  const here = ctx.mentionsIn(sentence);
  if (here.some((e) => e.id === id)) return true;
  const entity = ctx.entity(id);
  const doc = ctx.corpus.sentences[sentence]?.doc;
  return (
    entity?.type !== 'place' &&
    ctx.corpus.sentences[sentence - 1]?.doc === doc &&
    ctx.mentionsIn(sentence - 1).some((e) => e.id === id)
  );
}

/** A word after an article or a possessive is a thing, not the action asked ("When did the UK
 * announce the ban?" asks for the announcing, not a ban; "the department's TikTok restrictions …
 * take effect" for their taking effect), and so is a noun made of a verb ("restrictions"). */
const AS_NOUN = new RegExp(
  `\\b(?:(?:${DETERMINERS})\\s+[\\p{L}-]+|[\\p{L}-]+['’]s\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]+|[\\p{L}]+(?:tions|sions|ments))\\b`,
  'giu',
);
/** "the July 19 outage", "on the March 3 deadline": a date after an article or a possessive. */
const DETERMINED_BEFORE = new RegExp(`\\b(?:${DETERMINERS})\\s+$`);
const DETERMINED_PHRASE = new RegExp(`^(?:on |in )?(?:${DETERMINERS})\\s`, 'i');

/** "December 2018", "2019": the periods chrono reads as days. */
function monthOnly(text: string): PartialDate | null {
  const m = /\b([a-z]+)?\s*(\d{4})\b/i.exec(text);
  if (!m?.[2]) return null;
  const year = Number(m[2]);
  const month = m[1] ? monthNumber(m[1]) : 0;
  return month > 0
    ? { year, month, precision: 'month', iso: `${year}-${String(month).padStart(2, '0')}` }
    : { year, precision: 'year', iso: String(year) };
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
