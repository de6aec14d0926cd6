// The Dossier: one parsed corpus and everything asked of it. Pure: no I/O, no clock.

import { answerTimeline } from './answer/answer-dates.js';
import { answerSources } from './answer/answer-meta.js';
import { answerQuestion } from './answer/answer-question.js';
import { answerQuotes } from './answer/answer-quotes.js';
import { answerWhoIs } from './answer/answer-who.js';
import { buildContextSteps, warmUpAnswering } from './answer/context.js';
import { notFound } from './answer/not-found.js';
import { normaliseMonthDay } from './commands/parse-command.js';
import type { Corpus } from './corpus/types.js';
import type { Dossier } from './dossier-types.js';
import { mostQuoted } from './help/corpus-highlights.js';
import { exampleQuestions } from './help/example-questions.js';
import { emptyQuestionReply, helpReply } from './help/help-reply.js';
import { onThisDay } from './on-this-day/on-this-day.js';
import { onThisDayReply } from './on-this-day/on-this-day-reply.js';
import type { Reply } from './reply.js';
import { messageReply } from './reply-builders.js';
import { finish, type Steps } from './steps.js';
import { texts } from './texts.js';

export function createDossier(corpus: Corpus): Dossier {
  return finish(createDossierSteps(corpus));
}

/** The same as steps (see steps.ts): a reload builds the next Dossier while this one answers. */
export function* createDossierSteps(corpus: Corpus): Steps<Dossier> {
  const ctx = yield* buildContextSteps(corpus);
  // Examples are picked by asking them, so they are found once per corpus and only when needed.
  let examples: string[] | undefined;
  const examplesOf = () => {
    examples ??= exampleQuestions(corpus, (question) => answerQuestion(ctx, question));
    return examples;
  };
  const help = (): Reply => helpReply(corpus, examplesOf());
  return {
    corpus,
    answer: (question, options) => {
      if (!/[\p{L}\p{N}]/u.test(question)) return emptyQuestionReply(examplesOf());
      const reply = answerQuestion(ctx, question, options?.today);
      // "what can you do?" gets the same corpus-derived help as the help command.
      return reply.kind === 'help' ? help() : reply;
    },
    help,
    sources: () => answerSources(ctx),
    quotes: (person) =>
      person.trim()
        ? answerQuotes(ctx, person)
        : messageReply('invalid', texts.quotesHint(mostQuoted(corpus)[0]), false),
    whoIs: (name) => {
      const entity = ctx.linker.link(name);
      if (entity) return answerWhoIs(ctx, entity);
      // Not a name the corpus knows: maybe a question in disguise ("who restricts Huawei").
      const asked = answerQuestion(ctx, `who ${name}`);
      return asked.found ? asked : notFound(ctx, `The articles do not mention ${name}.`);
    },
    timeline: (topic) => answerTimeline(ctx, topic),
    onThisDay: (monthDay, emptyDay = 'skip', options) => {
      const day = normaliseMonthDay(monthDay);
      if (!day) return messageReply('invalid', `"${monthDay}" is not a date. Use MM-DD, e.g. 12-12.`, false);
      return onThisDayReply(onThisDay(corpus, day, options?.year ? { year: options.year } : {}), emptyDay);
    },
    complete: (prefix, limit = 25) =>
      ctx.linker.complete(prefix, Math.min(25, limit)).map((e) => ({ name: e.name, type: e.type })),
  };
}

/**
 * Pays the first question's one-off costs (language resources, then one question through the
 * whole path to compile it): adapters call it once, right after the bot is up, while nobody waits.
 */
export function warmUp(dossier: Dossier): void {
  warmUpAnswering();
  dossier.answer('Who said what about it?');
}
