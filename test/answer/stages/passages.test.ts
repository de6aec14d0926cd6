import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/analyse-question.js';
import { passageReply } from '../../../src/answer/answer-passages.js';
import { answerQuestion } from '../../../src/answer/answer-question.js';
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

describe('passage replies to a list question', () => {
  const broadcasters = ['Sky Nord', 'Radio Fjord', 'Kanal Vest', 'Polar TV', 'Nordkapp FM', 'Bergen Live'];
  const lists = tinyContext({
    'air.txt': `Broadcasters off air

${broadcasters.map((b) => `The broadcaster ${b} went off air during the outage.`).join('\n\n')}
`,
  });
  const asked = analyseQuestion(lists, 'Which broadcasters went off air during the outage?');
  const shown = (scores: number[]) => {
    const ranked: Candidate[] = rankPassages(lists, asked)
      .slice(0, scores.length)
      .map((c, i) => ({ ...c, score: scores[i] ?? 0 }));
    return passageReply(lists, asked, ranked).citations.length;
  };

  it('GIVEN sentences each naming another answer, well below a near tie THEN five are shown, not three', () => {
    expect(asked.answerType).toBe('list');
    expect(shown([0.9, 0.8, 0.7, 0.65, 0.6, 0.58])).toBe(5);
    // Far below the best, they are not.
    expect(shown([0.9, 0.8, 0.7, 0.2, 0.2, 0.2])).toBe(3);
  });
});

describe("an article's own question", () => {
  it('GIVEN the best passage asks a question THEN the sentences after it in its paragraph answer it and are shown with it', () => {
    const essay = tinyContext({
      'why.txt': `Why the minister waits

By Mark Lee

Why is the minister so reluctant to ban Kestrel? Partly because of the operators. But mostly it is because of trade. Norway is the biggest buyer of Kestrel radios, and its fishing fleet depends on them.

Other ministers have spoken against the plan.
`,
    });
    const reply = answerQuestion(essay, 'Why is the minister reluctant to ban Kestrel?');
    expect(reply.items[0]?.text).toContain('biggest buyer');
    expect(reply.items[0]?.text).not.toContain('Other ministers');
  });
});

describe('a passage that points back', () => {
  it('GIVEN the best sentence names "that quirk" told in the sentence before THEN that sentence is shown before it', () => {
    const jet = tinyContext({
      'jet.txt': `How the jet was changed

By Mark Lee

Because the jet sits low, its engines were mounted further forward, which can push its nose up.

Trimfix was Kestrel's software fix for that aerodynamic quirk, meant to make the jet feel like older models.

Pilots were not told about it at first.
`,
    });
    const reply = answerQuestion(jet, 'Why did Kestrel add the Trimfix software to the jet?');
    expect(reply.items[0]?.text).toContain('Because the jet sits low');
    expect(reply.items[0]?.text).toContain('software fix for that aerodynamic quirk');
    // (A sentence pointing nowhere shows alone.)
    const plain = answerQuestion(jet, 'Were pilots told about it at first?');
    expect(plain.items[0]?.text).not.toContain('Trimfix');
  });
});

describe('a list gathered across sentences', () => {
  const sales = tinyContext({
    'sales.txt': `Kestrel executives sold shares before breach was disclosed

By Anna Berg

OSLO, Sept. 7, 2017 – Filings show that three Kestrel executives sold shares in early August, weeks before the breach was made public.

Chief Financial Officer Ola Strand sold shares worth $946,374 on Aug. 1, the filings show. Per Lund, president of the radio unit, exercised options worth $584,099 the same day, and Siri Dahl, president of the cloud unit, sold $250,458 of stock on Aug. 2.

Kestrel's chief executive, Ivar Moe, said none of them knew of the breach.
`,
  });

  it('GIVEN "which <company> executives sold shares …?" and a sentence going on with the names THEN each one who sold, people the question describes by role included', () => {
    const reply = answerQuestion(
      sales,
      'Which Kestrel executives sold shares in early August, before the breach was public?',
    );
    expect(reply.text).toMatch(/^According to the articles: /);
    for (const name of ['Ola Strand', 'Per Lund', 'Siri Dahl']) expect(reply.text).toContain(name);
  });
});
