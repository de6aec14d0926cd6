// The honest "the articles do not say", with what they do cover so the user can ask again.
import type { Reply } from '../reply.js';
import { listNames, ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';

/** What the corpus covers, worked out once per corpus: it is the same for every "not found". */
const covered = new WeakMap<AnswerContext, { summary: string; suggestions: string[] }>();

export function notFound(ctx: AnswerContext, why: string): Reply {
  let known = covered.get(ctx);
  if (!known) {
    known = { summary: coverage(ctx), suggestions: suggestions(ctx) };
    covered.set(ctx, known);
  }
  const draft = new ReplyDraft('not-found', `${why} ${known.summary}`);
  for (const question of known.suggestions) draft.suggest(question);
  return draft.build(false);
}

/** One sentence on what the corpus holds: articles, dates, the people it quotes most. */
export function coverage(ctx: AnswerContext): string {
  const docs = ctx.corpus.documents;
  if (docs.length === 0) return 'There are no articles in the corpus yet.';
  const dates = docs
    .map((d) => d.date)
    .filter((d): d is string => d !== null)
    .sort();
  const span = dates.length
    ? `, dated ${dates[0]?.slice(0, 4)}${dates.length > 1 && dates[dates.length - 1]?.slice(0, 4) !== dates[0]?.slice(0, 4) ? `–${dates[dates.length - 1]?.slice(0, 4)}` : ''}`
    : '';
  const people = topSpeakers(ctx, 4);
  const quoted = people.length ? ` They quote ${listNames(people)}.` : '';
  return `What I have: ${docs.length} article${docs.length === 1 ? '' : 's'}${span}.${quoted}`;
}

export function topSpeakers(ctx: AnswerContext, limit: number): string[] {
  const counts = new Map<string, number>();
  for (const q of ctx.corpus.quotes) counts.set(q.speakerName, (counts.get(q.speakerName) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name]) => name);
}

/** Restrictions of one target the articles report before "who restricted it?" is suggested. */
const MIN_RESTRICTIONS = 2;

function suggestions(ctx: AnswerContext): string[] {
  const out: string[] = [];
  const person = ctx.corpus.entities
    .filter((e) => e.type === 'person')
    .sort((a, b) => b.mentions.length - a.mentions.length)[0];
  if (person) out.push(`Who is ${person.name}?`);
  const speaker = topSpeakers(ctx, 1)[0];
  if (speaker) out.push(`What did ${speaker} say?`);
  // The most restricted target, when the articles report it restricted more than once: one stray
  // "blocked the canal" is no story of restrictions.
  const restricted = new Map<string, number>();
  for (const e of ctx.corpus.events)
    if (e.kind === 'restriction') for (const t of e.targets) restricted.set(t, (restricted.get(t) ?? 0) + 1);
  const [target, times] = [...restricted].sort((a, b) => b[1] - a[1])[0] ?? [];
  const name = target && (times ?? 0) >= MIN_RESTRICTIONS ? ctx.entity(target)?.name : undefined;
  if (name) out.push(`Who restricted ${name}?`);
  out.push('sources');
  return out;
}
