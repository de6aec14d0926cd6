// List questions ("which countries restricted X?", "what companies ...") gather the distinct
// answers of the asked type across articles: every entity of that type in the sentences that
// answer the question, each with its best sentence cited, the most supported first.
import { datelineLength } from '../corpus/dateline.js';
import { isCountry, placeNames } from '../corpus/lexicon.js';
import type { Entity } from '../corpus/types.js';
import { escapeRegExp } from '../escape-reg-exp.js';
import { listedEntityType } from '../language/answer-types.js';
import type { Reply } from '../reply.js';
import type { Query } from './analyse-question.js';
import { listNames, ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { coverage, termMet } from './passage-features.js';
import type { Candidate } from './ranker.js';
import { terms } from './terms.js';

/** A sentence supports a list answer when it holds at least this share of the question. */
const MIN_SUPPORT_COVER = 0.5;
/** ... and scores at least this share of the best sentence's score. */
const MIN_SUPPORT_SCORE = 0.6;
const MAX_ANSWERS = 15;
/** The question's words a supporting sentence's next one says again to go on with its list
 * (counted, not weighed: "sold … on Aug. 2" says the action and the time again, however common
 * they are in the articles). */
const GOES_ON_TERMS = 2;
/** ... and the share of its score it carries. */
const GOES_ON_SHARE = 0.9;

/** A verb of reporting news right after a name: "Bloomberg reported", "Reuters, citing sources". */
const REPORTED =
  /^(?:['’]s)?\s*(?:,\s*)?(?:first\s+|previously\s+|earlier\s+)?(?:reported|reports|citing)\b/i;

function reports(text: string, entity: Entity): boolean {
  return [entity.name, ...entity.aliases].some((name) => {
    const at = text.indexOf(name);
    return at >= 0 && REPORTED.test(text.slice(at + name.length, at + name.length + 30));
  });
}

export function aggregateReply(ctx: AnswerContext, query: Query, ranked: Candidate[]): Reply | null {
  if (query.answerType !== 'list') return null;
  const wanted = listedEntityType(query.text);
  // "Which courts …?", "which actions …?": a kind no entity type names is gathered by the
  // passages, not by every name near them.
  if (!wanted && !/^(?:list|name)\b/i.test(query.text)) return null;
  // "Which countries …?": the places the gazetteer knows as countries, not the cities among them
  // (Beirut). With fewer than two, the passages answer instead.
  const countries = /\b(?:countries|nations)\b/i.test(query.text);
  // "Which Equifax executives …?": people whose roles the question's words describe are the
  // answers sought, not its focus; only whom it names is.
  const focused = wanted === 'person' ? query.named : query.focus;
  const focus = new Set(focused);
  // "Which brokers other than Robinhood …?": Robinhood is no answer, and no constraint either.
  const required = focused.filter((e) => !query.excluded.includes(e));
  const focusNames = required.map(
    (e) => new Set([e.name, ...e.aliases, ...placeNames(e.name)].flatMap((n) => terms(n))),
  );
  // "China Evergrande Group" is the focus "Evergrande" named in full, not an answer about it. (A
  // place's name in a company's, "China Mobile", is no such thing.)
  const focusOrgs = focused.filter((e) => e.type === 'org');
  const focusPattern = focusOrgs.length
    ? new RegExp(`\\b(?:${focusOrgs.map((e) => escapeRegExp(e.name)).join('|')})\\b`)
    : undefined;
  const isFocusNamedLonger = (e: Entity) => e.type === 'org' && (focusPattern?.test(e.name) ?? false);
  const support = new Map<Entity, { count: number; score: number; best: Candidate }>();
  const top = ranked[0]?.score ?? 0;
  // What a supporting sentence must say: the question less the kind asked for ("countries", which
  // the answers are) and the focus's names (which the paragraph or title holds, below).
  const focusWords = new Set(focusNames.flatMap((n) => [...n]));
  const asked = query.terms.filter((k) => !k.typeNoun && !focusWords.has(k.term));
  const askedWeight = asked.reduce((sum, k) => sum + k.weight, 0);
  const saysEnough = (sentence: number) => {
    if (askedWeight <= 0) return true;
    const window = ctx.windowOf(sentence);
    const from = window[0] ?? sentence;
    const to = (window[window.length - 1] ?? sentence) + 1;
    return coverage(asked, (t) => ctx.passages.heldIn(t, from, to), askedWeight) >= MIN_SUPPORT_COVER;
  };
  // A sentence that speaks of those asked for as a group, naming none ("three Equifax executives
  // sold shares"): the paragraph after it may name them.
  const kindAsked = query.terms.filter((k) => k.typeNoun);
  const introducesGroup = (sentence: number) =>
    kindAsked.length > 0 &&
    kindAsked.every((k) => termMet(k, (t) => ctx.passages.termSetOf(sentence).has(t))) &&
    !ctx.mentionsIn(sentence).some((e) => e.type === wanted && !focus.has(e));
  const supporting: Candidate[] = [];
  for (const c of ranked) {
    if (c.score < top * MIN_SUPPORT_SCORE) continue;
    if (c.features.coverWindow < MIN_SUPPORT_COVER && !saysEnough(c.sentence)) continue;
    // "Which companies signed contracts with Veltrix?": only where Veltrix is named nearby.
    if (!namesEvery(ctx, required, focusNames, c.sentence, introducesGroup)) continue;
    supporting.push(c);
    // "Gamble sold shares on Aug. 1. Joseph Loughran … sold stock the same day, and Rodolfo
    // Ploder …": the next sentence of the paragraph goes on with the list when it says part of
    // the question again.
    const next = c.sentence + 1;
    const [, end] = ctx.paragraphOf(c.sentence);
    if (
      next < end &&
      askedWeight > 0 &&
      !ranked.some((r) => r.sentence === next && r.score >= top * MIN_SUPPORT_SCORE) &&
      asked.filter((k) => termMet(k, (t) => ctx.passages.termSetOf(next).has(t))).length >= GOES_ON_TERMS
    )
      supporting.push({ ...c, sentence: next, score: c.score * GOES_ON_SHARE });
  }
  for (const c of supporting) {
    const text = ctx.corpus.sentences[c.sentence]?.text ?? '';
    // "WASHINGTON/PARIS (Reuters) - …": where the story was filed, not what it reports.
    const body = text.slice(datelineLength(text));
    for (const entity of ctx.mentionsIn(c.sentence)) {
      if (body.length < text.length && ![entity.name, ...entity.aliases].some((n) => body.includes(n)))
        continue;
      if (focus.has(entity) || isFocusNamedLonger(entity) || (wanted && entity.type !== wanted)) continue;
      // A code in quote marks ("RD", from "C") is a term the sentence defines, not a name.
      if (text.includes(`"${entity.name}"`) || text.includes(`“${entity.name}”`)) continue;
      // "Bloomberg reported on Monday that Intel …": the outlet that reported it is no answer.
      if (reports(text, entity)) continue;
      if (countries && entity.type === 'place' && !isCountry(entity.name)) continue;
      const seen = support.get(entity);
      if (!seen) support.set(entity, { count: 1, score: c.score, best: c });
      else {
        seen.count++;
        seen.score += c.score;
        if (c.score > seen.best.score) seen.best = c;
      }
    }
  }
  if (support.size < 2) return null;
  const answers = [...support]
    .sort((a, b) => b[1].count - a[1].count || b[1].score - a[1].score)
    .slice(0, MAX_ANSWERS);
  const names = answers.map(([e]) => e.name);
  const draft = new ReplyDraft('search', `According to the articles: ${listNames(names)}.`).entity(
    ...query.focus.map((e) => e.name),
  );
  // Answers found in one sentence share one item: the sentence is shown once.
  const bySentence = new Map<number, string[]>();
  for (const [entity, { best }] of answers)
    bySentence.set(best.sentence, [...(bySentence.get(best.sentence) ?? []), entity.name]);
  for (const [sentence, group] of bySentence)
    draft.item(`${listNames(group)}: ${ctx.corpus.sentences[sentence]?.text ?? ''}`, ctx.cite(sentence));
  return draft.build();
}

/**
 * Whether the sentence's paragraph names every named entity, by any word of any of its names. A
 * place may be named by the article's title instead: an article about aid for Lebanon lists the
 * donors without naming Lebanon again. A company must be named where its partners are listed.
 */
function namesEvery(
  ctx: AnswerContext,
  focus: readonly Entity[],
  named: Set<string>[],
  sentence: number,
  introduced: (sentence: number) => boolean,
): boolean {
  const [start, to] = ctx.paragraphOf(sentence);
  // (Or the paragraph before, when it ends on the group whose members this one names: "three
  // Equifax executives sold shares …" then "Gamble sold …; Loughran …".)
  const doc = ctx.corpus.sentences[sentence]?.doc;
  const from =
    start > 0 && ctx.corpus.sentences[start - 1]?.doc === doc && introduced(start - 1)
      ? ctx.paragraphOf(start - 1)[0]
      : start;
  const title = new Set(terms(ctx.document(doc ?? '')?.title ?? ''));
  return named.every((words, i) =>
    [...words].some((w) => (focus[i]?.type === 'place' && title.has(w)) || ctx.passages.heldIn(w, from, to)),
  );
}
