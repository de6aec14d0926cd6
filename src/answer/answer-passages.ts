// A passage answer: the best-ranked sentences, verbatim and cited, best first.
import type { Reply } from '../reply.js';
import type { Query } from './analyse-question.js';
import { ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { type Candidate, nearTieRatio } from './ranker.js';

/**
 * Passages shown: three, and up to two more that the ranker rates nearly as high as the best (a
 * near tie, fitted by scripts/fit-ranker.ts): it cannot tell them apart, so the reader sees them.
 * More would bury the answer.
 */
const PASSAGES = 3;
const MAX_PASSAGES = 5;
/** A list question's answers are spread over sentences: as many as MAX_PASSAGES that each name
 * someone or something the ones before did not, down to this share of the best score. */
const LIST_SHARE = 0.6;

export function passageReply(
  ctx: AnswerContext,
  query: Query,
  ranked: Candidate[],
  shown: ShownPassages = shownPassages(ctx, query, ranked),
): Reply {
  const draft = new ReplyDraft('search', 'From the articles:').entity(...query.focus.map((e) => e.name));
  const { passages, next: carried, before } = shown;
  for (const [n, c] of passages.entries()) {
    const all = n === 0 ? [...before, c.sentence, ...carried] : [c.sentence];
    const text = all.map((s) => ctx.corpus.sentences[s]?.text ?? '').join(' ');
    draft.item(`${text}${speaker(ctx, c.sentence)}`, ...all.map((s) => ctx.cite(s)));
  }
  return draft.build();
}

/** The ranked passages a reply shows, best first, the sentences the first carries on into, and
 * the one before it that it refers back to. */
export interface ShownPassages {
  passages: Candidate[];
  next: number[];
  before: number[];
}

export function shownPassages(ctx: AnswerContext, query: Query, ranked: Candidate[]): ShownPassages {
  const shown: Candidate[] = [];
  // Texts shown: the passages and the sentence the first may carry on into.
  const texts: string[] = [];
  let carried: number[] = [];
  let before: number[] = [];
  const nearTie = nearTieRatio();
  const list = query.answerType === 'list';
  const named = new Set<string>();
  const best = ranked[0]?.score ?? 0;
  for (const c of ranked) {
    if (shown.length >= MAX_PASSAGES) break;
    const newNames = list
      ? ctx.mentionsIn(c.sentence).filter((e) => !named.has(e.id) && !query.focus.includes(e))
      : [];
    const more = list && c.score >= LIST_SHARE * best && newNames.length > 0;
    if (shown.length >= PASSAGES && c.score < nearTie * best && !more) {
      if (list && c.score >= LIST_SHARE * best) continue;
      break;
    }
    for (const e of newNames) named.add(e.id);
    const text = ctx.corpus.sentences[c.sentence]?.text ?? '';
    // A sentence already inside another shown one adds nothing.
    if (texts.some((t) => t.includes(text))) continue;
    shown.push(c);
    texts.push(text);
    if (shown.length === 1) {
      carried = continuation(ctx, c);
      before = antecedent(ctx, c.sentence);
      for (const s of [...before, ...carried]) texts.push(ctx.corpus.sentences[s]?.text ?? '');
    }
  }
  return { passages: shown, next: carried, before };
}

/** "for that aerodynamic quirk", "these rules", "This meant …": words that point back to what the
 * sentence before said. */
const REFERS_BACK =
  /(?:^["“]?(?:This|These|Those|That)\s|\b(?:this|these|those)\s+\p{Ll}|\b(?:for|of|to|with|about|on|from|by|after|despite|over|behind)\s+that\s+\p{Ll})/u;

/**
 * The sentence before the best one when the best points back to it ("MCAS was Boeing's software
 * fix for that aerodynamic quirk" after the sentence telling the quirk), across a paragraph break
 * but not an article's: what it points to is often the answer.
 */
function antecedent(ctx: AnswerContext, sentence: number): number[] {
  const text = ctx.corpus.sentences[sentence]?.text ?? '';
  const previous = ctx.corpus.sentences[sentence - 1];
  if (!previous || previous.doc !== ctx.corpus.sentences[sentence]?.doc || !REFERS_BACK.test(text)) return [];
  return [sentence - 1];
}

const PRONOUN_START =
  /^["“]?(it|its|they|their|them|he|his|she|her|this|these|those|that|such|the (?:company|firm|group|move|decision|plan|deal))\b/i;

/**
 * The sentence after the best one, when the best one does not hold the kind of answer asked for
 * or the next one goes on about it ("It ...", "The company ..."): the answer often sits there.
 */
function continuation(ctx: AnswerContext, best: Candidate): number[] {
  const next = best.sentence + 1;
  const [, end] = ctx.paragraphOf(best.sentence);
  if (next >= end) return [];
  // "Why is Mrs Merkel so reluctant?": an article's own question is answered by what follows it.
  if ((ctx.corpus.sentences[best.sentence]?.text ?? '').trimEnd().endsWith('?')) {
    const out: number[] = [];
    let length = 0;
    for (let s = next; s < end && out.length < ANSWERED_AFTER; s++) {
      length += ctx.corpus.sentences[s]?.text.length ?? 0;
      if (out.length > 0 && length > ANSWER_CHARS) break;
      out.push(s);
    }
    return out;
  }
  const text = ctx.corpus.sentences[next]?.text ?? '';
  if (best.features.answerType < 1 || PRONOUN_START.test(text)) return [next];
  return [];
}

/** Sentences, and characters, shown after an article's own question. */
const ANSWERED_AFTER = 5;
const ANSWER_CHARS = 700;

/** " (Nick Read)" after words someone speaks in a sentence that does not name them. */
function speaker(ctx: AnswerContext, sentence: number): string {
  const named = ctx.mentionsIn(sentence);
  const voices = ctx.voicesIn(sentence).filter((v) => !named.includes(v));
  return voices.length === 1 && voices[0] ? ` (${voices[0].name})` : '';
}
