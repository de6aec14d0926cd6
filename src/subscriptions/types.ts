// Channel subscriptions to the daily "on this day" post, and per-channel settings.
// Shared by both chat platforms; the store behind them is a KeyValueStore port.

export type Platform = 'slack' | 'discord';

/** What a subscription posts when the corpus has nothing for the exact day. */
export type EmptyDayPolicy = 'skip' | 'nearest';

export interface Subscription {
  platform: Platform;
  /** Slack channel id or Discord channel id. */
  channel: string;
  /** Slack team id or Discord guild id, when known. */
  workspace?: string;
  /** Local time of day "HH:MM", 24-hour. */
  time: string;
  /** IANA time zone, e.g. "Europe/Oslo". */
  zone: string;
  emptyDay: EmptyDayPolicy;
  active: boolean;
  /** Platform user id of who subscribed (may change it without admin rights). */
  createdBy: string;
  createdAt: string;
}

export interface ChannelSettings {
  /** Answer slash commands privately (default) or in the channel. */
  visibility: 'private' | 'public';
  /** Only answer when mentioned, never thread follow-ups without a mention. */
  mentionOnly: boolean;
}

export const defaultChannelSettings: ChannelSettings = { visibility: 'private', mentionOnly: false };

export interface SubscribeRequest {
  platform: Platform;
  channel: string;
  workspace?: string;
  user: string;
  time?: string;
  zone?: string;
  emptyDay?: EmptyDayPolicy;
}

/** Store-backed operations the chat adapters call; implemented in src/subscriptions/. */
export interface SubscriptionService {
  subscribe(request: SubscribeRequest): Promise<Subscription>;
  /** true when there was a subscription to remove. */
  unsubscribe(platform: Platform, channel: string): Promise<boolean>;
  get(platform: Platform, channel: string): Promise<Subscription | undefined>;
  list(): Promise<Subscription[]>;
  setActive(platform: Platform, channel: string, active: boolean): Promise<Subscription | undefined>;
  settings(platform: Platform, channel: string): Promise<ChannelSettings>;
  updateSettings(
    platform: Platform,
    channel: string,
    change: Partial<ChannelSettings>,
  ): Promise<ChannelSettings>;
}
