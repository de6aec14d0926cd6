// Button custom ids carry everything a click needs, so no state is kept between messages.
// Discord caps a custom id at 100 characters.

export const CUSTOM_ID_MAX = 100;
const ON_THIS_DAY = 'dossier:otd:';
const ASK = 'dossier:ask:';

export type ButtonAction = { kind: 'onthisday'; monthDay: string } | { kind: 'ask'; question: string };

export function onThisDayId(monthDay: string): string {
  return `${ON_THIS_DAY}${monthDay}`;
}

/** undefined when the question is too long for an id (it is then left to be typed). */
export function askId(question: string): string | undefined {
  const id = `${ASK}${question.trim()}`;
  return id.length <= CUSTOM_ID_MAX && id.length > ASK.length ? id : undefined;
}

/** undefined for ids this bot did not make (or that were tampered with). */
export function decodeButton(customId: string): ButtonAction | undefined {
  if (customId.length > CUSTOM_ID_MAX) return undefined;
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
