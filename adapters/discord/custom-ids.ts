// Button custom ids carry everything a click needs, so no state is kept between messages.
// Discord caps a custom id at 100 characters.

export const CUSTOM_ID_MAX = 100;
const ON_THIS_DAY = 'dossier:otd:';
const ASK = 'dossier:ask:';
const FEEDBACK = 'dossier:fb:';

export type ButtonAction =
  | { kind: 'onthisday'; monthDay: string }
  | { kind: 'ask'; question: string }
  /** A 👍/👎 vote on an answer of `replyKind` to `question` (cut to fit the id). */
  | { kind: 'feedback'; up: boolean; replyKind: string; question: string };

export function onThisDayId(monthDay: string): string {
  return `${ON_THIS_DAY}${monthDay}`;
}

/** undefined when the question is too long for an id (it is then left to be typed). */
export function askId(question: string): string | undefined {
  const id = `${ASK}${question.trim()}`;
  return id.length <= CUSTOM_ID_MAX && id.length > ASK.length ? id : undefined;
}

/** The vote and what it is about; a long question is cut, since the id is all a click carries. */
export function feedbackId(up: boolean, replyKind: string, question: string): string {
  return `${FEEDBACK}${up ? 'up' : 'down'}:${replyKind}:${question.trim()}`.slice(0, CUSTOM_ID_MAX);
}

/** undefined for ids this bot did not make (or that were tampered with). */
export function decodeButton(customId: string): ButtonAction | undefined {
  if (customId.length > CUSTOM_ID_MAX) return undefined;
  const vote = /^dossier:fb:(up|down):([a-z-]{1,20}):(.*)$/s.exec(customId);
  if (vote)
    return { kind: 'feedback', up: vote[1] === 'up', replyKind: vote[2] ?? '', question: vote[3] ?? '' };
  const otd = /^dossier:otd:(\d{2}-\d{2})$/.exec(customId);
  if (otd?.[1]) return { kind: 'onthisday', monthDay: otd[1] };
  const question = customId.startsWith(ASK) ? customId.slice(ASK.length).trim() : '';
  return question ? { kind: 'ask', question } : undefined;
}

/** The calendar neighbour of "MM-DD" in a leap year, so 02-29 has neighbours and is reachable. */
export function shiftMonthDay(monthDay: string, days: number): string {
  const [month, day] = monthDay.split('-').map(Number);
  const date = new Date(Date.UTC(2000, (month ?? 1) - 1, (day ?? 1) + days));
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(date.getUTCDate()).padStart(2, '0');
  return `${mm}-${dd}`;
}
