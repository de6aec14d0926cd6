// Every user-facing text of the Slack adapter (the answers themselves come from the core).
export const SLACK_TEXTS = {
  youAsked: 'You asked:',
  sharedQuestion: 'Question:',
  sources: 'Sources',
  moreItems: (n: number) => `…and ${n} more.`,
  moreSources: (n: number) => `…and ${n} more sources.`,
  cut: '…the rest did not fit in one Slack message.',
  feedbackUp: '👍 Helpful',
  feedbackDown: '👎 Not helpful',
  share: 'Share in channel',
  failed: 'Sorry, something went wrong while answering that. Please try again.',
  homeTitle: 'Dossier',
  homeHowTo:
    '*How to ask*\nType `/dossier <question>`, mention me in a channel, or send me a direct message.',
  homeCovers: '*What I cover*',
} as const;
