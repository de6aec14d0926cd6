// The engine is deterministic and pure: the same question gets the same reply, from the same
// dossier or from a second one built from the same files, and answering changes nothing.
import { describe, expect, it } from 'vitest';
import { loadExpectedArticles } from '../fixtures/articles.js';
import { fixtureDossier } from './fixture-dossier.js';

const first = fixtureDossier();
const second = fixtureDossier();
const QUESTIONS = [
  ...loadExpectedArticles().flatMap((article) => [
    ...article.questions.map((question) => question.q),
    ...article.numbers.map((number) => number.question),
  ]),
  'help',
  'sources',
  'timeline',
  'who allowed SkyWing?',
  'what happened in January 2020?',
];

describe('GIVEN every fixture question', () => {
  it('THEN asking it twice gives an identical reply', () => {
    for (const question of QUESTIONS)
      expect(first.answer(question), question).toEqual(first.answer(question));
  });

  it('THEN a second dossier built from the same files gives the identical reply', () => {
    for (const question of QUESTIONS)
      expect(second.answer(question), question).toEqual(first.answer(question));
  });

  it('THEN answering leaves the corpus untouched', () => {
    const before = JSON.stringify(first.corpus);
    for (const question of QUESTIONS) first.answer(question);
    expect(JSON.stringify(first.corpus)).toBe(before);
  });

  it('THEN a question asked after others gets the reply it gets first (no state carried over)', () => {
    const fresh = fixtureDossier();
    const alone = fresh.answer('what did Lars Ekholm say?');
    for (const question of QUESTIONS) first.answer(question);
    expect(first.answer('what did Lars Ekholm say?')).toEqual(alone);
  });
});
