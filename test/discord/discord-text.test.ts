// Small pure pieces: mention neutralising, truncation, button ids, mention text, zones, dates.
import { describe, expect, it } from 'vitest';
import { askId, decodeButton, onThisDayId, shiftMonthDay } from '../../adapters/discord/custom-ids.js';
import { discordContext } from '../../adapters/discord/discord-context.js';
import { matchZones } from '../../adapters/discord/handle-autocomplete.js';
import { mentionText } from '../../adapters/discord/handle-message.js';
import { neutraliseMentions } from '../../adapters/discord/neutralise-mentions.js';
import { truncateText } from '../../adapters/discord/truncate-text.js';

describe('neutraliseMentions', () => {
  it('GIVEN broadcast, user, nickname and role mentions THEN a zero-width space breaks each', () => {
    expect(neutraliseMentions('@everyone @HERE <@1> <@!2> <@&3>')).toBe(
      '@\u200beveryone @\u200bHERE <@\u200b1> <@\u200b!2> <@\u200b&3>',
    );
  });

  it('GIVEN plain text and e-mail addresses THEN it is unchanged', () => {
    expect(neutraliseMentions('mail ren@huawei.com at 5 < 6')).toBe('mail ren@huawei.com at 5 < 6');
  });

  it('GIVEN a long adversarial input THEN it finishes promptly (linear patterns)', () => {
    const text = '<@'.repeat(50_000) + '@'.repeat(50_000);
    expect(neutraliseMentions(text)).toHaveLength(text.length + 50_000);
  });
});

describe('truncateText', () => {
  it('GIVEN text that fits THEN it is returned as is', () => {
    expect(truncateText('short', 5)).toBe('short');
  });

  it('GIVEN a long sentence THEN it is cut at a word boundary with an ellipsis', () => {
    expect(truncateText('the quick brown fox jumps', 18)).toBe('the quick brown…');
  });

  it('GIVEN an emoji at the cut THEN no half surrogate pair is left', () => {
    const cut = truncateText(`${'a'.repeat(8)}😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
    expect(cut.length).toBeLessThanOrEqual(10);
  });
});

describe('button ids', () => {
  it('GIVEN an on-this-day id THEN it decodes to its month and day', () => {
    expect(decodeButton(onThisDayId('02-29'))).toEqual({ kind: 'onthisday', monthDay: '02-29' });
  });

  it('GIVEN a suggestion THEN it round-trips, unless too long for a custom id', () => {
    const id = askId('Who is Ren Zhengfei?');
    expect(id && decodeButton(id)).toEqual({ kind: 'ask', question: 'Who is Ren Zhengfei?' });
    expect(askId('x'.repeat(95))).toBeUndefined();
  });

  it('GIVEN foreign or malformed ids THEN nothing is decoded', () => {
    expect(decodeButton('other:thing')).toBeUndefined();
    expect(decodeButton('dossier:otd:12-12; drop')).toBeUndefined();
    expect(decodeButton('dossier:ask:   ')).toBeUndefined();
  });

  it('GIVEN the edges of months and years THEN neighbours follow a leap-year calendar', () => {
    expect(shiftMonthDay('03-01', -1)).toBe('02-29');
    expect(shiftMonthDay('02-29', 1)).toBe('03-01');
    expect(shiftMonthDay('12-31', 1)).toBe('01-01');
    expect(shiftMonthDay('01-01', -1)).toBe('12-31');
  });
});

describe('mentionText', () => {
  it('GIVEN both mention forms anywhere THEN only the bot mention is removed', () => {
    expect(mentionText('<@42> who is  <@!42> Ren? <@7>', '42')).toBe('who is Ren? <@7>');
  });
});

describe('matchZones', () => {
  it('GIVEN a city THEN its zone comes first', () => {
    expect(matchZones('oslo')[0]).toBe('Europe/Oslo');
    expect(matchZones('new york')).toContain('America/New_York');
  });

  it('GIVEN nothing typed THEN at most 25 zones are offered', () => {
    expect(matchZones('')).toHaveLength(25);
  });
});

describe('discordContext', () => {
  const asker = { channel: 'c1', guild: 'g1', user: 'u1', isAdmin: false };

  it('GIVEN an instant near midnight THEN today depends on the zone', () => {
    const now = new Date('2024-12-12T23:30:00Z');
    expect(discordContext(asker, now, 'UTC').today).toBe('2024-12-12');
    expect(discordContext(asker, now, 'Asia/Tokyo').today).toBe('2024-12-13');
  });

  it('GIVEN a DM THEN there is no workspace and no admin', () => {
    const context = discordContext({ ...asker, guild: null }, new Date(0), 'UTC');
    expect(context).toEqual({
      platform: 'discord',
      channel: 'c1',
      user: 'u1',
      isAdmin: false,
      today: '1970-01-01',
    });
  });
});
