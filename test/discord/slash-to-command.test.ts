import { describe, expect, it } from 'vitest';
import {
  adminCommand,
  commandDefinitions,
  dossierCommand,
} from '../../adapters/discord/command-definitions.js';
import { needsManageServer, slashToCommand } from '../../adapters/discord/slash-to-command.js';

const slash = (command: string, subcommand: string, options: Record<string, string | boolean> = {}) =>
  slashToCommand({ command, subcommand, options });

describe('slashToCommand', () => {
  it('GIVEN the question subcommands THEN their option becomes the Command slot', () => {
    expect(slash('dossier', 'ask', { question: ' who banned Huawei? ' })).toEqual({
      kind: 'ask',
      question: 'who banned Huawei?',
    });
    expect(slash('dossier', 'quotes', { person: 'Ren Zhengfei' })).toEqual({
      kind: 'quotes',
      person: 'Ren Zhengfei',
    });
    expect(slash('dossier', 'who', { name: 'Huawei' })).toEqual({ kind: 'who', name: 'Huawei' });
    expect(slash('dossier', 'timeline')).toEqual({ kind: 'timeline' });
    expect(slash('dossier', 'sources')).toEqual({ kind: 'sources' });
  });

  it('GIVEN an on-this-day date THEN the core normalises or rejects it', () => {
    expect(slash('dossier', 'onthisday', { date: '2018-12-5' })).toEqual({
      kind: 'onthisday',
      monthDay: '12-05',
    });
    expect(slash('dossier', 'onthisday')).toEqual({ kind: 'onthisday' });
    expect(slash('dossier', 'onthisday', { date: '02-30' })).toMatchObject({ kind: 'invalid' });
  });

  it('GIVEN subscribe options THEN time, zone and the nearest flag are validated and kept', () => {
    expect(
      slash('dossier-admin', 'subscribe', { time: '8:30', timezone: 'Europe/Oslo', nearest: false }),
    ).toEqual({
      kind: 'subscribe',
      time: '08:30',
      zone: 'Europe/Oslo',
      emptyDay: 'skip',
    });
    expect(slash('dossier-admin', 'subscribe', { time: '25:00' })).toMatchObject({ kind: 'invalid' });
  });

  it('GIVEN a time option smuggling a second argument THEN it is not read as two', () => {
    expect(slash('dossier-admin', 'subscribe', { time: '09:00 nearest' })).toMatchObject({ kind: 'invalid' });
  });

  it('GIVEN the admin subcommands THEN they need Manage Server and questions do not', () => {
    expect(needsManageServer(slash('dossier-admin', 'subscribe'))).toBe(true);
    expect(needsManageServer(slash('dossier-admin', 'unsubscribe'))).toBe(true);
    expect(needsManageServer(slash('dossier', 'ask', { question: 'subscribe' }))).toBe(false);
  });
});

describe('command definitions', () => {
  it('GIVEN the admin command THEN Discord is told it needs Manage Server and only works in servers', () => {
    expect(adminCommand.default_member_permissions).toBe('32');
    expect(adminCommand.contexts).toEqual([0]);
    expect(dossierCommand.default_member_permissions).toBeUndefined();
  });

  it('GIVEN every command and option THEN names and descriptions fit Discord rules', () => {
    const walk = (options: unknown[] | undefined): { name: string; description: string }[] =>
      (options ?? []).flatMap((o) => {
        const option = o as { name: string; description: string; options?: unknown[] };
        return [option, ...walk(option.options)];
      });
    const all = [...commandDefinitions, ...commandDefinitions.flatMap((c) => walk(c.options))];
    for (const { name, description } of all) {
      expect(name).toMatch(/^[a-z-]{1,32}$/);
      expect(description.length).toBeGreaterThan(0);
      expect(description.length).toBeLessThanOrEqual(100);
    }
    const subcommands = dossierCommand.options?.map((o) => o.name);
    expect(subcommands).toEqual(['ask', 'quotes', 'who', 'timeline', 'sources', 'onthisday', 'help']);
  });
});
