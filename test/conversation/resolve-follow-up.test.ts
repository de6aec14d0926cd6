import { describe, expect, it } from 'vitest';
import { type ConversationContext, resolveFollowUp } from '../../src/index.js';

const about = (entities: ConversationContext['entities'], date?: string): ConversationContext => ({
  question: 'who is Meng Wanzhou?',
  entities,
  kind: 'who-is',
  ...(date ? { date } : {}),
  at: '2024-12-12T10:00:00.000Z',
});
const meng = about([{ name: 'Meng Wanzhou', type: 'person' }]);
const nothingNamed = () => false;

describe('resolveFollowUp', () => {
  it('GIVEN a person in focus THEN he/she/her become that person', () => {
    expect(resolveFollowUp('and what happened to her?', meng, nothingNamed)).toBe(
      'and what happened to Meng Wanzhou?',
    );
    expect(resolveFollowUp('what did he say?', meng, nothingNamed)).toBe('what did Meng Wanzhou say?');
  });

  it('GIVEN "her" before a noun THEN it becomes a possessive', () => {
    expect(resolveFollowUp('when was her arrest?', meng, nothingNamed)).toBe(
      "when was Meng Wanzhou's arrest?",
    );
  });

  it('GIVEN a person and an organisation THEN he is the person and it the organisation', () => {
    const both = about([
      { name: 'Ren Zhengfei', type: 'person' },
      { name: 'Huawei', type: 'org' },
    ]);
    expect(resolveFollowUp('what did he say about it?', both, nothingNamed)).toBe(
      'what did Ren Zhengfei say about Huawei?',
    );
    expect(resolveFollowUp('what did he say about that?', both, nothingNamed)).toBe(
      'what did Ren Zhengfei say about Huawei?',
    );
  });

  it('GIVEN "who said that?" THEN "that" is a quote, not the topic, and stays', () => {
    const both = about([{ name: 'Huawei', type: 'org' }]);
    expect(resolveFollowUp('who said that?', both, nothingNamed)).toBe('who said that?');
  });

  it('GIVEN only a person THEN "it" is left alone (no organisation to stand for)', () => {
    expect(resolveFollowUp('what is it?', meng, nothingNamed)).toBe('what is it?');
  });

  it('GIVEN a date and a place in focus THEN "then" and "there" name them', () => {
    const dated = about([{ name: 'Canada', type: 'place' }], '12 December 2018');
    expect(resolveFollowUp('what else happened then?', dated, nothingNamed)).toBe(
      'what else happened on 12 December 2018?',
    );
    expect(resolveFollowUp('who was arrested there?', dated, nothingNamed)).toBe(
      'who was arrested in Canada?',
    );
  });

  it('GIVEN a question that names its own focus THEN it is unchanged', () => {
    expect(resolveFollowUp('what did Huawei say about her?', meng, () => true)).toBe(
      'what did Huawei say about her?',
    );
  });

  it('GIVEN no previous question or a long message THEN it is unchanged', () => {
    expect(resolveFollowUp('what did she say?', undefined, nothingNamed)).toBe('what did she say?');
    const long =
      'and what did she say to the court in Vancouver about the charges that were laid against her?';
    expect(resolveFollowUp(long, meng, nothingNamed)).toBe(long);
  });
});
