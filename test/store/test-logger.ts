// A Logger double that keeps what was logged, for assertions.
import type { Logger } from '../../src/ports.js';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields?: Record<string, unknown>;
}

export function testLogger(): Logger & { entries: LogEntry[]; messages(level: LogEntry['level']): string[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (message: string, fields?: Record<string, unknown>) => {
    entries.push(fields ? { level, message, fields } : { level, message });
  };
  return {
    entries,
    messages: (level) => entries.filter((e) => e.level === level).map((e) => e.message),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
  };
}
