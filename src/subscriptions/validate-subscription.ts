// Input checks for subscriptions. Everything a user types is bounded before it reaches the store.
import { isValidZone } from '../on-this-day/local-date.js';
import { SubscriptionError, subscriptionTexts } from './subscription-error.js';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const SHORT_TIME = /^(\d{1,2})(?::(\d{2}))?$/;
/** Slack and Discord ids are short alphanumerics; this also keeps keys free of separators. */
const CHANNEL = /^[A-Za-z0-9_-]{1,64}$/;

/** "9", "9:30", "09:30" → "09:30"; throws SubscriptionError('bad-time') otherwise. */
export function normaliseTime(time: string): string {
  const trimmed = time.trim();
  const m = SHORT_TIME.exec(trimmed);
  const normal = m ? `${(m[1] ?? '').padStart(2, '0')}:${m[2] ?? '00'}` : trimmed;
  if (!TIME.test(normal)) throw new SubscriptionError('bad-time', subscriptionTexts.badTime(time));
  return normal;
}

/** Canonical IANA zone name ("europe/oslo" → "Europe/Oslo"); throws SubscriptionError('bad-zone'). */
export function normaliseZone(zone: string): string {
  const trimmed = zone.trim();
  if (!isValidZone(trimmed)) throw new SubscriptionError('bad-zone', subscriptionTexts.badZone(zone));
  return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
}

export function checkChannel(channel: string): string {
  if (!CHANNEL.test(channel)) throw new SubscriptionError('bad-channel', subscriptionTexts.badChannel);
  return channel;
}
