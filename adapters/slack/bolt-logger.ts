// Routes Bolt's (and its Web API and Socket Mode clients') logging into our Logger. Messages are
// joined to one line and any Slack token in them is masked, so a token never reaches a log.
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/index.js';

// Slack tokens: xoxb-/xoxp-/xoxa-/xoxr-/xoxs-/xoxe-… and app-level xapp-…; one flat class, linear.
const TOKEN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;
const MAX_LINE = 2000;

export function redactTokens(text: string): string {
  return text.replace(TOKEN, '[redacted]');
}

export function createBoltLogger(logger: Logger, name = 'slack'): BoltLogger {
  let level: LogLevel = LogLevel.DEBUG;
  let prefix = name;
  const line = (parts: unknown[]) =>
    `${prefix}: ${redactTokens(parts.map(describe).join(' ')).slice(0, MAX_LINE)}`;
  return {
    // Our Logger filters by LOG_LEVEL itself; Bolt's own level is kept only because Bolt asks for it.
    debug: (...parts: unknown[]) => logger.debug(line(parts)),
    info: (...parts: unknown[]) => logger.info(line(parts)),
    warn: (...parts: unknown[]) => logger.warn(line(parts)),
    error: (...parts: unknown[]) => logger.error(line(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      prefix = `${name}/${next}`;
    },
  };
}

function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}
