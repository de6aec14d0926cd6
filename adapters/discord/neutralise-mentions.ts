// Text that reaches Discord from users or the corpus must never read as a mention. allowed_mentions
// already stops the ping; this also keeps "@everyone" from rendering as a highlighted mention.

import type { MessageMentionOptions } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200b';
// Both patterns are single-pass literals: linear time whatever the input.
const BROADCAST = /@(everyone|here)/gi;
const ENTITY_MENTION = /<@/g;

/** "@everyone" → "@\u200beveryone", "<@123>" / "<@!123>" / "<@&123>" → "<@\u200b…>". */
export function neutraliseMentions(text: string): string {
  return text.replace(BROADCAST, `@${ZERO_WIDTH_SPACE}$1`).replace(ENTITY_MENTION, `<@${ZERO_WIDTH_SPACE}`);
}

/** The only allowed mentions the bot ever sends: nobody is pinged, not even the asker. */
export const noMentions = (): MessageMentionOptions => ({ parse: [], repliedUser: false });
