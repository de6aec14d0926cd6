import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/analyse-question.js';
import { countsAsked, holdsAmount, holdsQuantity } from '../../../src/answer/passage-features.js';
import { rankPassages } from '../../../src/answer/ranker.js';
import { STORIES, tinyContext } from './tiny-corpus.js';

const ctx = tinyContext(STORIES);
const text = (sentence: number) => ctx.corpus.sentences[sentence]?.text ?? '';

describe('the ranker', () => {
  it('GIVEN a "how many" question THEN the sentence holding a number and the question words ranks first', () => {
    const [best] = rankPassages(ctx, analyseQuestion(ctx, 'How many people work for Kestrel?'));
    expect(text(best?.sentence ?? -1)).toContain('9,000');
    expect(best?.features.answerType).toBe(1);
  });

  it('GIVEN a date question THEN only a date the question does not already hold counts as its answer', () => {
    const dated = tinyContext({
      'years.txt': 'Harbour history\n\nThe harbour opened in 1901.\n\nIn 1901 the harbour was busy.\n',
    });
    const ranked = rankPassages(dated, analyseQuestion(dated, 'When did the harbour of 1901 open?'));
    for (const c of ranked) expect(c.features.answerType).toBe(0);
    const open = rankPassages(dated, analyseQuestion(dated, 'When did the harbour open?'));
    expect(open.some((c) => c.features.answerType === 1)).toBe(true);
  });

  it('GIVEN a "how many" question THEN a date\'s day or year is no count, a decade and a count in words are', () => {
    const numbers = tinyContext({
      'counts.txt': [
        'Harbour counts',
        'The harbour reopened on May 15 after repairs.',
        'In 1901 the harbour was busy.',
        'Cranes have worked the harbour since the 1960s.',
        'Three hundred dockers unloaded the ships.',
        'The harbour runs on a 5G network.',
        'Dockers use a third-party app.',
        'Dockers carry the new P40 radio.',
      ].join('\n\n'),
    });
    const of = (words: string) =>
      rankPassages(numbers, analyseQuestion(numbers, 'How many dockers worked the harbour?')).find((c) =>
        numbers.corpus.sentences[c.sentence]?.text.includes(words),
      )?.features.answerType;
    expect(of('May 15')).toBe(0);
    expect(of('In 1901')).toBe(0);
    expect(of('1960s')).toBe(1);
    expect(of('Three hundred')).toBe(1);
    expect(of('5G network')).toBe(0);
    expect(of('third-party')).toBe(0);
    expect(of('P40 radio')).toBe(0);
  });

  it('GIVEN "when" asked and a month written short with its day ("on Oct. 2") THEN a date is there', () => {
    // (No dateline: the parser's own date for the sentence does not stand in.)
    const filing = tinyContext({
      'filing.txt': [
        'Regulator asks questions',
        'In a quarterly filing, the harbour said it received a subpoena from the regulator on Oct. 2.',
        'The harbour said the regulator asked for documents.',
      ].join('\n\n'),
    });
    const of = (words: string) =>
      rankPassages(filing, analyseQuestion(filing, 'When did the harbour get the subpoena?')).find((c) =>
        filing.corpus.sentences[c.sentence]?.text.includes(words),
      )?.features.answerType;
    expect(of('Oct. 2')).toBe(1);
    expect(of('asked for documents')).toBe(0);
  });

  it('GIVEN "how long is" a thing THEN a length or a span is the answer\'s type, not a share, a clock time or a weekday', () => {
    const pipe = tinyContext({
      'pipe.txt': [
        'Pipeline facts',
        'The harbour pipeline, which carries 45% of the fuel, restarted its system at 5 p.m. on Wednesday.',
        'The harbour pipeline system runs 5,500 miles from the refineries.',
        'The harbour pipeline system took three years to build.',
      ].join('\n\n'),
    });
    const of = (question: string, words: string) =>
      rankPassages(pipe, analyseQuestion(pipe, question)).find((c) =>
        pipe.corpus.sentences[c.sentence]?.text.includes(words),
      )?.features.answerType;
    expect(of('How long is the harbour pipeline system?', '45%')).toBe(0);
    expect(of('How long is the harbour pipeline system?', '5,500 miles')).toBe(1);
    expect(of('How long did the harbour pipeline system take to build?', 'three years')).toBe(1);
  });

  it('GIVEN "how much" asked of money, a rate or a time THEN only a sum of money, a share or a clock time is the answer\'s type', () => {
    const sums = tinyContext({
      'cost.txt': [
        'Harbour costs',
        'Three operators run the harbour cranes.',
        'Rebuilding the harbour cranes will cost $40m.',
        'Rebuilding the harbour quay will cost 12 million euros.',
        'Rebuilding the harbour took 14 months.',
        'The harbour loan of $40m carries a rate of 8.25%.',
        'The rebuilt harbour reopened at 3:05 p.m. on Monday, May 4, 2020.',
        'The rebuilt harbour reopened its museum on Tuesday, May 5, 2020.',
      ].join('\n\n'),
    });
    const of = (question: string, words: string) =>
      rankPassages(sums, analyseQuestion(sums, question)).find((c) =>
        sums.corpus.sentences[c.sentence]?.text.includes(words),
      )?.features.answerType;
    expect(of('How much will rebuilding the harbour cost?', 'Three operators')).toBe(0);
    expect(of('How much will rebuilding the harbour cost?', '14 months')).toBe(0);
    expect(of('How much will rebuilding the harbour cost?', '$40m')).toBe(1);
    expect(of('How much will rebuilding the harbour cost?', '12 million euros')).toBe(1);
    expect(of('How much time did rebuilding the harbour take?', '14 months')).toBe(1);
    expect(of('What interest rate does the harbour loan carry?', 'cranes will cost $40m')).toBe(0);
    expect(of('What interest rate does the harbour loan carry?', 'rate of 8.25%')).toBe(1);
    expect(of('What time did the rebuilt harbour reopen?', 'at 3:05 p.m.')).toBe(1);
    expect(of('What time did the rebuilt harbour reopen?', 'its museum')).toBe(0);
  });

  it('GIVEN a paraphrase THEN WordNet synonyms still reach the sentence', () => {
    const [best] = rankPassages(ctx, analyseQuestion(ctx, 'When did Ingrid Vale establish Kestrel Systems?'));
    expect(text(best?.sentence ?? -1)).toContain('founded in 1998');
  });

  it('GIVEN the words of a sentence THEN its coverage is near 1 and nothing rare is missing', () => {
    const [best] = rankPassages(ctx, analyseQuestion(ctx, 'Saimaa Mobile declined to exclude Kestrel'));
    expect(best?.features.coverSentence).toBeGreaterThan(0.9);
    expect(best?.features.missingRare).toBe(0);
  });

  it('GIVEN a question word no sentence holds THEN the best candidate reports it missing', () => {
    const [best] = rankPassages(ctx, analyseQuestion(ctx, 'Which submarine did Nordlink remove?'));
    expect(best?.features.missingRare).toBeGreaterThan(0.3);
  });

  it('scores are probabilities, best first', () => {
    const ranked = rankPassages(ctx, analyseQuestion(ctx, 'Why did Nordlink remove Kestrel equipment?'));
    expect(ranked.length).toBeGreaterThan(1);
    for (const c of ranked) expect(c.score).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(ranked[i]?.score ?? 0);
  });
});

