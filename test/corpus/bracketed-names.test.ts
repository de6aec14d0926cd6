// An organisation written out with another of its names in brackets is one organisation.
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/index.js';

const parse = (text: string) =>
  parseCorpus([
    { file: 'a.txt', bytes: new TextEncoder().encode(`Trade rules explained\n\nBy Ann Lee\n\n${text}\n`) },
  ]);
const aliasesOf = (text: string, name: string) =>
  parse(text).entities.find((e) => e.name === name)?.aliases ?? [];
const named = (text: string, name: string) => parse(text).entities.some((e) => e.name === name);

describe('names in brackets', () => {
  it('GIVEN "Name (ACRONYM)" THEN the acronym is an alias', () => {
    const text = 'The Nordic Trade Council (NTC) met in Oslo. The NTC said it would meet again.';
    expect(aliasesOf(text, 'Nordic Trade Council')).toContain('NTC');
    expect(named(text, 'NTC')).toBe(false);
  });

  it('GIVEN an acronym that is not the name’s initials THEN it stays its own organisation', () => {
    const text = 'Ministers of the European Union (TEU) met in Oslo on Monday.';
    expect(aliasesOf(text, 'European Union')).not.toContain('TEU');
  });

  it('GIVEN a name that is the tail of a longer one THEN the bracket is not merged into it', () => {
    const text = 'The Court of Justice of the Nordic Union (CJNU) ruled on Monday.';
    expect(aliasesOf(text, 'Nordic Union')).not.toContain('CJNU');
  });

  it('GIVEN an owner inside the brackets THEN the name after it is the alias', () => {
    const text = 'Also on Monday, NSA2 (Norway’s Signals Agency) warned carriers.';
    expect(aliasesOf(text, 'NSA2')).toContain('Signals Agency');
  });
});
