// Every user-facing sentence the core says on its own (not quoted from the corpus), in one place.

export const texts = {
  emptyQuestion: 'Ask me something about the articles, e.g. "who banned Huawei?". Type `help` for more.',
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
