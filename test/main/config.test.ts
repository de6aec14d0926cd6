import { describe, expect, it } from 'vitest';
import { readConfig } from '../../adapters/config.js';

describe('readConfig', () => {
  it('GIVEN no environment THEN defaults: corpus/, embedded store, no platform', () => {
    const result = readConfig({});
    expect(result.ok && result.config).toMatchObject({
      corpusDir: 'corpus',
      storeUrl: undefined,
      logLevel: 'info',
    });
    expect(result.ok && result.config.slack).toBeUndefined();
    expect(result.ok && result.config.discord).toBeUndefined();
  });

  it('GIVEN Slack bot token and signing secret THEN HTTP mode on SLACK_PORT', () => {
    const result = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_PORT: '3100' });
    expect(result.ok && result.config.slack).toEqual({ botToken: 'xoxb-1', signingSecret: 's', port: 3100 });
  });

  it('GIVEN several mistakes THEN reports them all at once, never a token value', () => {
    const result = readConfig({
      SLACK_BOT_TOKEN: 'xoxb-secret-value',
      DISCORD_TOKEN: 'abc',
      SLACK_PORT: 'eighty',
      LOG_LEVEL: 'loud',
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.join('\n')).toMatch(/SLACK_PORT/);
    expect(problems.join('\n')).toMatch(/DISCORD_APPLICATION_ID/);
    expect(problems.join('\n')).not.toContain('xoxb-secret-value');
  });

  it('GIVEN empty strings THEN they count as unset', () => {
    const result = readConfig({ STORE_URL: '', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' });
    expect(result.ok && result.config.storeUrl).toBeUndefined();
  });

  it('GIVEN no limits THEN defaults nobody meets in normal use; GIVEN values THEN they are read, 0 turning one off', () => {
    const defaults = readConfig({});
    expect(defaults.ok && defaults.config.limits).toEqual({ userPerMinute: 20, channelPerMinute: 60 });
    expect(defaults.ok && defaults.config.conversationTtlMs).toBe(60 * 60_000);
    const set = readConfig({
      RATE_LIMIT_USER_PER_MINUTE: '5',
      RATE_LIMIT_CHANNEL_PER_MINUTE: '0',
      CONVERSATION_TTL_MINUTES: '',
    });
    expect(set.ok && set.config.limits).toEqual({ userPerMinute: 5, channelPerMinute: 0 });
    expect(set.ok && set.config.conversationTtlMs).toBe(60 * 60_000);
    const bad = readConfig({ RATE_LIMIT_USER_PER_MINUTE: 'lots' });
    expect(bad.ok ? [] : bad.problems).toEqual([expect.stringMatching(/^RATE_LIMIT_USER_PER_MINUTE/)]);
  });
});
