// Two instances on one Redis count one person's questions together, and a conversation started on
// one instance continues on the other: both live in the store, not in memory.
import { afterAll, describe, expect, it } from 'vitest';
import { askInConversation, checkFairUse, conversationKey } from '../../src/index.js';
import { fixtureDossier } from '../discord/fixture-dossier.js';
import { redisOrWarn, redisStores } from '../store/redis-available.js';

const redisUp = await redisOrWarn('shared fair-use limits');
const clock = { now: () => new Date('2025-05-01T10:00:00Z') };

describe.skipIf(!redisUp)('GIVEN two instances on one Redis', () => {
  const { open, closeAll } = redisStores('fair-use');
  afterAll(closeAll);

  it('THEN a person gets 3 questions a minute across both, not 3 on each', async () => {
    const [a, b] = [await open(), await open()];
    const limits = { userPerMinute: 3, channelPerMinute: 0 };
    const who = { platform: 'slack' as const, user: 'U1', channel: 'C1', mention: false };
    const verdicts = [];
    for (const store of [a, b, a, b, a])
      verdicts.push((await checkFairUse(store, clock, limits, who)).allowed);
    expect(verdicts).toEqual([true, true, true, false, false]);
  });

  it("THEN a follow-up on the second instance resolves to the first one's focus", async () => {
    const [a, b] = [await open(), await open()];
    const key = conversationKey({ platform: 'slack', channel: 'C1', thread: '1.1' });
    await askInConversation(fixtureDossier(), 'who is Lena Okafor?', key, { store: a, clock });
    const reply = await askInConversation(fixtureDossier(), 'what did she say?', key, { store: b, clock });
    expect(reply.kind).toBe('quotes');
    expect(reply.entities).toContain('Lena Okafor');
  });
});
