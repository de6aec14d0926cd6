// "Which companies are mentioned?", "who is mentioned?": the entities of the kind asked that the
// articles name, gathered across articles, the most named first, each cited where first named.
import { tagsOf } from '../corpus/common-words.js';
import type { Entity } from '../corpus/types.js';
import { askedKind, listedNoun } from '../language/answer-types.js';
import type { Reply } from '../reply.js';
import { ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';

export function answerMentioned(ctx: AnswerContext, noun: string): Reply | null {
  const kind = (listedNoun(noun) ?? askedKind(`which ${noun}`))?.kind;
  if (!kind) return null;
  const ofKind = ctx.corpus.entities.filter((e) => e.type === kind);
  // "Which universities": those whose name says so, when any does; else every organisation.
  const word = singular((noun.split(/\s+/).pop() ?? noun).toLowerCase());
  const calledSo = ofKind.filter((e) => e.name.toLowerCase().includes(word) || isA(e, word));
  const chosen = calledSo.length > 0 ? calledSo : ofKind;
  if (chosen.length === 0) return notFound(ctx, `The articles name no ${noun}.`);
  const docs = new Map<Entity, number>(chosen.map((e) => [e, new Set(e.mentions.map((m) => m.doc)).size]));
  const ranked = chosen.sort(
    (a, b) =>
      (docs.get(b) ?? 0) - (docs.get(a) ?? 0) ||
      b.mentions.length - a.mentions.length ||
      a.name.localeCompare(b.name),
  );
  const draft = new ReplyDraft('list', `Named in the articles, the most named first (${ranked.length}):`);
  for (const entity of ranked) {
    const first = entity.mentions[0];
    const articles = docs.get(entity) ?? 0;
    const text = `${entity.name}: ${articles} ${articles === 1 ? 'article' : 'articles'}, ${entity.mentions.length} ${entity.mentions.length === 1 ? 'mention' : 'mentions'}`;
    // Cited only if shown: past what a reply shows, names are only counted.
    draft.itemCiting(text, () => (first ? [ctx.cite(first.sentence)] : []));
  }
  return draft.build();
}

/** "universities" → "university", "banks" → "bank": enough to find the noun in a name. */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** What the dictionary knows a place as: "which cities" are cities, "which countries" countries. */
const PLACE_TAGS: Record<string, string> = {
  city: 'City',
  town: 'City',
  capital: 'City',
  country: 'Country',
  nation: 'Country',
};

function isA(entity: Entity, word: string): boolean {
  const tag = PLACE_TAGS[word];
  return entity.type === 'place' && tag !== undefined && tagsOf(entity.name).has(tag);
}
