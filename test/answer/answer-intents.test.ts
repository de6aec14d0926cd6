// The answer engine per intent, on the fixture articles (never the seed): what a user asks in chat,
// with typos, synonyms and filler, and what must come back: the right facts, cited, or "not found".
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/index.js';
import {
  answerLength,
  citationProblems,
  fixtureDossier,
  MAX_ANSWER_CHARS,
  readable,
} from './fixture-dossier.js';

const dossier = fixtureDossier();
const asked: { question: string; reply: Reply }[] = [];

/** Asks, and keeps the reply for the checks every reply must pass (at the end of this file). */
function ask(question: string): Reply {
  const reply = dossier.answer(question);
  asked.push({ question, reply });
  return reply;
}

function expectFound(reply: Reply, ...phrases: string[]): void {
  expect(reply.found, reply.text).toBe(true);
  for (const phrase of phrases) expect(readable(reply)).toContain(phrase.toLowerCase());
}

function expectNotFound(reply: Reply, ...absent: string[]): void {
  expect(reply.found, reply.text).toBe(false);
  expect(reply.items).toEqual([]);
  expect(reply.citations).toEqual([]);
  for (const phrase of absent) expect(readable(reply)).not.toContain(phrase.toLowerCase());
}

describe('restriction: who banned / restricted / blocked X', () => {
  it.each([
    'who banned SkyWing drones?',
    'which countries restricted skywing',
    'who is blocking SkyWing drones',
    'hey bot, who bans skywing drones please',
    'who banned skywnig drones?',
  ])('GIVEN "%s" THEN Japan, India and Taiwan, linked to SkyWing Robotics', (question) => {
    const reply = ask(question);
    expect(reply.kind).toBe('restriction');
    expectFound(reply, 'Japan', 'India', 'Taiwan');
    expect(reply.entities).toContain('SkyWing Robotics');
  });

  it('GIVEN "who banned SkyWing drones?" THEN South Korea appears only as not having banned', () => {
    const reply = ask('who banned SkyWing drones?');
    expect(reply.text).not.toContain('South Korea');
    const korea = reply.items.filter((item) => item.text.includes('South Korea'));
    for (const item of korea) expect(item.text).toMatch(/did not|declined|not ban/);
  });

  it('GIVEN "who paused Huawei?" THEN Telvara, and nothing about other targets (no SkyWing balance)', () => {
    const reply = ask('who paused Huawei?');
    expectFound(reply, 'Telvara');
    expect(readable(reply)).not.toContain('south korea');
  });

  it('GIVEN "who allowed SkyWing?" THEN South Korea, which did not ban it', () => {
    const reply = ask('who allowed SkyWing?');
    expectFound(reply);
    expect(reply.text).toContain('South Korea');
  });

  it.each(['who banned Apple?', 'who banned TikTok?', 'who blocked Samsung phones?'])(
    'GIVEN "%s" (not in the articles) THEN not found, and nothing about SkyWing or Huawei',
    (question) => expectNotFound(ask(question), 'japan', 'telvara'),
  );
});

describe('quotes: what did P say (about T)', () => {
  it('GIVEN "what did Zhou Minghao say?" THEN his quotes, with his role, linked to him', () => {
    const reply = ask('what did Zhou Minghao say?');
    expect(reply.kind).toBe('quotes');
    expectFound(reply, 'do not send flight data', 'users control their own data');
    expect(reply.entities).toEqual(['Zhou Minghao']);
  });

  it.each([
    ['what did zhou minghoa say?', 'do not send flight data'],
    ['wat did lena mo say', 'tested too little'],
    ['what did Ekholm say', 'a pause is not a ban'],
    ['what did karin lindquist say?', 'every other extradition request'],
  ])('GIVEN a typo or surname "%s" THEN the right person is quoted', (question, phrase) => {
    expectFound(ask(question), phrase);
  });

  it.each([
    ['what did Lars Ekholm say about radios?', 'rip out working radios'],
    ['what did Lars Ekholm say about the ban?', 'a pause is not a ban'],
  ])('GIVEN "%s" THEN the quote on that topic comes first', (question, phrase) => {
    const reply = ask(question);
    expectFound(reply);
    expect(reply.items[0]?.text.toLowerCase()).toContain(phrase);
  });

  it('GIVEN an organisation "what did Hailan Marine say?" THEN its statement', () => {
    expectFound(ask('what did Hailan Marine say?'), 'shocked');
  });

  it.each(['what did Elon Musk say?', 'what did Tim Cook say?', 'what did Angela Merkel say about drones?'])(
    'GIVEN "%s" (nobody in the articles) THEN not found, and no one else is quoted instead',
    (question) => {
      const reply = ask(question);
      expectNotFound(reply);
      expect(reply.entities).toEqual([]);
    },
  );
});

