// What the Slack adapter needs and what it gives back; adapters/main.ts wires these.
import type {
  Clock,
  Dossier,
  KeyValueStore,
  Logger,
  Reply,
  SessionOptions,
  SubscriptionService,
} from '../../src/index.js';

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Socket Mode when set (an app-level xapp- token); HTTP mode otherwise. */
  appToken?: string;
  /** HTTP mode: port of POST /slack/events (0 picks a free one). */
  port: number;
  /** HTTP mode: interface to listen on; all of them by default. */
  host?: string;
  /** Web API base URL, e.g. "http://127.0.0.1:8080/api/" for tests and proxies. */
  apiUrl?: string;
  /** Retries of a failed Web API call (rate limits, network); 2 by default. */
  retries?: number;
}

/** Session options: fair-use limits and how long a thread's last question is remembered. */
export interface SlackDeps extends SessionOptions {
  config: SlackConfig;
  /** The current Dossier; replaced when the corpus is reloaded, so always call it. */
  dossier: () => Dossier;
  subscriptions: SubscriptionService;
  /** Feedback votes, answered threads and event de-duplication. */
  store: KeyValueStore;
  logger: Logger;
  clock: Clock;
}

export interface SlackAdapter {
  stop(): Promise<void>;
  /** Posts a reply in a channel (the scheduler's daily post); throws when Slack refuses it. */
  post(channel: string, reply: Reply): Promise<void>;
  /** The HTTP port actually listened on (HTTP mode only). */
  port?: number;
}
