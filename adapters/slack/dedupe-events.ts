// Slack retries an event it thinks went unanswered (X-Slack-Retry-Num, or a Socket Mode retry):
// each event_id is handled once, claimed in the shared store so it also holds across instances.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { KeyValueStore, Logger } from '../../src/index.js';

/** Slack stops retrying within the hour; a day leaves room. */
export const EVENT_CLAIM_TTL_MS = 24 * 60 * 60 * 1000;

export function eventClaimKey(eventId: string): string {
  return `slack:event:${eventId.slice(0, 100)}`;
}

export function dedupeEvents(store: KeyValueStore, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string') {
      // When the store is down, answering twice beats not answering.
      const first = await store.claim(eventClaimKey(eventId), true, EVENT_CLAIM_TTL_MS).catch(() => true);
      if (!first) {
        logger.debug('slack: duplicate event skipped', { eventId });
        return;
      }
    }
    await next();
  };
}
