// Whatever a chat user types, the engine answers with a Reply: never an exception, never an overlong
// answer, never a citation that is not in its article. fast-check generates the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/index.js';
import { answerLength, citationProblems, fixtureDossier, MAX_ANSWER_CHARS } from './fixture-dossier.js';

const dossier = fixtureDossier();

function expectSound(reply: Reply): void {
  expect(typeof reply.found).toBe('boolean');
  expect(typeof reply.text).toBe('string');
  expect(Array.isArray(reply.items)).toBe(true);
  expect(Array.isArray(reply.citations)).toBe(true);
  if (reply.found) expect(answerLength(reply)).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
  expect(citationProblems(dossier.corpus, reply)).toEqual([]);
}

// Words chat users really send, so generated input reaches the intents and not only "invalid".
const FRAGMENTS = [
  'who banned',
  'what did',
  'say',
  'about',
  'who is',
  'when was',
  'how many',
  'did',
  'ban',
  'what happened on',
  'SkyWing',
  'Huawei',
  'Zhou Minghao',
  'Lena Moe',
  'Telvara',
  'Japan',
  'March 3, 2020',
  '2018',
  '12-12',
  '@everyone',
  '@here',
  '<@U0BOT>',
  '<#C123|general>',
  '<script>alert(1)</script>',
  '**bold**',
  '_it_',
  '`code`',
  '```',
  '> quote',
  '[link](http://x)',
  '&amp;',
  '😀',
  '👩‍👩‍👧',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u202e',
  '\u200b',
  '\r\n',
  '\t',
  '?',
  '!!!',
  '"',
  '“',
  '”',
  "'",
  '(',
  ')',
  '...',
  'Mr.',
  'U.S.',
];
const chatLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 40 })
  .map((parts) => parts.join(' '));

describe('GIVEN any string up to 10,000 characters', () => {
  it.each([
    ['printable ASCII', fc.string({ maxLength: 10_000 })],
    ['any code points', fc.string({ unit: 'binary', maxLength: 2_000 })],
    ['graphemes (emoji, combining marks)', fc.string({ unit: 'grapheme', maxLength: 1_200 })],
    ['chat-like words, markup and mentions', chatLike],
  ])('THEN %s get a sound Reply, never an exception', (_name, input) => {
    fc.assert(
      fc.property(input, (question) => expectSound(dossier.answer(question))),
      { numRuns: 200 },
    );
  });

  it('THEN the commands that take free text (quotes, who, timeline, on this day, autocomplete) never throw', () => {
    fc.assert(
      fc.property(fc.oneof(chatLike, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        expectSound(dossier.quotes(text));
        expectSound(dossier.whoIs(text));
        expectSound(dossier.timeline(text));
        expectSound(dossier.onThisDay(text));
        expect(dossier.complete(text).length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 200 },
    );
  });
});

describe('GIVEN the inputs that break careless bots', () => {
  it.each([
    ['empty', ''],
    ['blank', '   \n\t '],
    ['NUL', '\u0000'],
    ['only punctuation', '?!?...'],
    ['@everyone', '@everyone'],
    ['@here and a question', '@here who banned SkyWing?'],
    ['HTML', '<script>alert("x")</script><b>who is Lena Moe?</b>'],
    ['Markdown', '**who** _banned_ `SkyWing` ~~drones~~?'],
    ['a code block', '```\nwho banned SkyWing?\n```'],
    ['a Slack mention', '<@U0BOT> what did Zhou Minghao say?'],
    ['emoji', '😀'.repeat(5_000)],
    ['10,000 letters', 'a'.repeat(10_000)],
    ['a question just under the cap', `who banned ${'x'.repeat(980)}`],
    ['a thousand opening brackets', `who is ${'('.repeat(1_000)}`],
    ['abbreviations without end', `what did ${'Mr. '.repeat(240)}say?`],
    ['quote marks only', '"'.repeat(999)],
    ['an impossible date', 'what happened on February 30, 2021?'],
    ['a nonsense date', 'what happened on 99/99/9999?'],
    ['a year zero', 'what happened on 0000-00-00?'],
    ['right-to-left override', '\u202ewho banned SkyWing?'],
    ['zero-width spaces', 'who\u200b banned\u200b SkyWing?'],
    ['a lone surrogate', 'who is \ud800?'],
  ])('GIVEN %s THEN a sound Reply', (_name, question) => {
    expectSound(dossier.answer(question));
  });

  it('GIVEN an empty or over-long question THEN a clear message, not found', () => {
    for (const question of ['', 'a'.repeat(10_000)]) {
      const reply = dossier.answer(question);
      expect(reply.found).toBe(false);
      expect(reply.text.length).toBeGreaterThan(10);
    }
  });
});
