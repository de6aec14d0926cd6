// Every question articles.expected.json lists, with the words a correct answer must contain (or
// "found": false), and the number facts of each article asked as questions.
import { describe, expect, it } from 'vitest';
import { loadExpectedArticles } from '../fixtures/articles.js';
import { citationProblems, fixtureDossier, readable } from './fixture-dossier.js';

const dossier = fixtureDossier();
const articles = loadExpectedArticles();

/** Case-insensitive, curly quotes straightened, whitespace collapsed: how readable() folds replies. */
const fold = (text: string): string =>
  text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

for (const article of articles) {
  describe(article.file, () => {
    for (const question of article.questions) {
      if ('found' in question) {
        it(`GIVEN "${question.q}" THEN not found`, () => {
          const reply = dossier.answer(question.q);
          expect(reply.found, reply.text).toBe(false);
          expect(reply.citations).toEqual([]);
        });
      } else {
        it(`GIVEN "${question.q}" THEN the answer holds ${JSON.stringify(question.expect)}`, () => {
          const reply = dossier.answer(question.q);
          expect(reply.found, reply.text).toBe(true);
          const text = readable(reply);
          const missing = question.expect.filter((words) => !text.includes(fold(words)));
          expect(missing, text).toEqual([]);
          expect(citationProblems(dossier.corpus, reply)).toEqual([]);
        });
      }
    }

    for (const number of article.numbers) {
      it(`GIVEN "${number.question}" THEN the answer holds "${number.answer}"`, () => {
        const reply = dossier.answer(number.question);
        expect(reply.found, reply.text).toBe(true);
        expect(readable(reply), reply.text).toContain(fold(number.answer));
        // The number must come from this article, not from another one that happens to hold it.
        expect(reply.citations.map((c) => c.doc)).toContain(article.file);
      });
    }
  });
}
