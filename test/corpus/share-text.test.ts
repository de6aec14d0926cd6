// Texts read back from the parse cache are shared as slices of the article: same parse, same words.
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse-article.js';
import { shareText } from '../../src/corpus/share-text.js';
import { fixtureSourceFiles } from '../fixtures/articles.js';

describe('GIVEN a parse copied as the cache and the workers copy it', () => {
  it('THEN sharing its texts leaves every paragraph, sentence and quote as it was', () => {
    for (const file of fixtureSourceFiles()) {
      const copied = deserialize(serialize(parseArticle(file)));
      expect(shareText(copied)).toEqual(copied);
    }
  });
});
