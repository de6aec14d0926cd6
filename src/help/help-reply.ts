// Help that shows rather than tells: what the bot holds, three questions these articles really
// answer (buttons on the chat platforms), and the commands. Nothing in it names a topic of its own.
import type { Corpus } from '../corpus/types.js';
import type { Reply } from '../reply.js';
import { messageReply } from '../reply-builders.js';
import { texts } from '../texts.js';

export function helpReply(corpus: Corpus, examples: string[]): Reply {
  const count = corpus.documents.length;
  return {
    ...messageReply('help', texts.helpIntro(count, examples.length > 0), true, [...examples, 'sources']),
    items: [
      ...examples.map((question) => ({ text: question, cites: [] })),
      { text: texts.helpFollowUps, cites: [] },
      { text: texts.helpCommands, cites: [] },
    ],
  };
}

/** The reply to an empty question: an example from this corpus instead of a fixed one. */
export function emptyQuestionReply(examples: string[]): Reply {
  return messageReply('invalid', texts.emptyQuestionWith(examples[0]), false, ['help']);
}
