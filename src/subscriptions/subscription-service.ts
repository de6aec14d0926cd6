// Store-backed subscriptions and channel settings, shared by both chat platforms.
// Errors: bad input throws SubscriptionError; a failing store's error passes through unchanged
// (the store adapter wraps it as StoreUnavailableError with a user-facing message).
import type { Clock, KeyValueStore } from '../ports.js';
import {
  type ChannelSettings,
  defaultChannelSettings,
  type Platform,
  type SubscribeRequest,
  type Subscription,
  type SubscriptionService,
} from './types.js';
import { checkChannel, normaliseTime, normaliseZone } from './validate-subscription.js';

export const DEFAULT_TIME = '09:00';
export const DEFAULT_ZONE = 'UTC';

export const subscriptionKey = (platform: Platform, channel: string) => `sub:${platform}:${channel}`;
export const settingsKey = (platform: Platform, channel: string) => `settings:${platform}:${channel}`;

export function createSubscriptionService(store: KeyValueStore, clock: Clock): SubscriptionService {
  const get = async (platform: Platform, channel: string) => {
    const value = await store.get<unknown>(subscriptionKey(platform, checkChannel(channel)));
    return isSubscription(value) ? value : undefined;
  };

  return {
    get,

    async subscribe(request: SubscribeRequest): Promise<Subscription> {
      const channel = checkChannel(request.channel);
      const existing = await get(request.platform, channel);
      const subscription: Subscription = {
        platform: request.platform,
        channel,
        ...((request.workspace ?? existing?.workspace)
          ? { workspace: request.workspace ?? existing?.workspace }
          : {}),
        time: normaliseTime(request.time ?? existing?.time ?? DEFAULT_TIME),
        zone: normaliseZone(request.zone ?? existing?.zone ?? DEFAULT_ZONE),
        emptyDay: request.emptyDay ?? existing?.emptyDay ?? 'skip',
        // Subscribing again resumes a paused subscription.
        active: true,
        createdBy: request.user,
        createdAt: existing?.createdAt ?? clock.now().toISOString(),
      };
      await store.set(subscriptionKey(request.platform, channel), subscription);
      return subscription;
    },

    async unsubscribe(platform, channel) {
      return store.delete(subscriptionKey(platform, checkChannel(channel)));
    },

    async list() {
      const keys = await store.keys('sub:');
      const values = await Promise.all(keys.map((key) => store.get<unknown>(key)));
      return values.filter(isSubscription);
    },

    async setActive(platform, channel, active) {
      const existing = await get(platform, channel);
      if (!existing) return undefined;
      const updated = { ...existing, active };
      await store.set(subscriptionKey(platform, existing.channel), updated);
      return updated;
    },

    async settings(platform, channel) {
      const value = await store.get<unknown>(settingsKey(platform, checkChannel(channel)));
      return { ...defaultChannelSettings, ...pickSettings(value) };
    },

    async updateSettings(platform, channel, change) {
      const key = settingsKey(platform, checkChannel(channel));
      const current = { ...defaultChannelSettings, ...pickSettings(await store.get<unknown>(key)) };
      const updated = { ...current, ...pickSettings(change) };
      await store.set(key, updated);
      return updated;
    },
  };
}

/** Only well-formed records count: the store may hold data written by an older version. */
function isSubscription(value: unknown): value is Subscription {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.platform === 'slack' || v.platform === 'discord') &&
    typeof v.channel === 'string' &&
    typeof v.time === 'string' &&
    typeof v.zone === 'string' &&
    (v.emptyDay === 'skip' || v.emptyDay === 'nearest') &&
    typeof v.active === 'boolean' &&
    typeof v.createdBy === 'string' &&
    typeof v.createdAt === 'string'
  );
}

function pickSettings(value: unknown): Partial<ChannelSettings> {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  return {
    ...(v.visibility === 'private' || v.visibility === 'public' ? { visibility: v.visibility } : {}),
    ...(typeof v.mentionOnly === 'boolean' ? { mentionOnly: v.mentionOnly } : {}),
  };
}
