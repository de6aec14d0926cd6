import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/analyse-question.js';
import { passageReply } from '../../../src/answer/answer-passages.js';
import { type Candidate, nearTieRatio, rankPassages } from '../../../src/answer/ranker.js';
import { tinyContext } from './tiny-corpus.js';

// Six sentences about one thing in six paragraphs: the ranker scores them as the test says.
const ctx = tinyContext({
  'gear.txt': `Radios in the north

${Array.from({ length: 6 }, (_, i) => `Harbour radio number ${i + 1} was installed at a pier in Tromsø.`).join('\n\n')}
`,
});
const query = analyseQuestion(ctx, 'Where was the harbour radio installed?');
const shownWith = (scores: number[]): number => {
  const ranked: Candidate[] = rankPassages(ctx, query)
    .slice(0, scores.length)
    .map((c, i) => ({ ...c, score: scores[i] ?? 0 }));
  return passageReply(ctx, query, ranked).citations.length;
};

describe('passage replies', () => {
  it('GIVEN six candidates THEN the corpus gives the ranker six to choose from', () => {
    expect(rankPassages(ctx, query).length).toBeGreaterThanOrEqual(6);
  });

  it('GIVEN three clear winners THEN three passages are shown', () => {
    expect(shownWith([0.9, 0.8, 0.7, 0.1, 0.1, 0.1])).toBe(3);
  });

  it('GIVEN near ties past the third THEN they are shown too, five at most', () => {
    const tie = nearTieRatio();
    expect(tie).toBeLessThan(1);
    expect(shownWith([0.9, 0.9, 0.9, 0.9 * tie + 0.01, 0.1, 0.1])).toBe(4);
    expect(shownWith([0.9, 0.9, 0.9, 0.9, 0.9, 0.9])).toBe(5);
  });
});
