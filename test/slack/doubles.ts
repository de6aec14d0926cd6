// Small in-memory stand-ins for the ports the Slack adapter takes (store, logger, clock).
import type { Clock, Dossier, KeyValueStore, Logger, Reply } from '../../src/index.js';

export function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async <T>(key: string) => data.get(key) as T | undefined,
    set: async (key, value) => {
      data.set(key, value);
    },
    delete: async (key) => data.delete(key),
    claim: async (key, value) => {
      if (data.has(key)) return false;
      data.set(key, value);
      return true;
    },
    keys: async (prefix) => [...data.keys()].filter((key) => key.startsWith(prefix)),
  };
}

export interface LogEntry {
  level: string;
  message: string;
  fields?: Record<string, unknown>;
}

/** Records every line; waitFor resolves once a matching line was logged. */
export function recordingLogger(): Logger & {
  entries: LogEntry[];
  waitFor(match: string | ((entry: LogEntry) => boolean)): Promise<LogEntry>;
} {
  const entries: LogEntry[] = [];
  const waiting = new Set<() => void>();
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    entries.push({ level, message, ...(fields ? { fields } : {}) });
    for (const check of [...waiting]) check();
  };
  return {
    entries,
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    waitFor: (match) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const entry = entries.find((e) =>
            typeof match === 'string' ? e.message.includes(match) : match(e),
          );
          if (!entry) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(entry);
        };
        const timer = setTimeout(() => reject(new Error(`never logged ${String(match)}`)), 10_000);
        waiting.add(check);
        check();
      }),
  };
}

export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso) };
}

/** A Dossier that answers by echoing the question, with one citation: enough to check routing. */
export function echoDossier(): Dossier {
  const reply = (kind: Reply['kind'], text: string): Reply => ({
    kind,
    found: true,
    text,
    items: [{ text: 'Huawei equipment was restricted.', cites: [0] }],
    more: 0,
    citations: [
      { doc: 'a.txt', title: 'Allies weigh Huawei', date: '2018-12-12', snippet: 'Huawei was restricted.' },
    ],
    suggestions: ['who is Ren Zhengfei?'],
    entities: [],
  });
  return {
    corpus: { documents: [], sentences: [], entities: [], quotes: [], events: [], dates: [], warnings: [] },
    answer: (question) => reply('search', `Answer to: ${question}`),
    help: () => reply('help', 'Ask me about the articles.'),
    sources: () => reply('sources', '1 article.'),
    quotes: (person) => reply('quotes', `Quotes of ${person}`),
    whoIs: (name) => reply('who-is', `About ${name}`),
    timeline: (topic) => reply('timeline', `Timeline ${topic ?? ''}`),
    onThisDay: (monthDay) => reply('on-this-day', `On ${monthDay}`),
    complete: () => [],
  };
}