describe('who-said: who said "<phrase>"', () => {
  it.each([
    ['who said "a pause is not a ban"?', 'Lars Ekholm'],
    ['who said the courts decide?', 'Karin Lindqvist'],
    ['who said “we moved too fast”', 'Lena Moe'],
  ])('GIVEN %s THEN %s', (question, speaker) => {
    const reply = ask(question);
    expect(reply.kind).toBe('who-said');
    expectFound(reply, speaker);
  });

  it('GIVEN a phrase nobody said THEN not found', () => {
    expectNotFound(ask('who said "we love bananas"?'));
  });
});

describe('who-is: who is P', () => {
  it.each([
    ['who is Karin Lindqvist?', 'Justice Minister'],
    ['who is karin lindqvst', 'Justice Minister'],
    ['who is Zhou Minghao?', 'founder and chairman'],
    ["who's Lars Ekholm", 'chief technology officer'],
  ])('GIVEN "%s" THEN the role "%s"', (question, role) => {
    const reply = ask(question);
    expect(reply.kind).toBe('who-is');
    expectFound(reply, role);
  });

  it('GIVEN a person without a role THEN what the articles say about them', () => {
    expectFound(ask('who is Chen Jialin?'), 'Helsinki Airport');
  });

  it('GIVEN "who is Tim Cook?" THEN not found', () => expectNotFound(ask('who is Tim Cook?')));
});

describe('when: when did E happen', () => {
  it.each([
    // (An AP copy, dated "Feb. 3, 2021": the day is written month first, as the article would.)
    ['when was Chen Jialin arrested?', 'February 1, 2021'],
    ['when was SkyWing founded?', '2006'],
    ['when did Telvara pause Huawei?', '20 May 2019'],
    ['when did Fjordbank sign the contract with Stratus Cloud?', '2018'],
  ])('GIVEN "%s" THEN %s', (question, date) => {
    const reply = ask(question);
    expect(reply.kind).toBe('when');
    expectFound(reply, date);
  });
});

describe('on-date: what happened on DATE / in MONTH or YEAR', () => {
  it.each([
    ['what happened on February 2, 2021?', 'bail'],
    ['what happened on 3 March 2020', 'India'],
    ['what happened in January 2020?', 'Fjordbank'],
    ['what happened in 2018?', 'Stratus Cloud'],
  ])('GIVEN "%s" THEN "%s"', (question, phrase) => {
    const reply = ask(question);
    expectFound(reply, phrase);
    expect(reply.kind).toBe('on-date');
  });

  it('GIVEN a month THEN no sentence is listed twice', () => {
    const reply = ask('what happened in January 2020?');
    const snippets = reply.citations.map((c) => c.snippet);
    expect(snippets.filter((s, i) => snippets.indexOf(s) !== i)).toEqual([]);
    const sentences = reply.items
      .flatMap((item) => item.text.split(/(?<=[.!?])\s+/))
      .filter((s) => s.length > 40);
    expect(sentences.filter((s, i) => sentences.indexOf(s) !== i)).toEqual([]);
  });

  it('GIVEN a date the articles do not cover THEN not found', () => {
    expectNotFound(ask('what happened on 1 January 1990?'));
  });
});

