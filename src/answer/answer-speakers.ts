// "Who is quoted?", "who commented on the ban?": the people and organisations the articles quote,
// gathered across articles, the most quoted first, each with one quote cited.
import type { Entity, Quote } from '../corpus/types.js';
import { ORGANISATION_NOUNS } from '../language/answer-types.js';
import type { Reply } from '../reply.js';
import { keyTerms } from './analyse-question.js';
import { scoreQuotes } from './answer-quotes.js';
import { clip, leadingSentences, ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { terms } from './terms.js';

const MAX_QUOTE = 200;

export function answerSpeakers(ctx: AnswerContext, topic?: string, who?: string): Reply {
  const topicTerms = topic ? keyTerms(ctx, topic) : [];
  const scores = scoreQuotes(ctx, topicTerms, ctx.corpus.quotes);
  const onTopic = topicTerms.length ? [...scores.keys()] : ctx.corpus.quotes;
  // "Which Huawei executives …?": those whose names or roles say so, when any do.
  const fits = who ? ofKind(who) : undefined;
  const kind = fits ? onTopic.filter((q) => fits(ctx.entity(q.speaker))) : [];
  const quotes = kind.length > 0 ? kind : onTopic;
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = bySpeaker.get(q.speaker);
    if (list) list.push(q);
    else bySpeaker.set(q.speaker, [q]);
  }
  if (bySpeaker.size === 0)
    return notFound(ctx, topic ? `The articles quote no one on ${topic}.` : 'The articles quote no one.');
  // On a topic, who meets it best comes first; then who is quoted most.
  const best = (said: Quote[]) => Math.max(0, ...said.map((q) => scores.get(q) ?? 0));
  const ranked = [...bySpeaker].sort(
    (a, b) => best(b[1]) - best(a[1]) || b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  const whom = kind.length > 0 && who ? `${who.charAt(0).toUpperCase()}${who.slice(1)} quoted` : 'Quoted';
  const draft = new ReplyDraft(
    'quotes',
    topic ? `${whom} on ${topic} in the articles:` : `${whom} in the articles, the most quoted first:`,
  );
  for (const [id, said] of ranked) {
    const speaker = ctx.entity(id);
    const name = speaker?.name ?? said[0]?.speakerName ?? id;
    // Past what a reply shows, speakers are only counted ("…and N more").
    if (draft.full) {
      draft.itemCiting(name, () => []);
      continue;
    }
    // Their quote that meets the topic best; a direct quote before a reported one.
    const quote = said
      .slice()
      .sort(
        (a, b) =>
          (scores.get(b) ?? 0) - (scores.get(a) ?? 0) ||
          Number(a.reported) - Number(b.reported) ||
          a.sentence - b.sentence,
      )[0] as Quote;
    const words = clip(leadingSentences(quote.text, MAX_QUOTE), MAX_QUOTE);
    draft
      .entity(name)
      .itemCiting(
        `${name}${roleOf(speaker)}, ${said.length} ${said.length === 1 ? 'quote' : 'quotes'}: ${quote.reported ? words : `“${words}”`}`,
        () => [ctx.citeText(quote.doc, quote.source)],
      );
  }
  return draft.build();
}

function roleOf(speaker: Entity | undefined): string {
  const title = speaker?.roles[0]?.title;
  return title ? ` (${title})` : '';
}

/** Nouns for people in any role: "which Huawei executives" asks who is Huawei's, not who holds
 * a title with the word "executive". */
const ANY_ROLE = new Set(
  'people persons person officials official executives executive leaders experts figures individuals politicians speakers sources'.split(
    ' ',
  ),
);
const ORGANISATION_KINDS = new Set(ORGANISATION_NOUNS);

/**
 * Whether a speaker is of the kind asked: every qualifier ("Huawei", "Chinese") in their name,
 * aliases or roles, and the head noun a title they hold ("analysts") or their type ("companies").
 */
function ofKind(who: string): (speaker: Entity | undefined) => boolean {
  const words = who.toLowerCase().split(/\s+/);
  const head = words.pop() ?? '';
  const qualifiers = terms(words.join(' '));
  const headTerm = terms(head)[0];
  return (speaker) => {
    if (!speaker) return false;
    const said = [speaker.name, ...speaker.aliases, ...speaker.roles.map((r) => `${r.title} ${r.of ?? ''}`)];
    const has = new Set(terms(said.join(' ')));
    if (!qualifiers.every((q) => has.has(q))) return false;
    if (ORGANISATION_KINDS.has(head)) return speaker.type === 'org';
    if (ANY_ROLE.has(head) || !headTerm) return speaker.type === 'person';
    return speaker.roles.some((r) => terms(r.title).includes(headTerm));
  };
}