describe('an amount besides the dates', () => {
  it('GIVEN a sentence whose only numbers are its dates THEN it holds no amount; one with a sum does', () => {
    const ran = 'Ola Dahl ran Kestrel Bank from 2011 until it was seized on March 10.';
    expect(holdsAmount(ran, ['from 2011', 'on March 10'])).toBe(false);
    expect(holdsAmount('The bank paid bonuses of $40 million on March 10.', ['on March 10'])).toBe(true);
    expect(holdsAmount('It paid two bonuses on March 10.', ['on March 10'])).toBe(true);
  });
});

describe('what a number counts', () => {
  it('GIVEN "how many <things>" THEN only a number within a few words of those things (or a synonym) counts them', () => {
    const shipped = 'Kestrel shipped 118 million smartphones last year and signed 50 contracts.';
    expect(countsAsked(shipped, 'How many smartphones did Kestrel ship?')).toBe(true);
    expect(countsAsked(shipped, 'How many 5G base stations did Kestrel ship?')).toBe(false);
    expect(countsAsked('Kestrel has 9,000 staff in Norway.', 'How many employees does Kestrel have?')).toBe(
      true,
    );
    // "How much <noun>": the noun is what is measured; "how much did …" names nothing.
    const steam = 'The engine uses 12 pounds of steam per hour and cost 500 pounds.';
    expect(countsAsked(steam, 'How much steam does the engine use?')).toBe(true);
    expect(countsAsked('The engine cost 500 pounds in 1712.', 'How much coal does the engine burn?')).toBe(
      false,
    );
    expect(countsAsked('The engine cost 500 pounds in 1712.', 'How much did the engine cost?')).toBe(true);
    // Nothing counted named: any number may answer.
    expect(countsAsked(shipped, 'How much did Kestrel earn?')).toBe(true);
    // A sum stands a little further from what it measures than a count does.
    const revenue = 'Its founder said revenue will be about $30bn lower over two years.';
    expect(countsAsked(revenue, 'How much revenue did Kestrel say it would lose?')).toBe(true);
    expect(countsAsked(revenue, 'How many staff did Kestrel say it would lose?')).toBe(false);
    // ("two people familiar with the process" are sources, no headcount.)
    expect(
      countsAsked(
        'Regulators held an auction on Sunday, according to two people familiar with the process.',
        'How many employees did the bank have?',
      ),
    ).toBe(false);
  });

  it('GIVEN the things counted under their kind ("vessels" for ships) or inside a compound ("smartphones" for phones) THEN they are counted', () => {
    const waiting = 'According to the authority, 422 vessels were waiting to transit the canal by Monday.';
    expect(countsAsked(waiting, 'How many ships were waiting to transit the canal?')).toBe(true);
    expect(countsAsked(waiting, 'How many tugboats were waiting?')).toBe(false);
    const shipped = 'Kestrel shipped 206 million smartphones in 2018.';
    expect(countsAsked(shipped, 'How many phones did Kestrel ship in 2018?')).toBe(true);
  });
});

describe('what holds an amount', () => {
  it('GIVEN "one of the largest bonds ever" THEN no amount; "$250 million bond" is one', () => {
    expect(
      holdsQuantity('He would be subject to one of the largest bonds ever.', ' how large was the bond '),
    ).toBe(false);
    expect(holdsQuantity('He was released on a $250 million bond.', ' how large was the bond ')).toBe(true);
  });
});
