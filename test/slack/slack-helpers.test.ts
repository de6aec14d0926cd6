// The adapter's small pure helpers: mrkdwn text, mentions, token redaction, dates, App Home.
import { describe, expect, it } from 'vitest';
import { createBoltLogger, redactTokens } from '../../adapters/slack/bolt-logger.js';
import { mentionsBot, stripBotMention } from '../../adapters/slack/message-text.js';
import { renderHome } from '../../adapters/slack/render-home.js';
import { chunkLines, escapeAndTruncate, truncate } from '../../adapters/slack/render-mrkdwn.js';
import { needsUserFacts, todayIn } from '../../adapters/slack/user-facts.js';
import { echoDossier, recordingLogger } from './doubles.js';

describe('mrkdwn text', () => {
  it('never leaves half an entity when cutting escaped text', () => {
    const cut = escapeAndTruncate('aaaaaa<b', 9);
    expect(cut).toBe('aaaaaa…');
    expect(cut.length).toBeLessThanOrEqual(9);
  });

  it('never splits a surrogate pair', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
  });

  it('packs whole lines into chunks and splits a line longer than a chunk', () => {
    expect(chunkLines(['aaa', 'bbb', 'ccc'], 7)).toEqual(['aaa\nbbb', 'ccc']);
    const long = chunkLines([`${'x'.repeat(8)} ${'y'.repeat(8)}`], 10);
    expect(long).toEqual(['x'.repeat(8), 'y'.repeat(8)]);
    expect(chunkLines(['&amp;'.repeat(4)], 12).every((c) => /^(&amp;)+$/.test(c))).toBe(true);
  });
});

describe('bot mentions', () => {
  it('strips the bot mention with or without a label, keeping other mentions', () => {
    expect(stripBotMention('<@U0BOT> who is <@U0BOT2>?', 'U0BOT')).toBe('who is <@U0BOT2>?');
    expect(stripBotMention('hey <@U0BOT|dossier>   help', 'U0BOT')).toBe('hey help');
    expect(stripBotMention(' plain ', undefined)).toBe('plain');
  });

  it('tells a mention of the bot from one of a look-alike id', () => {
    expect(mentionsBot('ok <@U0BOT>', 'U0BOT')).toBe(true);
    expect(mentionsBot('ok <@U0BOT2>', 'U0BOT')).toBe(false);
  });
});

describe('Bolt logger', () => {
  it('masks bot and app tokens before anything reaches our logger', () => {
    expect(redactTokens('token xoxb-123-abc and xapp-1-A0-9f')).toBe('token [redacted] and [redacted]');
    const logger = recordingLogger();
    createBoltLogger(logger).error('failed with', { token: 'xoxp-9-9' }, new Error('bad xoxb-1-2'));
    expect(logger.entries).toEqual([
      { level: 'error', message: 'slack: failed with {"token":"[redacted]"} Error: bad [redacted]' },
    ]);
  });
});

describe('user facts', () => {
  it("gives today's date in the user's zone, UTC when the zone is unknown", () => {
    const now = new Date('2024-12-12T23:30:00Z');
    expect(todayIn(now, 'Asia/Tokyo')).toBe('2024-12-13');
    expect(todayIn(now, 'America/New_York')).toBe('2024-12-12');
    expect(todayIn(now, 'Not/AZone')).toBe('2024-12-12');
    expect(todayIn(now)).toBe('2024-12-12');
  });

  it('asks Slack about the user only for channel management and undated on-this-day', () => {
    expect(needsUserFacts({ kind: 'subscribe' })).toBe(true);
    expect(needsUserFacts({ kind: 'settings', change: {} })).toBe(true);
    expect(needsUserFacts({ kind: 'onthisday' })).toBe(true);
    expect(needsUserFacts({ kind: 'onthisday', monthDay: '12-12' })).toBe(false);
    expect(needsUserFacts({ kind: 'ask', question: 'x' })).toBe(false);
  });
});

describe('App Home', () => {
  it('shows how to ask and what the corpus covers, escaped, within 100 blocks', () => {
    const dossier = echoDossier();
    const sources = {
      ...dossier.sources(),
      items: Array.from({ length: 300 }, (_, i) => ({ text: `<Article ${i}>`, cites: [] })),
    };
    const view = renderHome(dossier.help(), sources);
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain('/dossier');
    expect(shown).toContain('&lt;Article 0&gt;');
    expect(shown).not.toContain('<Article');
  });
});
