// Every user-facing sentence the core says on its own (not quoted from the corpus), in one place.

export const texts = {
  emptyQuestion: 'Ask me something about the articles. Type `help` for examples.',
  /** With an example from the loaded corpus: nothing here names a topic of its own. */
  emptyQuestionWith: (example?: string) =>
    `Ask me something about the articles${example ? `, e.g. "${example}"` : ''}. Type \`help\` for more.`,
  helpIntro: (articles: number, withExamples: boolean) =>
    `I answer questions about ${articles} news article${articles === 1 ? '' : 's'}, quoting them word for word with their sources.${
      withExamples ? ' Questions these articles answer:' : ''
    }`,
  helpFollowUps:
    'Follow-ups: in a thread or reply chain, "what did she say?" or "and what happened then?" continue from the last question.',
  helpCommands:
    'Commands: help, sources, quotes <person>, who <name>, timeline [topic], onthisday [MM-DD], subscribe [HH:MM] [zone] [nearest], unsubscribe, settings',
  quotesHint: (speaker?: string) =>
    `Whose quotes? Add a name${speaker ? `, e.g. \`quotes ${speaker}\`` : ': `quotes <person>`'}.`,
  feedbackThanks: (up: boolean) => (up ? 'Thanks, glad it helped. 👍' : 'Thanks for telling me. 👎 noted.'),
  rateLimited: (seconds: number) =>
    `You are asking faster than I can fairly answer everyone. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  channelLimited: (seconds: number) =>
    `This channel is asking faster than I can fairly answer. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  tooLong: (max: number) => `That question is too long; please keep it under ${max} characters.`,
  storeDown: 'I could not reach my storage just now, so nothing was changed. Please try again in a minute.',
  notAllowed:
    "Only a workspace admin (Slack), someone with Manage Server (Discord), or the person who set up this channel's subscription can change it.",
  subscribed: (time: string, zone: string, nearest: boolean) =>
    `Subscribed: this channel gets "on this day" from the archive every day at ${time} (${zone})${
      nearest ? ', with the nearest dates when the day itself is empty' : ''
    }. Posts never ping anyone.`,
  unsubscribed: 'Unsubscribed: no more daily posts in this channel.',
  notSubscribed: 'This channel has no daily post to remove.',
  settings: (visibility: string, mentionOnly: boolean, subscription: string) =>
    `Settings for this channel: answers to commands are ${visibility}; ${
      mentionOnly ? 'I answer only when mentioned' : 'I also answer follow-ups in threads I started'
    }. ${subscription}`,
  subscriptionLine: (time: string | undefined, zone: string | undefined, active: boolean | undefined) =>
    time ? `Daily post: ${time} (${zone})${active === false ? ', paused' : ''}.` : 'No daily post.',
} as const;
