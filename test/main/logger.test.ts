import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../../adapters/logger.js';

describe('logger', () => {
  it('GIVEN tokens in a message or its fields THEN they are masked', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (line) => lines.push(line));
    logger.error('failed with xoxb-1234567890-abcdefghij', { token: 'xapp-1-A0B1C2-3456789' });
    expect(lines.join('')).not.toMatch(/xoxb-1234567890|xapp-1-A0B1C2/);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('GIVEN a level THEN quieter lines are dropped', () => {
    const lines: string[] = [];
    const logger = createLogger('warn', (line) => lines.push(line));
    logger.info('hidden');
    logger.warn('shown');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('shown');
  });

  it('GIVEN a Discord-shaped token THEN redact masks it', () => {
    const token = `${'M'.repeat(24)}.${'G'.repeat(6)}.${'x'.repeat(27)}`;
    expect(redact(`login with ${token}`)).toBe('login with [redacted]');
  });
});
