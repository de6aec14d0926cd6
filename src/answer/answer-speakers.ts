// "Who is quoted?", "who commented on the ban?": the people and organisations the articles quote,
// gathered across articles, the most quoted first, each with one quote cited.
import type { Entity, Quote } from '../corpus/types.js';
import type { Reply } from '../reply.js';
import { keyTerms } from './analyse-question.js';
import { scoreQuotes } from './answer-quotes.js';
import { clip, leadingSentences, ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';

const MAX_QUOTE = 200;

export function answerSpeakers(ctx: AnswerContext, topic?: string): Reply {
  const topicTerms = topic ? keyTerms(ctx, topic) : [];
  const scores = scoreQuotes(ctx, topicTerms, ctx.corpus.quotes);
  const quotes = topicTerms.length ? [...scores.keys()] : ctx.corpus.quotes;
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
  const draft = new ReplyDraft(
    'quotes',
    topic ? `Quoted on ${topic} in the articles:` : 'Quoted in the articles, the most quoted first:',
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
