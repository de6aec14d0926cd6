// Expected subscription failures, as exceptions carrying a user-facing message: runCommand turns
// any error with `userMessage` into an 'invalid' reply, so chat users see what to fix.

export type SubscriptionErrorCode = 'bad-time' | 'bad-zone' | 'bad-channel';

export class SubscriptionError extends Error {
  override readonly name = 'SubscriptionError';
  constructor(
    readonly code: SubscriptionErrorCode,
    readonly userMessage: string,
  ) {
    super(userMessage);
  }
}

export const subscriptionTexts = {
  badTime: (time: string) =>
    `"${clip(time)}" is not a time of day. Use HH:MM on a 24-hour clock, e.g. 09:00.`,
  badZone: (zone: string) =>
    `"${clip(zone)}" is not a time zone I know. Use an IANA name such as Europe/Oslo, America/New_York or UTC.`,
  badChannel: 'This channel id looks wrong, so nothing was changed.',
} as const;

/** Echo at most a short piece of what the user typed. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
