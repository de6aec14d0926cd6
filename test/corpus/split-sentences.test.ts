// splitSentences: a paragraph into sentences that survive abbreviations, initials and quotations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/split-sentences.js';

const texts = (paragraph: string): string[] => splitSentences(paragraph).map((span) => span.text);

describe('splitSentences: abbreviations do not end a sentence', () => {
  it.each([
    [
      'Mr. Ren told them he loved his country. Then he left.',
      ['Mr. Ren told them he loved his country.', 'Then he left.'],
    ],
    [
      'Mrs. Lee and Ms. Park met Dr. Stone. They talked.',
      ['Mrs. Lee and Ms. Park met Dr. Stone.', 'They talked.'],
    ],
    ['U.S. officials met on Monday. The talks ended.', ['U.S. officials met on Monday.', 'The talks ended.']],
    [
      'He spoke at St. Andrews University. It was cold.',
      ['He spoke at St. Andrews University.', 'It was cold.'],
    ],
    [
      'Dr. Amara Osei spoke first. No. 10 said nothing.',
      ['Dr. Amara Osei spoke first.', 'No. 10 said nothing.'],
    ],
    [
      'The firm, Hailan Marine Co. Ltd., was fined. It paid.',
      ['The firm, Hailan Marine Co. Ltd., was fined.', 'It paid.'],
    ],
  ])('GIVEN "%s" THEN %j', (paragraph, sentences) => {
    expect(texts(paragraph)).toEqual(sentences);
  });

  it('GIVEN "the U.S." closing a sentence before "The" THEN the sentence ends there', () => {
    expect(texts('The ban came from the U.S. The president signed it.')).toEqual([
      'The ban came from the U.S.',
      'The president signed it.',
    ]);
  });

  it('GIVEN an initial ("J. Smith") THEN it stays inside its sentence', () => {
    expect(texts('The report by J. Smith was leaked. Nobody denied it.')).toEqual([
      'The report by J. Smith was leaked.',
      'Nobody denied it.',
    ]);
  });

  it('GIVEN decimals, times and domain names THEN no split inside them', () => {
    expect(texts('Sales grew 3.5 percent by 10.30 a.m. on Techzine.eu today.')).toHaveLength(1);
  });
});

describe('splitSentences: quotations', () => {
  it('GIVEN a quote closed after its full stop THEN the closing mark stays with the sentence', () => {
    expect(texts('“We will look at the facts.” The spokeswoman left.')).toEqual([
      '“We will look at the facts.”',
      'The spokeswoman left.',
    ]);
  });

  it('GIVEN a question inside a quote followed by a lower-case attribution THEN one sentence', () => {
    expect(texts('"Is it safe?" she asked. Nobody answered.')).toEqual([
      '"Is it safe?" she asked.',
      'Nobody answered.',
    ]);
  });

  it('GIVEN a sentence that starts with an opening quote THEN it is split before the quote', () => {
    expect(texts('He said so. “It’s not wholly straightforward.”')).toEqual([
      'He said so.',
      '“It’s not wholly straightforward.”',
    ]);
  });

  it('GIVEN a comma before a closing quote ("...," said Younger) THEN no split', () => {
    expect(texts('“We need to decide,” said Younger. “It’s not easy.”')).toEqual([
      '“We need to decide,” said Younger.',
      '“It’s not easy.”',
    ]);
  });
});

describe('splitSentences: edges', () => {
  it('GIVEN an empty or blank paragraph THEN no sentence', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('GIVEN no final full stop THEN the rest is still a sentence', () => {
    expect(texts('First one. And the last has no stop')).toEqual(['First one.', 'And the last has no stop']);
  });

  it('GIVEN a lower-case word after a full stop THEN no split (it was not a sentence end)', () => {
    expect(texts('The approx. figure was given. It held.')).toEqual([
      'The approx. figure was given.',
      'It held.',
    ]);
  });

  it('GIVEN any text THEN each span is the verbatim slice at its start, in order, without overlap', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Mr.',
            'U.S.',
            'Ren',
            'said',
            '“Yes.”',
            'No.',
            '?',
            '!',
            ' ',
            '  ',
            'A.',
            'the',
            '3.5',
          ),
          {
            maxLength: 40,
          },
        ),
        (words) => {
          const paragraph = words.join(' ');
          let previousEnd = 0;
          for (const span of splitSentences(paragraph)) {
            expect(span.text).toBe(span.text.trim());
            expect(span.text.length).toBeGreaterThan(0);
            expect(paragraph.slice(span.start, span.start + span.text.length)).toBe(span.text);
            expect(span.start).toBeGreaterThanOrEqual(previousEnd);
            previousEnd = span.start + span.text.length;
          }
          // Nothing is lost: every non-space character belongs to some sentence.
          const kept = splitSentences(paragraph)
            .map((s) => s.text)
            .join('');
          expect(kept.replace(/\s/g, '')).toBe(paragraph.replace(/\s/g, ''));
        },
      ),
      { numRuns: 300 },
    );
  });
});
