// What Slack knows about the asker that a command may need: admin rights and time zone.
import type { webApi } from '@slack/bolt';
import type { Command, Logger } from '../../src/index.js';

export interface UserFacts {
  isAdmin: boolean;
  /** IANA zone from the user's Slack profile. */
  zone?: string;
}

/**
 * users.info is only worth a call when the answer depends on it: changing a subscription or the
 * channel's settings (admin rights) and "on this day" without a date (the user's today).
 */
export function needsUserFacts(command: Command): boolean {
  if (command.kind === 'onthisday') return command.monthDay === undefined;
  return command.kind === 'subscribe' || command.kind === 'unsubscribe' || command.kind === 'settings';
}

export async function lookupUser(client: webApi.WebClient, user: string, logger: Logger): Promise<UserFacts> {
  try {
    const result = await client.users.info({ user });
    const info = result.user;
    // Owners are admins too; a failed lookup only ever costs rights, never grants them.
    const isAdmin = info?.is_admin === true || info?.is_owner === true || info?.is_primary_owner === true;
    return typeof info?.tz === 'string' && info.tz ? { isAdmin, zone: info.tz } : { isAdmin };
  } catch (error) {
    logger.warn('slack: users.info failed', { user, error: (error as Error).message });
    return { isAdmin: false };
  }
}

/** "YYYY-MM-DD" of the instant in a zone; UTC when the zone is unknown or invalid. */
export function todayIn(now: Date, zone = 'UTC'): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
