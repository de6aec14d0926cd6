import { describe, expect, it } from 'vitest';
import { createSpeller } from '../../../src/answer/speller.js';
import { terms } from '../../../src/answer/terms.js';
import { monthOrder, yearsOf } from '../../../src/language/calendar-words.js';
import { expandChat, frameWordTypos } from '../../../src/language/chat-words.js';
import { isTopicWord, lemmaOf, synonymsOf } from '../../../src/language/synonyms.js';

describe('language resources', () => {
  it('GIVEN irregular and regular forms THEN WordNet lemmas', () => {
    expect(lemmaOf('went')).toBe('go');
    expect(lemmaOf('banned')).toBe('ban');
    // "died" is "die", not "dy" (dysprosium); "carried" is still "carry".
    expect(lemmaOf('died')).toBe('die');
    expect(lemmaOf('carried')).toBe('carry');
    expect(lemmaOf('countries')).toBe('country');
  });

  it('GIVEN a verb THEN its synonyms and derivations', () => {
    expect(synonymsOf('founded')).toEqual(expect.arrayContaining(['found', 'establish', 'founder']));
  });

  it('GIVEN a verb with irregular forms THEN they count as the verb: "speak" meets "spoke"', () => {
    expect(synonymsOf('speak')).toEqual(expect.arrayContaining(['spoke', 'spoken']));
    expect(synonymsOf('begins')).toEqual(expect.arrayContaining(['began', 'begun']));
  });

  it("GIVEN an irregular past form THEN it is its verb's term, unless it is a noun in its own right", () => {
    expect(terms('Marsalek flew to Minsk')).toEqual(terms('Marsalek fly to Minsk'));
    expect(terms('Boeing lost money')).toEqual(terms('Boeing lose money'));
    expect(terms('the ground')).not.toEqual(terms('the grind'));
  });

  it('GIVEN a British "-ise" spelling THEN the same term as the "-ize" one', () => {
    expect(terms('criticised organisation')).toEqual(terms('criticized organization'));
    expect(terms('criticised')).toEqual(terms('criticism'));
  });

  it('GIVEN a function word contracted ("it\'d", "they\'ll") THEN no term', () => {
    expect(terms("how much it'd make and what they'll pay")).toEqual(terms('how much make and what pay'));
  });

  it('GIVEN a hyphenated compound THEN its parts are terms too: "high-risk" meets "high risk"', () => {
    const written = terms('High-risk vendors');
    for (const t of terms('high risk vendors')) expect(written).toContain(t);
  });

  it('GIVEN nouns and verbs THEN only nouns are topic words', () => {
    expect(isTopicWord('pizza')).toBe(true);
    expect(isTopicWord('banned')).toBe(false);
  });

  it('GIVEN chat shorthand in lower case THEN it is expanded, a capital initial is left alone', () => {
    expect(expandChat('y r u nervous abt it')).toBe('why are you nervous about it');
    expect(expandChat('What did U Thant say')).toBe('What did U Thant say');
    expect(expandChat('hw many ppl work there')).toBe('how many people work there');
    expect(expandChat('wen did any1 say it')).toBe('when did anyone say it');
    expect(expandChat('why isnt it done btwn now and may')).toBe('why is not it done between now and may');
    expect(expandChat('their car bizness')).toBe('their car business');
    // "exec" is a role typed short: "the nordic exec" is an executive.
    expect(expandChat('what did the nordic exec say')).toBe('what did the nordic executive say');
    expect(expandChat('what did the ex ceo say')).toBe('what did the former ceo say');
    expect(expandChat('how many agencies n companies got hacked acc to the white house')).toBe(
      'how many agencies and companies got hacked according to the white house',
    );
    expect(expandChat('whos runnin it now, did he fly to china or smth')).toBe(
      'who is running it now, did he fly to china or something',
    );
    expect(expandChat('how much cld it cost')).toBe('how much could it cost');
    // (A word that ends in "in" is left alone: "Berlin", "within".)
    expect(expandChat('what happened in berlin within days')).toBe('what happened in berlin within days');
    // (A variable is no "and".)
    expect(expandChat('the time across all functions of n')).toBe('the time across all functions of n');
    expect(expandChat('what did the ex-CEO say')).toBe('what did the former CEO say');
    expect(expandChat('how much is it spendin on r&d')).toBe(
      'how much is it spending on research and development',
    );
    expect(expandChat('whr did teh carrier file it, wut did it say')).toBe(
      'where did the carrier file it, what did it say',
    );
  });

  it('GIVEN a framing word typed without its vowels ("agnst") THEN the one framing word it spells', () => {
    expect(frameWordTypos('who filed the suit agnst kestrel')).toBe('who filed the suit against kestrel');
    // (A word that could be several, or is a word already, is left alone.)
    expect(frameWordTypos('who filed the suit agnst kestrel in oslo')).toContain('in oslo');
  });

  it('GIVEN a typo THEN the most frequent corpus word within budget; short words are never changed', () => {
    const speller = createSpeller(['The nervous politicians met the nervous banker. A network.']);
    expect(speller.correct('nervus')).toBe('nervous');
    expect(speller.correct('netwrok')).toBe('network');
    expect(speller.correct('met')).toBeUndefined();
    expect(speller.correct('zebra')).toBeUndefined();
  });
});

describe('month names shortened', () => {
  it('GIVEN "Aug. 2", "Sept. 15", "Dec 1" THEN the months are the terms of "August", "September", "December"', () => {
    expect(terms('On Aug. 2, Sept. 15 and Dec 1')).toEqual(
      expect.arrayContaining(terms('August September December')),
    );
  });
});

describe('dotted acronyms', () => {
  it('GIVEN "U.N.", "S.V.R." or "U.S." THEN the same term as "UN", "SVR" or "US"', () => {
    expect(terms('the U.N. secretary general')).toEqual(terms('the UN secretary general'));
    expect(terms('S.V.R. hackers')).toEqual(terms('SVR hackers'));
    expect(terms('U.S. officials')).toEqual(terms('US officials'));
  });
});

describe('a period asked, a year written', () => {
  it('GIVEN "the 16th century" or "the 1560s" THEN the years they hold; any other word none', () => {
    expect(yearsOf('16th', true)).toContain(1564);
    expect(yearsOf('16th', true)).not.toContain(1601);
    expect(yearsOf('1st', true)?.[0]).toBe(1);
    expect(yearsOf('1560s', false)).toEqual([1560, 1561, 1562, 1563, 1564, 1565, 1566, 1567, 1568, 1569]);
    expect(yearsOf('16th', false)).toBeUndefined();
    expect(yearsOf('1564', false)).toBeUndefined();
  });
});

describe('the order a date is written in', () => {
  it.each([
    ['April 15, 2021', 'month-first'],
    ['on Apr. 15th', 'month-first'],
    ['15 April 2021', 'day-first'],
    ['Thursday, 15 April', 'day-first'],
    ['in April 2021', undefined],
    ['on Thursday', undefined],
  ])('GIVEN "%s" THEN %s', (phrase, order) => {
    expect(monthOrder(phrase)).toBe(order);
  });
});
