// Whether the question's named focus meets the rest of the question in the evidence: "When did
// Denmark ban Huawei?" is not answered by a sentence about BT, nor by one that names Denmark but
// bans nothing. The share of the question held by the best top window that names every named
// focus entity (its article's title counts as naming it); 1 when the question names none.

import type { Query } from './analyse-question.js';
import type { AnswerContext } from './context.js';
import type { Candidate } from './ranker.js';
import { terms } from './terms.js';

/** Below this, the named focus and the rest of the question never meet: "not found". */
export const FOCUS_MEETS_COVER = 0.45;
/** Windows looked at: the ranker's best few. */
const TOP = 8;

export function focusMeets(
  ctx: AnswerContext,
  query: Query,
  ranked: readonly Pick<Candidate, 'sentence' | 'features'>[],
): number {
  if (query.named.length === 0) return 1;
  // Any word of a name or alias will do: "Turing" near "Alan Turing", "Ren" near "Ren Zhengfei".
  const names = query.named.map((e) => new Set([e.name, ...e.aliases].flatMap((n) => terms(n))));
  let best = 0;
  for (const c of ranked.slice(0, TOP)) {
    const doc = ctx.corpus.sentences[c.sentence]?.doc ?? '';
    const title = new Set(terms(ctx.document(doc)?.title ?? ''));
    const window = [c.sentence - 1, c.sentence, c.sentence + 1].filter(
      (i) => ctx.corpus.sentences[i]?.doc === doc,
    );
    const named = names.every((words) =>
      [...words].some((w) => title.has(w) || window.some((i) => ctx.passages.termSetOf(i).has(w))),
    );
    if (named) best = Math.max(best, c.features.coverWindow);
  }
  return best;
}
