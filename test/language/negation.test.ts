import { describe, expect, it } from 'vitest';
import { NEGATION_CUE, negatedQuestion } from '../../src/language/negation.js';

describe('negation', () => {
  it.each([
    ['What is not the main judicial body of the EU?', true],
    ["Who didn't veto the charter?", true],
    ['What did the court never rule on?', true],
    ['Who is the main judicial body of the EU?', false],
    ['What decides whether or not a problem can be solved?', false],
    ['What makes a machine more or less powerful, whether it may or may not halt?', false],
    ['Which engines were not only faster but cheaper?', false],
    ['What does an engine that lacks pistons use?', false],
    ['What did the safety agency warn people not to pour gasoline into?', false],
    ['Which countries told carriers not to buy the radios?', false],
    ['How is the machine said not to operate?', true],
    ['Who was the only member state not to veto the charter?', true],
  ])('GIVEN "%s" THEN negated is %s', (question, negated) => {
    expect(negatedQuestion(question)).toBe(negated);
  });

  it.each([
    ['The court held that the rule was not a restriction.', true],
    ["The state couldn't enforce the law.", true],
    ['He lacked Belgian nationality.', true],
    ['The plan failed to pass.', true],
    ['The Court of Justice is the main judicial body.', false],
    ['Notable engines include the nothingness model.', false],
  ])('GIVEN "%s" THEN a negation cue is %s', (text, cue) => {
    expect(NEGATION_CUE.test(text)).toBe(cue);
  });
});
