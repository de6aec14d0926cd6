// Whether the question's named focus meets the rest of the question in the evidence: "When did
// Denmark ban Huawei?" is not answered by a sentence about BT, nor by one that names Denmark but
// bans nothing. Of the best top windows that name every named focus entity (its article's title
// counts as naming it), the share of the question's other words they hold; 1 when the question
// names no one or asks nothing else.
import { isAmountNoun } from '../language/answer-types.js';
import type { Query } from './analyse-question.js';
import type { AnswerContext } from './context.js';
import { coverage } from './passage-features.js';
import type { Candidate } from './ranker.js';
import { terms } from './terms.js';

/** Below this, the named focus and the rest of the question never meet: "not found". */
export const FOCUS_MEETS_COVER = 0.3;
/** Windows looked at: the ranker's best few. */
const TOP = 8;

export function focusMeets(
  ctx: AnswerContext,
  query: Query,
  ranked: readonly Pick<Candidate, 'sentence'>[],
): number {
  if (query.named.length === 0) return 1;
  const names = nameTerms(query);
  const nameWords = new Set(names.flatMap((n) => [...n]));
  // The amount asked for ("how much money") is what the answer is, not a word it must say.
  const rest = query.terms.filter((k) => !nameWords.has(k.term) && !(k.typeNoun && isAmountNoun(k.word)));
  const total = rest.reduce((s, k) => s + k.weight, 0);
  if (total <= 0) return 1;
  let best = 0;
  for (const c of ranked.slice(0, TOP)) {
    const doc = ctx.corpus.sentences[c.sentence]?.doc ?? '';
    const title = new Set(terms(ctx.document(doc)?.title ?? ''));
    const window = ctx.windowOf(c.sentence);
    const from = window[0] ?? c.sentence;
    const to = (window[window.length - 1] ?? c.sentence) + 1;
    const has = (t: string) => ctx.passages.heldIn(t, from, to);
    if (
      !names.every((words) => [...words].some((w) => title.has(w) || has(w)) || speaksFor(ctx, window, words))
    )
      continue;
    best = Math.max(best, coverage(rest, has, total));
  }
  return best;
}

/**
 * Whether a sentence, the one before it (which "it" may refer back to; not for places) or its
 * article's title names every named focus entity. The sentence after does not count: "Huawei
 * France employs 1,000 people." is not about Germany because the next sentence names it.
 */
export function namesFocusAt(ctx: AnswerContext, query: Query, sentence: number): boolean {
  const doc = ctx.corpus.sentences[sentence]?.doc ?? '';
  const title = new Set(terms(ctx.document(doc)?.title ?? ''));
  const window = ctx.windowOf(sentence).filter((s) => s <= sentence);
  const names = nameTerms(query);
  return query.named.every((entity, i) => {
    const words = names[i] ?? new Set<string>();
    // A place is named where it is meant; "it" and "he" may stand for the others.
    const from = entity.type === 'place' ? sentence : (window[0] ?? sentence);
    return (
      [...words].some((w) => title.has(w) || ctx.passages.heldIn(w, from, sentence + 1)) ||
      speaksFor(ctx, window, words)
    );
  });
}

/** Whether a fact reply's cited sentences (or their neighbours, or their article's title) name
 * every named focus entity: a caption dating "a House committee hearing" in an article headed
 * "… face lawmakers over GameStop frenzy" dates the GameStop hearing. */
export function factNamesFocus(ctx: AnswerContext, query: Query, cited: number[]): boolean {
  const titles = cited.map(
    (s) => new Set(terms(ctx.document(ctx.corpus.sentences[s]?.doc ?? '')?.title ?? '')),
  );
  return nameTerms(query).every((words) =>
    cited.some(
      (s, n) =>
        [...words].some((w) => titles[n]?.has(w)) ||
        ctx.windowOf(s).some((i) => [...words].some((w) => ctx.passages.termSetOf(i).has(w))),
    ),
  );
}

/** Each named entity's name and alias words: any will do ("Turing" near "Alan Turing", "Ren"). */
function nameTerms(query: Query): Set<string>[] {
  return query.named.map((e) => new Set([e.name, ...e.aliases].flatMap((n) => terms(n))));
}

/**
 * Someone in the window (named, or speaking: "He continued, “We're not replacing …”") holds a
 * role of the organisation: Vodafone's CEO speaks of Vodafone's plans.
 */
function speaksFor(ctx: AnswerContext, window: number[], words: Set<string>): boolean {
  for (const s of window)
    for (const e of [...ctx.mentionsIn(s), ...ctx.voicesIn(s)])
      if (
        e.type === 'person' &&
        e.roles.some((r) => terms(`${r.title} ${r.of ?? ''}`).some((t) => words.has(t)))
      )
        return true;
  return false;
}
