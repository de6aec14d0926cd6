// Slack's Block Kit limits in one place (https://docs.slack.dev/reference/block-kit/blocks).
// Going over any of them makes Slack reject the whole message with invalid_blocks.
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerHomeView: 100,
  sectionText: 3000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  headerText: 150,
  /** Not a Slack limit: the fallback text is only shown in notifications, keep it short. */
  fallbackText: 3000,
  /** Not a Slack limit: long verbatim snippets are cut in the sources so more of them fit. */
  snippetText: 300,
} as const;
