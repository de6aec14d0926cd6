import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/ports.js';
import { SubscriptionError } from '../../src/subscriptions/subscription-error.js';
import { createSubscriptionService } from '../../src/subscriptions/subscription-service.js';
import { MemoryStore } from './memory-store.js';

const clock: Clock = { now: () => new Date('2025-05-01T10:00:00Z') };
const setup = () => {
  const store = new MemoryStore();
  return { store, service: createSubscriptionService(store, clock) };
};

describe('createSubscriptionService', () => {
  it('subscribes with defaults: 09:00 UTC, skip empty days, active', async () => {
    const { store, service } = setup();
    const sub = await service.subscribe({ platform: 'slack', channel: 'C1', user: 'U1' });
    expect(sub).toEqual({
      platform: 'slack',
      channel: 'C1',
      time: '09:00',
      zone: 'UTC',
      emptyDay: 'skip',
      active: true,
      createdBy: 'U1',
      createdAt: '2025-05-01T10:00:00.000Z',
    });
    expect(store.data.get('sub:slack:C1')).toEqual(sub);
    expect(await service.get('slack', 'C1')).toEqual(sub);
  });

  it('normalises time and zone spelling', async () => {
    const { service } = setup();
    const sub = await service.subscribe({
      platform: 'discord',
      channel: '123',
      user: 'u',
      time: '7:05',
      zone: 'europe/oslo',
    });
    expect(sub.time).toBe('07:05');
    expect(sub.zone).toBe('Europe/Oslo');
  });

  it('rejects a bad time or zone with a user-facing SubscriptionError and stores nothing', async () => {
    const { store, service } = setup();
    const bad = [
      service.subscribe({ platform: 'slack', channel: 'C1', user: 'U1', time: '25:00' }),
      service.subscribe({ platform: 'slack', channel: 'C1', user: 'U1', time: '9:7' }),
      service.subscribe({ platform: 'slack', channel: 'C1', user: 'U1', zone: 'Mars/Olympus' }),
      service.subscribe({ platform: 'slack', channel: 'C1:x', user: 'U1' }),
    ];
    const errors = await Promise.all(
      bad.map((p) =>
        p.then(
          () => undefined,
          (e: unknown) => e,
        ),
      ),
    );
    expect(errors.map((e) => (e as SubscriptionError).code)).toEqual([
      'bad-time',
      'bad-time',
      'bad-zone',
      'bad-channel',
    ]);
    expect(errors.every((e) => e instanceof SubscriptionError && e.userMessage.length > 0)).toBe(true);
    expect((errors[2] as SubscriptionError).userMessage).toContain('Europe/Oslo');
    expect(store.data.size).toBe(0);
  });

  it('keeps what a new subscribe does not change, and its creation time', async () => {
    const { service } = setup();
    await service.subscribe({
      platform: 'slack',
      channel: 'C1',
      user: 'U1',
      time: '08:00',
      zone: 'Asia/Tokyo',
    });
    await service.setActive('slack', 'C1', false);
    const again = await service.subscribe({
      platform: 'slack',
      channel: 'C1',
      user: 'U2',
      emptyDay: 'nearest',
    });
    expect(again).toMatchObject({
      time: '08:00',
      zone: 'Asia/Tokyo',
      emptyDay: 'nearest',
      active: true,
      createdBy: 'U2',
    });
    expect(again.createdAt).toBe('2025-05-01T10:00:00.000Z');
  });

  it('lists, pauses and removes subscriptions per platform and channel', async () => {
    const { service } = setup();
    await service.subscribe({ platform: 'slack', channel: 'C1', user: 'U1' });
    await service.subscribe({ platform: 'discord', channel: 'C1', user: 'U1' });
    expect((await service.list()).map((s) => s.platform).sort()).toEqual(['discord', 'slack']);
    expect((await service.setActive('discord', 'C1', false))?.active).toBe(false);
    expect(await service.setActive('discord', 'nope', false)).toBeUndefined();
    expect(await service.unsubscribe('slack', 'C1')).toBe(true);
    expect(await service.unsubscribe('slack', 'C1')).toBe(false);
    expect((await service.list()).map((s) => `${s.platform}:${s.active}`)).toEqual(['discord:false']);
  });

  it('skips malformed records instead of failing the whole list', async () => {
    const { store, service } = setup();
    store.data.set('sub:slack:OLD', { platform: 'slack', channel: 'OLD' });
    await service.subscribe({ platform: 'slack', channel: 'C1', user: 'U1' });
    expect((await service.list()).map((s) => s.channel)).toEqual(['C1']);
    expect(await service.get('slack', 'OLD')).toBeUndefined();
  });

  it('merges settings changes over the defaults and ignores unknown values', async () => {
    const { service } = setup();
    expect(await service.settings('slack', 'C1')).toEqual({ visibility: 'private', mentionOnly: false });
    await service.updateSettings('slack', 'C1', { visibility: 'public' });
    const bogus = { mentionOnly: 'yes' } as unknown as { mentionOnly: boolean };
    expect(await service.updateSettings('slack', 'C1', bogus)).toEqual({
      visibility: 'public',
      mentionOnly: false,
    });
    expect(await service.settings('slack', 'C1')).toEqual({ visibility: 'public', mentionOnly: false });
  });

  it('passes a store failure through for the caller to report', async () => {
    const { store, service } = setup();
    store.down = true;
    await expect(service.subscribe({ platform: 'slack', channel: 'C1', user: 'U1' })).rejects.toMatchObject({
      userMessage: 'Storage is unreachable.',
    });
    await expect(service.list()).rejects.toThrow('store down');
  });
});
