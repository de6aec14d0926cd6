// Logs to stderr (stdout belongs to answers), one line each, with secrets masked.
import type { Logger } from '../src/index.js';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

/** Slack (xox*, xapp-) and Discord bot tokens, wherever they appear in a message or field. */
const SECRET =
  /\b(xox[abposr]-[A-Za-z0-9-]{6,}|xapp-[A-Za-z0-9-]{6,}|[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,})\b/g;

export function redact(text: string): string {
  return text.replace(SECRET, '[redacted]');
}

export function createLogger(
  level: Level = 'info',
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const min = LEVELS.indexOf(level);
  const log = (at: Level) => (message: string, fields?: Record<string, unknown>) => {
    if (LEVELS.indexOf(at) < min) return;
    const extra = fields && Object.keys(fields).length ? ` ${safeJson(fields)}` : '';
    write(`${new Date().toISOString()} ${at.padEnd(5)} ${redact(message)}${redact(extra)}\n`);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

function safeJson(fields: Record<string, unknown>): string {
  try {
    return JSON.stringify(fields, (_key, value) => (value instanceof Error ? value.message : value));
  } catch {
    return '{}';
  }
}