describe('how-many: how many / how much', () => {
  it.each([
    ['how many people does Fjordbank employ?', '3,400'],
    ["how much was chen's bail?", '1.5 million euros'],
    ['how many people does SkyWing employ', '14,000'],
  ])('GIVEN "%s" THEN %s', (question, number) => {
    expectFound(ask(question), number);
  });

  it('GIVEN "how many people does Fjordbank employ?" THEN linked to Fjordbank only ("people" is no country)', () => {
    expect(ask('how many people does Fjordbank employ?').entities).toEqual(['Fjordbank']);
  });

  it('GIVEN "how many moons does Jupiter have?" THEN not found', () => {
    expectNotFound(ask('how many moons does Jupiter have?'));
  });
});

describe('yes-no: did A do V to T', () => {
  it('GIVEN "did Japan ban SkyWing?" THEN yes', () => {
    const reply = ask('did Japan ban SkyWing?');
    expect(reply.kind).toBe('yes-no');
    expectFound(reply);
    expect(reply.text).toMatch(/^Yes\b/);
  });

  it('GIVEN "did South Korea ban SkyWing drones?" THEN no, it did not ban them', () => {
    const reply = ask('did South Korea ban SkyWing drones?');
    expectFound(reply, 'did not ban');
    expect(reply.text).toMatch(/^No\b/);
  });

  it('GIVEN "did the Ministry of Digital Affairs exclude Huawei?" THEN it declined to', () => {
    expectFound(ask('did the Ministry of Digital Affairs exclude Huawei?'), 'declined to exclude');
  });

  it('GIVEN "did Japan ban Apple?" (a target the articles never name) THEN never a yes', () => {
    const reply = ask('did Japan ban Apple?');
    expect(reply.text).not.toMatch(/^Yes\b/);
    expect(reply.found).toBe(false);
  });

  it('GIVEN "did Apple ban SkyWing?" (an unknown actor) THEN not found', () => {
    expectNotFound(ask('did Apple ban SkyWing?'));
  });
});

describe('search: anything else', () => {
  it.each([
    ['radar chips Brenner', 'Brenner Automotive'],
    ['outage at one data centre', 'configuration error'],
    ['why did Northbridge University end the partnership with Oculon?', 'Oculon'],
  ])('GIVEN "%s" THEN the sentence that covers it', (question, phrase) => {
    expectFound(ask(question), phrase);
  });

  it.each([
    'what is the capital of France?',
    'best pizza recipe',
    'who won the football world cup?',
    'asdfgh qwerty',
  ])(
    'GIVEN "%s" (out of scope) THEN not found, with what the corpus does cover and suggestions',
    (question) => {
      const reply = ask(question);
      expectNotFound(reply);
      expect(reply.text).toMatch(/8 articles/);
      expect(reply.suggestions.length).toBeGreaterThan(0);
    },
  );
});

describe('help and sources', () => {
  it('GIVEN "help" THEN how to ask, with examples from this corpus', () => {
    const reply = ask('help');
    expect(reply.kind).toBe('help');
    expect(reply.items.length).toBeGreaterThan(2);
    expect(readable(reply)).toContain('8 news articles');
  });

  it.each(['sources', 'list the sources'])('GIVEN "%s" THEN every article, by title', (question) => {
    const reply = ask(question);
    expect(reply.kind).toBe('sources');
    const titles = dossier.corpus.documents.map((d) => d.title);
    expect(reply.citations.map((c) => c.title).sort()).toEqual([...titles].sort());
  });
});

// Runs after the tests above (vitest keeps a file's order) over every reply they got.
describe('every reply above', () => {
  it('THEN cites snippets that stand verbatim in the cited article, with its title and date', () => {
    expect(asked.length).toBeGreaterThan(50);
    const problems = asked.flatMap(({ question, reply }) =>
      citationProblems(dossier.corpus, reply).map((p) => `${question}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('THEN every found reply but help and sources cites at least one article', () => {
    const uncited = asked.filter(
      ({ reply }) => reply.found && !['help', 'sources'].includes(reply.kind) && reply.citations.length === 0,
    );
    expect(uncited.map(({ question }) => question)).toEqual([]);
  });

  it(`THEN is at most ${MAX_ANSWER_CHARS} characters`, () => {
    const long = asked.filter(({ reply }) => answerLength(reply) > MAX_ANSWER_CHARS);
    expect(long.map(({ question, reply }) => `${question}: ${answerLength(reply)}`)).toEqual([]);
  });
});
