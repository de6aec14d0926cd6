// Small test doubles: a quiet logger, a fixed clock, a recording subscription service, and a
// Dossier that answers from canned replies (the e2e tests also run against the real core).
import type {
  ChannelSettings,
  Clock,
  Dossier,
  EntityChoice,
  Logger,
  Reply,
  Subscription,
  SubscriptionService,
} from '../../src/index.js';

export const quietLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Keeps errors, so a test can show the adapter handled everything without one. */
export function recordingLogger(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return {
    ...quietLogger,
    errors,
    error: (message, fields) => errors.push(`${message} ${JSON.stringify(fields)}`),
  };
}

export const fixedClock = (iso = '2024-12-12T12:00:00Z'): Clock => ({ now: () => new Date(iso) });

export function memorySubscriptions(): SubscriptionService & { all: Map<string, Subscription> } {
  const all = new Map<string, Subscription>();
  const settings = new Map<string, ChannelSettings>();
  const key = (platform: string, channel: string) => `${platform}:${channel}`;
  return {
    all,
    async subscribe(request) {
      const subscription: Subscription = {
        platform: request.platform,
        channel: request.channel,
        ...(request.workspace ? { workspace: request.workspace } : {}),
        time: request.time ?? '09:00',
        zone: request.zone ?? 'UTC',
        emptyDay: request.emptyDay ?? 'skip',
        active: true,
        createdBy: request.user,
        createdAt: '2024-12-12T12:00:00.000Z',
      };
      all.set(key(request.platform, request.channel), subscription);
      return subscription;
    },
    async unsubscribe(platform, channel) {
      return all.delete(key(platform, channel));
    },
    async get(platform, channel) {
      return all.get(key(platform, channel));
    },
    async list() {
      return [...all.values()];
    },
    async setActive(platform, channel, active) {
      const found = all.get(key(platform, channel));
      if (found) found.active = active;
      return found;
    },
    async settings(platform, channel) {
      return settings.get(key(platform, channel)) ?? { visibility: 'private', mentionOnly: false };
    },
    async updateSettings(platform, channel, change) {
      const next = { ...(await this.settings(platform, channel)), ...change };
      settings.set(key(platform, channel), next);
      return next;
    },
  };
}

export function reply(fields: Partial<Reply> = {}): Reply {
  return {
    kind: 'search',
    found: true,
    text: 'An answer',
    items: [],
    more: 0,
    citations: [],
    suggestions: [],
    entities: [],
    ...fields,
  };
}

/** Answers echo the question, so tests can see what reached the core and how it is rendered. */
export function cannedDossier(people: EntityChoice[] = []): Dossier {
  const cited = (text: string) =>
    reply({
      text,
      items: [{ text: 'Huawei has a contract with TDC to build the 5G network in Denmark.', cites: [0] }],
      citations: [
        {
          doc: '000_fixture.txt',
          title: 'Huawei says it is no threat',
          date: '2019-01-23',
          snippet: 'Huawei, which has a contract with TDC to build the 5G mobile phone network in Denmark',
        },
      ],
    });
  return {
    corpus: { documents: [], sentences: [], entities: [], quotes: [], events: [], dates: [], warnings: [] },
    answer: (question) => cited(`You asked: ${question}`),
    help: () => reply({ kind: 'help', text: 'Ask me about the articles.' }),
    sources: () => reply({ kind: 'sources', text: '1 article' }),
    quotes: (person) => cited(`Quotes of ${person}`),
    whoIs: (name) => cited(`Who is ${name}`),
    timeline: (topic) => cited(`Timeline ${topic ?? 'all'}`),
    onThisDay: (monthDay) => cited(`On ${monthDay}`),
    complete: (prefix, limit = 25) =>
      people.filter((p) => p.name.toLowerCase().includes(prefix.toLowerCase())).slice(0, limit),
  };
}
