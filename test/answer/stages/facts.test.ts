// Structured facts that answer where passages cannot: restrictions by kind and count, roles.
import { describe, expect, it } from 'vitest';
import { analyseQuestion, keyTerms } from '../../../src/answer/analyse-question.js';
import { answerWhen } from '../../../src/answer/answer-dates.js';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { scoreQuotes } from '../../../src/answer/answer-quotes.js';
import { rankPassages } from '../../../src/answer/ranker.js';
import { replyToPlainText } from '../../../src/reply.js';
import { oneStory, STORIES, tinyContext } from './tiny-corpus.js';

/** A found reply showing the words. */
const expectShows = (reply: { found: boolean; items: { text: string }[] }, words: string): void => {
  expect(reply.found).toBe(true);
  expect(shown(reply)).toContain(words);
};
/** What a reply shows, its items' text in one string. */
const shown = (reply: { items: { text: string }[] }): string => reply.items.map((i) => i.text).join('\n');

// Two countries and a carrier restrict a fictional vendor.
const ctx = tinyContext({
  'vendor.txt': `Governments and carriers turn on Kestrel

By Anna Berg

OSLO, March 3, 2020 – Norway and Sweden have banned Kestrel equipment from their 5G networks.

Nordlink, the largest carrier in the region, removed Kestrel radios from its core network in January.
`,
});

describe('restrictions asked by kind and count', () => {
  it('GIVEN "who" THEN every actor that restricted the vendor is named', () => {
    const reply = answerQuestion(ctx, 'Who banned Kestrel?');
    expect(reply.found).toBe(true);
    for (const name of ['Norway', 'Sweden', 'Nordlink']) expect(reply.text).toContain(name);
  });

  it('GIVEN "which countries" THEN the carrier is not listed as a country', () => {
    const reply = answerQuestion(ctx, 'Which countries banned Kestrel?');
    expect(reply.text).toContain('Norway');
    expect(reply.text).toContain('Sweden');
    expect(reply.text).not.toContain('Nordlink');
  });

  it('GIVEN "how many countries" THEN the countries are counted, and named', () => {
    const reply = answerQuestion(ctx, 'How many countries have banned Kestrel?');
    expect(reply.text).toMatch(/\b2 countries\b/);
    expect(reply.text).toContain('Norway');
    expect(reply.text).not.toContain('Nordlink');
  });
});

describe('restrictions asked for one of a kind', () => {
  it('GIVEN "which country" (singular) THEN the countries, not the carrier', () => {
    const reply = answerQuestion(ctx, 'Which country banned Kestrel?');
    expect(reply.kind).toBe('restriction');
    expect(reply.text).toContain('Norway');
    expect(reply.text).not.toContain('Nordlink');
  });

  it('GIVEN a question that asks more than who restricted (when, where in the network) THEN the passage that says it all', () => {
    const reply = answerQuestion(ctx, 'Which largest regional carrier in January removed Kestrel radios?');
    expect(reply.kind).toBe('search');
    expect(reply.items[0]?.text).toContain('Nordlink, the largest carrier');
  });
});

describe('restrictions of a thing that is no name', () => {
  it('GIVEN "which countries banned drones?" THEN the countries that did, and the one that did not for balance', () => {
    const drones = tinyContext({
      'drones.txt': `Governments ground delivery drones

By Anna Berg

OSLO, March 3, 2020 – Norway and Sweden have banned delivery drones over cities.

Finland did not ban delivery drones, its transport ministry said.
`,
    });
    const reply = answerQuestion(drones, 'Which countries banned drones?');
    expect(reply.kind).toBe('restriction');
    expect(reply.text).toContain('Norway');
    expect(reply.text).toContain('Sweden');
    expect(reply.text).not.toMatch(/Finland.*restricted/);
    expect(reply.items.some((item) => item.text.startsWith('For balance: Finland'))).toBe(true);
  });
});

describe('the words of one who leads, asked by another top title', () => {
  it('GIVEN "X, the Republican who leads the committee, said the crashes had been "completely preventable"" THEN "How did the chairman of the committee describe the crashes?" is X\'s words', () => {
    const hearing = oneStory(
      'Boss faces senators',
      "WASHINGTON, Oct 29, 2031 – Kestrel's chief executive faced the Senate Budget Committee on Tuesday.",
      'Senator Ola Dahl, the Mississippi Republican who leads the committee, said the crashes had been "completely preventable," and several lawmakers pressed the company on its messages.',
      "The committee's ranking member, Senator Per Lund, asked about the pilots.",
    );
    const reply = answerQuestion(
      hearing,
      'How did the chairman of the Senate Budget Committee describe the two crashes?',
    );
    expect(reply.kind).toBe('quotes');
    expect(reply.found).toBe(true);
    expect(replyToPlainText(reply)).toContain('completely preventable');
  });
});

describe('a short quote, on the topic its sentence gives it', () => {
  it('GIVEN \'said the crashes had been "completely preventable"\' in a long sentence THEN the fragment is on "the crashes"', () => {
    const long = oneStory(
      'Senators press maker',
      `Senator Ola Dahl said the crashes had been "completely preventable," and several lawmakers zeroed in on a set of 2016 instant messages in which a test pilot, then the company's chief technical pilot for the jet, told a colleague that the system was behaving erratically in a simulator and that he had "basically lied to the regulators," which the company has since called unacceptable.`,
    );
    const quote = long.corpus.quotes.find((q) => q.text.includes('preventable'));
    expect(quote).toBeDefined();
    const scores = scoreQuotes(long, keyTerms(long, 'the crashes'), quote ? [quote] : []);
    expect(quote && scores.get(quote)).toBeGreaterThan(0);
  });
});

describe('a post the articles name only for another post', () => {
  it('GIVEN "Kestrel Financial Group … said Ivar Lund, the group\'s chief restructuring officer" THEN Kestrel\'s chief financial officer is named by no one', () => {
    const bank = oneStory(
      'Bank files for bankruptcy',
      'OSLO, March 17, 2031 – Kestrel Bank collapsed last week.',
      '"The process will allow Kestrel Financial Group to preserve value," said Ivar Lund, the group\'s chief restructuring officer.',
    );
    const reply = answerQuestion(bank, "Who was Kestrel Bank's chief financial officer during the bank run?");
    expect(reply.found).toBe(false);
    expect(reply.items.map((i) => i.text).join(' ')).not.toContain('restructuring officer');
    // (His own post is his.)
    expect(
      replyToPlainText(answerQuestion(bank, "Who is Kestrel Bank's chief restructuring officer?")),
    ).toContain('Ivar Lund');
  });
});

describe('who holds a role, asked with a verb', () => {
  const unit = tinyContext({
    'unit.txt': `Chip unit readies backup

By Anna Berg

OSLO, May 21, 2019 – Nordlink's chip unit, Kestrel, has designed backup processors for years.

"Today is a historic day," wrote He Tingbo, the president of Kestrel, in a letter to staff.
`,
    'agency.txt': `Regulator grounds jet

By Anna Berg

OSLO, March 13, 2019 – Norway's aviation regulator grounded the jet on Wednesday.

Ivar Lund, the Norwegian Aviation Authority's acting administrator, said the data warranted the order.

Months later, Norwegian Aviation Authority Administrator Siri Dahl said the review would take time.
`,
  });

  it('GIVEN "who runs <a body described by its owner>?" and a holder titled president (a surname "He" mid-sentence) THEN its president', () => {
    const reply = answerQuestion(unit, "Who runs Nordlink's chip unit Kestrel?");
    expect(reply.kind).toBe('who-is');
    expect(reply.text.split('\n')[0]).toContain('He Tingbo');
    // (Not a body it is in: "the chip unit in Kestrel" is no answer about Kestrel's head.)
    expect(answerQuestion(unit, 'Who runs the chip unit in Kestrel?').text.split('\n')[0]).not.toContain(
      'He Tingbo',
    );
    // ("interim head of the company" is as plain a head as "head of Kestrel India", named for a unit.)
    const heads = tinyContext({
      'a.txt':
        "Chief quits\n\nBy Anna Berg\n\nOSLO, Aug 27, 2031 – Kestrel's chief executive quit on Wednesday. Ola Dahl, Kestrel's US manager, will take over as interim head of the company, according to the letter.\n\nIvar Lund, head of Kestrel India, said the unit would go on.\n",
    });
    const running = answerQuestion(heads, 'Who is running Kestrel now?').text.split('\n')[0];
    expect(running).toContain('Ola Dahl');
    expect(running).not.toContain('Ivar Lund');
    // (Its kind after the name: "the Kestrel unit" is Kestrel too.)
    expect(answerQuestion(unit, 'Who runs the Kestrel unit?').text.split('\n')[0]).toContain('He Tingbo');
  });

  it('GIVEN "who is the guy in charge of <body> when …" THEN its heads, the acting one as plainly as the other', () => {
    const reply = answerQuestion(
      unit,
      "who's the guy in charge of the Norwegian Aviation Authority when it grounded the jet",
    );
    expect(reply.kind).toBe('who-is');
    expect(reply.text.split('\n')[0]).toContain('Ivar Lund');
    expect(reply.text.split('\n')[0]).toContain('Siri Dahl');
  });

  it('GIVEN "who runs <organisation>?" THEN the holder of its chief role is the answer, as a fact', () => {
    const carrier = tinyContext({
      'carrier.txt': `Nordlink expands

By Anna Berg

OSLO, March 3, 2020 – Nordlink runs 4,000 masts in Norway and runs a research lab in Bergen.

Nordlink's chief executive, Ola Strand, said the network was safe.
`,
    });
    const reply = answerQuestion(carrier, 'Who runs Nordlink?');
    expect(reply.kind).toBe('who-is');
    expect(reply.text.split('\n')[0]).toContain('Ola Strand');
  });
});

describe('who is: a title of a body the articles also call by its initials', () => {
  it('GIVEN "the board\'s chair" after "The Power Reliability Council of Norland (PRCON)" THEN the body is named with its initials', () => {
    const grid = oneStory(
      'Grid board quits',
      'OSLO, March 3, 2031 – The Power Reliability Council of Norland (PRCON) lost five board members on Tuesday.',
      "Those leaving included Sara Lind, the board's chair, who lives abroad.",
    );
    const reply = answerQuestion(grid, 'Who is Sara Lind?');
    expect(reply.text.split('\n')[0]).toContain(
      "board's chair (Power Reliability Council of Norland, PRCON)",
    );
  });
});

describe('who is: a person without a title', () => {
  it('GIVEN "X, who taught …" THEN that clause defines X, before a later "X was not …"', () => {
    const scans = oneStory(
      'Laser scans guide the rebuild',
      'PARIS, April 20, 2019 – Andrew Tallon, who taught art history at Vassar, scanned the cathedral in 2010.',
      'Tallon was not interested in pretty pictures.',
      'His scans will guide the restoration, architects said.',
    );
    const reply = answerQuestion(scans, 'Who was Andrew Tallon?');
    expect(reply.items[0]?.text).toContain('taught art history');
  });
});

describe('who holds a role: the plainest title wins', () => {
  const company = tinyContext({
    'company.txt': `Kestrel names new leaders

By Anna Berg

OSLO, March 3, 2020 – Kestrel's chief financial officer, Tomas Eide, said revenue rose.

Kestrel's founder and CEO, Ingrid Vale, said the company would keep hiring.

Kestrel's chief representative to the EU, Per Dahl, said Brussels was listening.
`,
  });

  it.each(['Who leads Kestrel?', 'Who is the boss of Kestrel?', 'Who is the CEO of Kestrel?'])(
    'GIVEN "%s" THEN the CEO, not the chiefs whose titles qualify the word',
    (question) => {
      const lead = answerQuestion(company, question).text.split('\n')[0] ?? '';
      expect(lead).toContain('Ingrid Vale');
      expect(lead).not.toContain('Tomas Eide');
      expect(lead).not.toContain('Per Dahl');
    },
  );

  it('GIVEN "who is the chief financial officer?" THEN the title as asked', () => {
    const lead = answerQuestion(company, 'Who is the chief financial officer of Kestrel?').text.split(
      '\n',
    )[0];
    expect(lead).toContain('Tomas Eide');
    expect(lead).not.toContain('Ingrid Vale');
  });
});

describe('who holds a role: a rank is another post', () => {
  const company = tinyContext({
    'company.txt': `Kestrel lobbies Oslo

By Anna Berg

OSLO, March 3, 2020 – Kestrel's vice-president of public affairs, Per Dahl, said the company would appeal.

Per Dahl, Kestrel's vice-president, speaks to reporters in Oslo in 2019.
`,
  });

  it('GIVEN "who is the president of X?" when only a vice-president is named THEN nobody', () => {
    const reply = answerQuestion(company, 'Who is the president of Kestrel?');
    expect(reply.found).toBe(false);
    expect(reply.entities).not.toContain('Per Dahl');
  });

  it('GIVEN "who is the vice-president of X?" THEN the vice-president', () => {
    expect(answerQuestion(company, 'Who is the vice-president of Kestrel?').text).toContain('Per Dahl');
  });
});

describe('what an actor restricted', () => {
  it('GIVEN "what did <carrier> remove?" THEN the passage that says it, not the carrier as its own target', () => {
    const reply = answerQuestion(ctx, 'What did Nordlink remove?');
    expect(reply.kind).toBe('search');
    expect(reply.items[0]?.text).toContain('removed Kestrel radios');
  });
});

describe('a writer of the articles', () => {
  it('GIVEN "what did <byline> write?" THEN the articles they wrote, not "nobody by that name"', () => {
    const reply = answerQuestion(ctx, 'What did Anna Berg write?');
    expect(reply.found).toBe(true);
    expect(shown(reply)).toContain('Governments and carriers turn on Kestrel');
  });

  it('GIVEN "who is <byline>?" THEN the articles they wrote, not "the articles do not mention"', () => {
    const reply = answerQuestion(ctx, 'Who is Anna Berg?');
    expect(reply.found).toBe(true);
    expect(reply.items[0]?.text).toContain('Governments and carriers turn on Kestrel');
  });
});

describe('when, from a date the parser worked out', () => {
  it('GIVEN "earlier this month" in a dated article THEN "when" is answered with that month', () => {
    const dated = tinyContext({
      'arrest.txt': `Carrier chief held

By Anna Berg
Published: 20 March 2020

The arrest of Ola Strand shocked Bergen.

Ola Strand, who had led the carrier through its network upgrade and two mergers over a decade, was arrested earlier this month after a long inquiry into its contracts with suppliers, police said.
`,
    });
    const reply = answerQuestion(dated, 'When was Ola Strand arrested?');
    expect(reply.text.split('\n')[0]).toContain('March 2020');
    // The ranker sees the date too, though no date word is written.
    const ranked = rankPassages(dated, analyseQuestion(dated, 'When was Ola Strand arrested?'));
    const later = ranked.find((c) => dated.corpus.sentences[c.sentence]?.text.includes('earlier this month'));
    expect(later?.features.answerType).toBe(1);
  });

  it('GIVEN two dated sentences that both hold the question THEN the date standing by its words answers', () => {
    const dated = tinyContext({
      'blast.txt': `Government quits after blast

By Anna Berg
Published: 12 August 2031

The prime minister announced the resignation of his government on Monday, bowing to public anger over the explosion at the port of Varna.

A huge explosion at the port of Varna on Tuesday killed more than 100 people, injured thousands more and left large parts of the old town without windows, water or power for days.
`,
    });
    const reply = answerQuestion(dated, 'When did the port of Varna explosion happen?');
    // Published on a Tuesday: "on Tuesday" is that day, "on Monday" the day before.
    expect(reply.text.split('\n')[0]).toContain('12 August 2031');
    expect(shown(reply)).toContain('killed more than 100');
  });
});

describe('when, and a photo caption', () => {
  it("GIVEN a caption dated the day the picture was taken THEN the text's date of the event answers", () => {
    const ship = tinyContext({
      'ship.txt': `Ship blocks canal

By Anna Berg
Published: Thursday 27 March 2031

FILE PHOTO: The stranded ship Nordstar is seen after it ran aground in the Varna Canal, March 26, 2031.

The Nordstar, a 400-metre vessel among the largest ships in the world, ran aground on Tuesday morning about 6 km north of the canal's southern entrance, wedging itself across the channel.
`,
    });
    const reply = answerWhen(ship, 'the Nordstar run aground in the Varna Canal');
    expect(reply.text.split('\n')[0]).toContain('March 25, 2031');
  });
});

describe('when, dated by its month and, beside it, to the day', () => {
  it('GIVEN "Earlier this month, X unveiled Y." and next "X said at the August 9 launch …" THEN the day, with both sentences', () => {
    const launch = oneStory(
      'Kestrel extends deadline',
      'OSLO, Aug 19, 2031 – Kestrel was given 90 more days on Monday.',
      'Earlier this month, Kestrel unveiled its own operating system, called Fjord, at a developer conference in Bergen. Kestrel said at the August 9 launch that the software would first appear on smart screens.',
    );
    const reply = answerWhen(launch, 'Kestrel unveil Fjord');
    expect(reply.text.split('\n')[0]).toMatch(/August 9, 2031|9 August 2031/);
    expect(replyToPlainText(reply)).toContain('the August 9 launch');
  });
});

describe('when, and a date of something else in a relative clause', () => {
  it('GIVEN "The X hearing was the first on the hack, which was discovered in December" THEN December does not date the hearing', () => {
    const hearing = oneStory(
      'Senators hear of hack',
      'WASHINGTON, Feb 23, 2031 – Executives told senators on Tuesday that the hackers were skilled.',
      'The Senate Budget Committee hearing was the first public hearing on the hack, which was discovered in December and has been blamed on Russia.',
    );
    expect(answerWhen(hearing, 'the Senate Budget Committee hold its hearing').text).not.toContain(
      'December',
    );
    // (The clause's own question is answered by it.)
    expect(answerWhen(hearing, 'the hack discovered').text.split('\n')[0]).toContain('December');
  });
});

describe('when, and a day that owns another thing', () => {
  it('GIVEN "X has grounded the jets following Sunday\'s deadly crash" THEN Sunday does not date the grounding', () => {
    const jets = oneStory(
      'Jets grounded',
      'Published: Friday 14 March 2031',
      "Norway has grounded all Kestrel jets, reversing its earlier position, following Sunday's deadly crash in Bergen.",
    );
    expect(answerWhen(jets, 'Norway ground the Kestrel jets').text).not.toMatch(/March 9|9 March/);
  });

  it('GIVEN "X banned Y following Sunday\'s attack" THEN the parser\'s ban event is not dated Sunday', () => {
    const ban = oneStory(
      'Ban follows attack',
      'Published: Friday 14 March 2031',
      "Norway banned Kestrel equipment from its networks following Sunday's attack on the grid.",
    );
    const event = ban.corpus.events.find((e) => e.kind === 'restriction');
    expect(event).toBeDefined();
    expect(event?.date?.iso).not.toBe('2031-03-09');
  });
});

describe('when, written as the article writes dates', () => {
  const story = (dateLine: string, other: string) =>
    tinyContext({
      'fine.txt': `Regulator fines Kestrel

By Anna Berg
Published: ${dateLine}

The regulator on Thursday fined Kestrel for late reports.

${other}
`,
    });

  it('GIVEN an article that writes "April 15" THEN the answer writes the month first; one that writes "15 April", the day', () => {
    const american = story('April 17, 2031', 'Kestrel had filed its April 2 report late, on April 9.');
    expect(answerWhen(american, 'the regulator fine Kestrel').text.split('\n')[0]).toContain(
      'April 17, 2031',
    );
    const british = story('17 April 2031', 'Kestrel had filed its 2 April report late, on 9 April.');
    expect(answerWhen(british, 'the regulator fine Kestrel').text.split('\n')[0]).toContain('17 April 2031');
  });

  it('GIVEN a text that writes no day of a month THEN the header date line shows the order', () => {
    const american = story('April 17, 2031 2:41 PM GMT', 'Kestrel said it would appeal.');
    expect(answerWhen(american, 'the regulator fine Kestrel').text.split('\n')[0]).toContain(
      'April 17, 2031',
    );
    const british = story('17 April 2031', 'Kestrel said it would appeal.');
    expect(answerWhen(british, 'the regulator fine Kestrel').text.split('\n')[0]).toContain('17 April 2031');
  });

  it('GIVEN "on what date did …" THEN a when-question, answered by the day', () => {
    const american = story('April 17, 2031', 'Kestrel said it would appeal.');
    const reply = answerQuestion(american, 'On what date did the regulator fine Kestrel?');
    expect(reply.kind).toBe('when');
    expect(reply.text.split('\n')[0]).toContain('April 17, 2031');
  });
});

describe('when, the event against the sentence that says it', () => {
  it("GIVEN an event of a related verb and a sentence holding the question's own words and date THEN the sentence's date", () => {
    const rules = tinyContext({
      'rules.txt': `Carriers get a deadline for Kestrel radios

By Anna Berg
Published: 30 November 2030

In January, ministers excluded new Kestrel radios from the core of carriers' networks.

Carriers will be banned from installing new Kestrel radios in their networks from the end of September 2031, the ministry said.
`,
    });
    const reply = answerQuestion(rules, 'From when are carriers banned from installing new Kestrel radios?');
    expect(reply.text.split('\n')[0]).toContain('September 2031');
  });
});

describe('when, an action owed by a deadline', () => {
  it('GIVEN "said on Thursday that carriers must remove X by <date>" THEN the removal is dated by the deadline', () => {
    const rules = tinyContext({
      'rules.txt': `Norway bans Kestrel radios

By Anna Berg
Published: May 20, 2032

OSLO, May 20 – Norway said on Thursday it would ban Kestrel radios from its networks.

On Thursday, the minister said carriers must remove Kestrel radios from their networks by June 28, 2034.
`,
    });
    const reply = answerQuestion(rules, 'When do carriers have to remove Kestrel radios?');
    expect(reply.text.split('\n')[0]).toContain('June 28, 2034');
  });
});

describe('when, after or before a date the question names', () => {
  const trading = tinyContext({
    'shares.txt': `Kestrel shares suspended again

By Anna Berg
Published: 27 June 2022

Kestrel shares resumed trading in Oslo on October 21, 2021 after a two-week halt.

Trading in Kestrel shares has been suspended since March 21, 2022, and the company has not said when trading will resume.
`,
  });

  it('GIVEN "after <date>" THEN a date before it is no answer, nor the article\'s date', () => {
    const reply = answerQuestion(
      trading,
      'When did Kestrel shares resume trading after the March 2022 suspension?',
    );
    expect(reply.found).toBe(false);
    expect(reply.text).not.toContain('October 2021');
  });

  it('GIVEN no bound THEN the dated sentence answers', () => {
    const reply = answerQuestion(trading, 'When did Kestrel shares resume trading?');
    expect(reply.found).toBe(true);
    expect(reply.text.split('\n')[0]).toContain('October 21, 2021');
  });
});

describe('what an organisation is', () => {
  it('GIVEN a sentence that defines it with its name written out THEN that sentence is shown first', () => {
    const net = tinyContext({
      'net.txt': `Networks of the north

By Anna Berg

The Nordic Research Network carried its first packets in 1986, years before the web.

The Nordic Research Network (NRN) was a program of linked university computers.
`,
    });
    const reply = answerQuestion(net, 'What is NRN?');
    expect(reply.kind).toBe('who-is');
    expect(reply.items[0]?.text).toContain('was a program');
  });
});

describe('what a thing says', () => {
  const rules = tinyContext({
    'rules.txt': `Council sets supplier rules

By Anna Berg

OSLO, March 3, 2020 – The Nordic Council published guidelines that let member states exclude risky suppliers from 5G networks.

"We will not name any company," council chair Ola Strand said.
`,
  });

  it('GIVEN "what do the guidelines say?" THEN the guidelines are a topic, answered from the passages', () => {
    const reply = answerQuestion(rules, 'What do the Nordic Council guidlines say?');
    expect(reply.found).toBe(true);
    expect(reply.items[0]?.text).toContain('published guidelines');
  });

  it('GIVEN a speaker named inside a longer phrase THEN what the articles say of it, not "nobody by that name"', () => {
    const reply = answerQuestion(rules, "What does Oslo's Nordic Council think?");
    expectShows(reply, 'published guidelines');
  });

  it('GIVEN a speaker the articles write of but never quote THEN what they say of it, from the passages', () => {
    const silent = oneStory(
      'Report on supplier ignored',
      'A newspaper said the supplier had shared data with intelligence services.',
      'However, the Danish government did not comment on the report.',
    );
    const reply = answerQuestion(silent, 'What did the Danish government say about the report?');
    expectShows(reply, 'did not comment');
  });

  it('GIVEN a person the articles do not quote THEN still not found, never someone else’s words', () => {
    expect(answerQuestion(rules, 'What did Oskar Berg say?').found).toBe(false);
  });

  it('GIVEN "say when …" THEN the occasion is its names and nouns, the reporter\'s verb may differ', () => {
    const removed = oneStory(
      'Watchdog chief Lars Hufeld to step down after audit scandal',
      'BERLIN, Jan 29, 2021 – The finance minister said on Friday that Lars Hufeld would leave the regulator.',
      '"This is a pawn sacrifice," said Mia Kerr, a lawmaker on the inquiry committee.',
      '"We have asked the right questions all along," Kerr said in March about the inquiry.',
    );
    const reply = answerQuestion(removed, 'what did Mia Kerr say when Hufeld got pushed out');
    expectShows(reply, 'pawn sacrifice');
  });

  it('GIVEN "say about how …" THEN the clause\'s nouns are the topic, its verb may differ', () => {
    const report = oneStory(
      'Pilots followed the procedures before the crash, report says',
      'ADDIS ABABA, April 4, 2019 – The minister presented the first report on the crash on Thursday.',
      '"The crew performed all the procedures but was not able to control the aircraft," Transport Minister Sara Bekele told reporters.',
      '"The final report will come in about a year," Bekele said.',
    );
    const reply = answerQuestion(
      report,
      'What did Sara Bekele say about how the crew handled the emergency?',
    );
    expectShows(reply, 'performed all the procedures');
  });

  it('GIVEN words holding none of the topic in an article that holds most of it THEN they are on it', () => {
    const results = tinyContext({
      'r.txt': `Kestrel posts loss as quarterly earnings slump

By Anna Berg
Published: 29 January 2020

OSLO – Kestrel reported its first annual loss on Wednesday.

"We are confident in our liquidity position," Tomas Eide, Kestrel's chief financial officer, told analysts.
`,
      'o.txt': `Kestrel opens a lab

By Anna Berg
Published: 3 March 2020

BERGEN – Kestrel opened a research lab in Bergen on Tuesday.

"The lab will hire forty engineers," Tomas Eide said at the opening.
`,
    });
    const reply = answerQuestion(results, 'What did Tomas Eide say on the January 2020 earnings call?');
    expect(reply.found).toBe(true);
    expect(reply.items[0]?.text).toContain('liquidity position');
  });

  it('GIVEN a speaker asked with a title the articles never give him ("Senator Blumenthal") THEN his quotes, no one else\'s', () => {
    const hearing = oneStory(
      'Lawmakers question the chief executive',
      'WASHINGTON, Oct 29, 2019 – Richard Blumenthal, a Democrat from Connecticut, questioned Kestrel on Tuesday.',
      '"Those pilots never had a chance," Blumenthal said.',
      '"We made mistakes at Kestrel," said Per Holm, the chief executive of Kestrel.',
    );
    const reply = answerQuestion(hearing, "What did Senator Blumenthal say about Kestrel's chief executive?");
    expect(reply.entities).toContain('Richard Blumenthal');
    expect(reply.entities).not.toContain('Per Holm');
  });

  it('GIVEN "What did <role> tell <person>?" and no holder of the role THEN never the person told', () => {
    const hearing = oneStory(
      'Senators question the founder',
      'WASHINGTON, April 10, 2018 – Lars Berg faced 44 senators during a joint hearing of two committees.',
      '"It was my mistake, and I am sorry," Berg said.',
    );
    const reply = answerQuestion(hearing, 'What did the chairman of the Senate committee tell Lars Berg?');
    expect(reply.entities).not.toContain('Lars Berg');
  });

  it('GIVEN "What did <person>\'s <role> say?" THEN the holder of the role speaks, not the owner', () => {
    const trial = oneStory(
      'Trial of founder opens',
      'SAN JOSE, Sept 8, 2021 – "I did nothing wrong," Nora Lind told reporters outside court.',
      '"Failure is not a crime," said Paul Voss, one of Ms Lind\'s lawyers.',
    );
    const reply = answerQuestion(trial, "what did lind's defence lawyer tell the jury");
    expect(reply.entities).toContain('Paul Voss');
    expectShows(reply, 'Failure is not a crime');
  });

  it('GIVEN a person never quoted THEN a passage naming them answers only if it reports their words', () => {
    const hearing = oneStory(
      'Pilots and engineers testify on the jet',
      'WASHINGTON, June 19, 2019 – Lars Moe, a veteran pilot, told the subcommittee that pilots facing the failure would have been overwhelmed.',
      'Erika Lund, a laboratory worker who had raised concerns about the jet, attended the hearing.',
    );
    expect(
      answerQuestion(hearing, 'What did Lars Moe tell the subcommittee about pilots facing the failure?')
        .found,
    ).toBe(true);
    expect(answerQuestion(hearing, 'What did Erika Lund say at the hearing about the jet?').found).toBe(
      false,
    );
    expect(answerQuestion(hearing, 'What did Erika Lund say?').found).toBe(false);
  });

  it('GIVEN a person mentioned but never quoted THEN not found, with what the articles say of them', () => {
    const mentioned = oneStory(
      'Regulator audits approval',
      'Transport Secretary Elin Moe has asked the inspector general to audit the approval of the jet.',
      '"We will fix it," said Per Holm, the chief executive of Vantair.',
    );
    const reply = answerQuestion(mentioned, 'What did Elin Moe say about Vantair?');
    expect(reply.found).toBe(false);
    expect(shown(reply)).toContain('asked the inspector general');
  });
});

describe('when: the day a less similar sentence gives', () => {
  it('GIVEN "unveiled … in January 2020" and elsewhere "On January 29, 2020, … endorsed" THEN the day', () => {
    const toolbox = tinyContext({
      'a.txt': `Europe weighs its options

By Anna Berg
Published: 10 July 2020

When the EU unveiled its 5G security toolbox in January 2020, it stressed that it was not banning anyone.
`,
      'b.txt': `A compromise on suppliers

By Anna Berg
Published: 1 June 2021

It began with a compromise. On January 29, 2020, the European Commission endorsed a 5G toolbox of security measures drawn up by member states.
`,
    });
    const intent = analyseQuestion(toolbox, 'When was the EU 5G security toolbox unveiled?').intent;
    expect(intent.kind).toBe('when');
    const reply = answerWhen(toolbox, intent.kind === 'when' ? intent.about : '');
    expect(reply.text.split('\n')[0]).toContain('January 29, 2020');
  });
});

describe('when: the day against a passage that gives the month', () => {
  it('GIVEN the best passage "in December 2018" and a timeline line "Dec. 1, 2018 — Berg arrested" THEN the day answers', () => {
    const held = tinyContext({
      'a.txt': `Two Canadians held

By Anna Berg
Published: 10 March 2019

Both men were detained in December 2018, shortly after Canadian police arrested Kestrel executive Lena Berg on a US warrant.

China denies any link between the cases.
`,
      'b.txt': `Timeline of the case

By Anna Berg
Published: 24 September 2021

Key dates in the case:

• Dec. 1, 2018 — Berg arrested at Vancouver airport on a U.S. request

• Sept. 24, 2021 — Berg flies home after a deal with prosecutors
`,
    });
    const reply = answerQuestion(held, 'When was Lena Berg arrested?');
    expect(reply.text.split('\n')[0]).toContain('December 1, 2018');
  });
});

describe('when: the day within the month', () => {
  it('GIVEN "tightened in August" and "on August 28th" both answering THEN the day, with both sentences', () => {
    const rules = tinyContext({
      'rules.txt': `Export rules tightened

By Anna Berg
Published: 15 September 2031

Any sale of Kestrel's radio technology needs approval under export rules Norway tightened in August.

Those export rules arrived on August 28th, when Norway's two ministries added 23 items to its list of technologies that need a licence to export.
`,
    });
    const reply = answerQuestion(rules, 'When did Norway tighten its export rules on technology?');
    expect(reply.text.split('\n')[0]).toContain('August 28, 2031');
    expect(reply.items.length).toBe(2);
  });
});

describe('a role two people held', () => {
  it('GIVEN two culture secretaries and a topic THEN the one whose words meet it speaks', () => {
    const two = tinyContext({
      'jan.txt':
        'Cap set\n\nBy Anna Berg\n\n"We want fast connectivity," Culture Secretary Ada Moss said in January.\n',
      'jul.txt':
        'Ban set\n\nBy Anna Berg\n\n"The ban on Kestrel radios was not an easy decision," Culture Secretary Oskar Lund said in July.\n',
    });
    const reply = answerQuestion(two, 'What did the culture secretary say about the Kestrel ban?');
    expect(reply.text).toMatch(/^Oskar Lund/);
  });
});

describe('quotes on a topic met in other words', () => {
  it("GIVEN a topic only one quote names THEN it comes first, and the speaker's other words follow", () => {
    const launch = tinyContext({
      'phone.txt': [
        'Phone ships without apps',
        'By Anna Berg',
        'Ola Strand said the phone could move to its own system if Google services stayed out of reach.',
        '"We can\'t use GMS because of the ban, so we have to use our own core," Strand told the audience.',
        '"Developers will get a fund of $1 billion," Strand said.',
      ].join('\n\n'),
    });
    const reply = answerQuestion(launch, 'What did Ola Strand say about Google services?');
    expect(reply.items[0]?.text).toContain('Google services');
    expect(reply.items.map((i) => i.text).join(' ')).toContain('use GMS');
  });
});

describe('quotes on a topic the speaker never speaks of', () => {
  const story = tinyContext({
    'ban.txt': [
      'Norway orders Kestrel out of its networks',
      'By Anna Berg',
      'OSLO, July 14, 2020 – Carriers will be banned from buying Kestrel radios after December.',
      'The ministry said the rules would be reviewed each year.',
      '"This is a sad day for anyone with a phone," Kestrel spokesman Per Holm said.',
      '"Our radios are safe," Holm said in 2019.',
    ].join('\n\n'),
  });

  it('GIVEN a topic none of their words meet THEN "not found", with what they did say', () => {
    const reply = answerQuestion(story, 'What did Per Holm say about the annual review?');
    expect(reply.found).toBe(false);
    expect(reply.text).toMatch(/says nothing about the annual review/);
    expect(shown(reply)).toContain('sad day');
  });

  it('GIVEN the topic in a passage that names someone else of the same first name THEN still "not found" for them', () => {
    const later = tinyContext({
      'ban.txt': [
        'Norway orders Kestrel out of its networks',
        'By Anna Berg',
        'OSLO, July 14, 2020 – Carriers will be banned from buying Kestrel radios after December.',
        'Operators have six months to comply.',
        '"This is a sad day for anyone with a phone," Kestrel spokesman Ola Holm said.',
        'Shares in Kestrel fell 4% in Oslo.',
        'Minister Ola Berg said the rules would be reviewed every year.',
      ].join('\n\n'),
    });
    const reply = answerQuestion(later, 'What did Ola Holm say about the yearly review of the rules?');
    expect(reply.found).toBe(false);
    expect(reply.text).toMatch(/^Ola Holm says nothing about/);
  });

  it("GIVEN a topic that only the corpus's common subject word of a quote meets THEN not on it", () => {
    const car = tinyContext({
      'bank.txt': [
        'Central bank calms markets over Kestrel',
        'By Anna Berg',
        'OSLO, October 24, 2021 – The risks from Kestrel are controllable, the central bank said.',
        '"Kestrel\'s troubles will not spread to the banks," Governor Ola Holm said.',
        'Kestrel also runs an electric car unit, which has yet to sell a car.',
      ].join('\n\n'),
    });
    const reply = answerQuestion(car, "What did Ola Holm say about Kestrel's electric car unit?");
    expect(reply.found).toBe(false);
    expect(reply.text).toMatch(/^Ola Holm says nothing about/);
  });

  it("GIVEN a topic their words do not name but their article's lead and date do THEN those quotes answer", () => {
    const reply = answerQuestion(story, 'What did Per Holm say about the July ban?');
    expectShows(reply, 'sad day');
  });

  describe('GIVEN an occasion ("after …", "during …") that the article tells of far from the quote', () => {
    const seizure = tinyContext({
      'funds.txt': [
        'Police recover ransom paid to Kestrel hackers',
        'By Anna Berg',
        'OSLO, June 7, 2021 – Police have recovered most of a ransom paid to hackers who shut down a fuel network.',
        'The network carries nearly half of the fuel used in the west of the country.',
        'A judge approved the seizure warrant on Monday, after investigators traced the payment.',
        'The hackers had rented a server in Ohio to hold the funds.',
        'Fuel prices have since fallen back.',
        'Deputy Police Director Per Holm spoke to reporters in Oslo.',
        '"There is no place beyond our reach," he said.',
      ].join('\n\n'),
    });

    it('THEN the quotes of that article answer', () => {
      const reply = answerQuestion(seizure, 'What did the deputy police director say after the seizure?');
      expect(reply.found).toBe(true);
      expectShows(reply, 'no place beyond our reach');
    });

    it('THEN an occasion the article never tells of is still "not found"', () => {
      const reply = answerQuestion(seizure, 'What did Per Holm say after the arrests?');
      expect(reply.found).toBe(false);
      expect(reply.text).toMatch(/^Per Holm says nothing about/);
    });

    it('THEN a matter ("about …") is not met by the article alone', () => {
      expect(answerQuestion(seizure, 'What did Per Holm say about the server?').found).toBe(false);
    });
  });
});

describe('who is quoted, gathered across articles', () => {
  const stories = tinyContext(STORIES);

  it('GIVEN "who is quoted?" THEN every speaker of both articles, each with a cited quote', () => {
    const reply = answerQuestion(stories, 'Who is quoted?');
    expect(reply.found).toBe(true);
    const text = shown(reply);
    expect(text).toContain('Ola Strand');
    expect(text).toContain('Ingrid Vale');
    expect(reply.citations.length).toBeGreaterThanOrEqual(2);
  });

  it('GIVEN "which <organisation> <people> are quoted?" THEN only those whose roles name it', () => {
    const reply = answerQuestion(stories, 'Which Nordlink executives are quoted?');
    const text = shown(reply);
    expect(reply.text).toMatch(/^Nordlink executives quoted/);
    expect(text).toContain('Ola Strand');
    expect(text).not.toContain('Ingrid Vale');
  });

  it('GIVEN a topic THEN who spoke of it comes first, and no one is quoted on what no one spoke of', () => {
    const reply = answerQuestion(stories, 'Who commented on politics?');
    expect(reply.items[0]?.text).toContain('Ingrid Vale');
    expect(reply.items[0]?.text).toContain('We build radios, not politics');
    expect(answerQuestion(stories, 'Who commented on pizza?').found).toBe(false);
  });
});

describe('who wrote about it', () => {
  const stories = tinyContext(STORIES);

  it('GIVEN a name THEN the byline of every article that names it', () => {
    const two = tinyContext({
      ...STORIES,
      'masts.txt': `Masts go up in the north

By Mark Lee

Nordlink built 40 new masts in the north of Norway this year, more than any rival.
`,
    });
    expect(answerQuestion(two, 'How many articles mention Nordlink?').text).toMatch(
      /^2 articles name Nordlink/,
    );
    const reply = answerQuestion(two, 'Who wrote about Nordlink?');
    expect(reply.kind).toBe('sources');
    const text = shown(reply);
    expect(text).toContain('Anna Berg');
    expect(text).toContain('Mark Lee');
  });

  it('GIVEN "who reported the <topic> story?" THEN the story is what was written, the topic what it is about', () => {
    const reply = answerQuestion(stories, 'Who reported the security review story?');
    expect(reply.kind).toBe('sources');
    expect(reply.items[0]?.text).toContain('Anna Berg');
    expect(shown(reply)).not.toContain('Mark Lee');
  });
});

describe('a role nobody holds', () => {
  const near = tinyContext({
    'meeting.txt': `Vendor meets council

By Anna Berg

OSLO, March 3, 2020 – The vendor Kestrel met the Nordic Council's vice president, Per Dahl, in Oslo on Tuesday.

Nordlink's chief executive, Ola Strand, said the meeting went well.
`,
  });

  it('GIVEN "who is the CEO of <org>?" with no such role near its name THEN not found, never another company’s chief', () => {
    const reply = answerQuestion(near, 'Who is the president of Kestrel?');
    expect(reply.found).toBe(false);
    expect(reply.text).toContain('no president of Kestrel');
    expect(answerQuestion(near, 'Who is the CEO of Kestrel?').found).toBe(false);
  });

  it('GIVEN a relation of a person ("<name>\'s brother") THEN no title is asked: the passages answer', () => {
    const family = oneStory(
      "Founder's family business",
      'Ingrid Vale founded Kestrel Systems in 1998 with money from a bank in Bergen.',
      'Her brother, Nils, runs a bakery in Bergen.',
    );
    const reply = answerQuestion(family, "Who is Ingrid Vale's brother?");
    expectShows(reply, 'Her brother, Nils');
  });

  it('GIVEN the role said of "the bank" in an article about it THEN that sentence, and an unknown organisation is not found', () => {
    const bank = tinyContext({
      'bank.txt': `Bank apologises for outage

By Anna Berg

OSLO, March 3, 2020 – Fjordbank customers could not pay by card for six hours on Monday.

The bank's chief executive, Lena Moe, apologised to customers on Tuesday.
`,
    });
    const reply = answerQuestion(bank, 'Who runs Fjordbank?');
    expect(reply.found).toBe(true);
    expect(reply.items[0]?.text).toContain('Lena Moe');
    expect(answerQuestion(bank, 'Who is the CEO of Zorblax?').found).toBe(false);
    // One word shared with another post ("chief") is not the post asked.
    expect(answerQuestion(bank, 'Who is the chief technology officer of Fjordbank?').found).toBe(false);
  });

  it('GIVEN the role held THEN its holder', () => {
    expect(answerQuestion(near, 'Who is the CEO of Nordlink?').text).toContain('Ola Strand');
  });
});

describe('what the articles name, gathered', () => {
  const stories = tinyContext(STORIES);
  const listed = (question: string) =>
    answerQuestion(stories, question)
      .items.map((i) => i.text)
      .join('\n');

  it('GIVEN "which companies are mentioned?" THEN the organisations of both articles, and no person', () => {
    const text = listed('Which companies are mentioned?');
    for (const name of ['Nordlink', 'Kestrel', 'Saimaa Mobile']) expect(text).toContain(name);
    expect(text).not.toContain('Ola Strand');
  });

  it('GIVEN "who is mentioned?" THEN the people, the most named first', () => {
    const reply = answerQuestion(stories, 'Who is mentioned?');
    expect(reply.kind).toBe('list');
    const text = shown(reply);
    for (const name of ['Ola Strand', 'Ingrid Vale', 'Tomas Eide']) expect(text).toContain(name);
    expect(text).not.toContain('Nordlink');
  });
});

describe('a day the question cannot date', () => {
  it('GIVEN "what happened on Tuesday?" THEN the passages that say Tuesday, not "I could not read a date"', () => {
    const reply = answerQuestion(tinyContext(STORIES), 'What happened on Tuesday?');
    expect(reply.found).toBe(true);
    expect(reply.items[0]?.text).toContain('on Tuesday');
  });
});

describe('a title written as one word', () => {
  it('GIVEN "Telecomminister Per Dahl" THEN "the telecom minister" is he', () => {
    const ministry = oneStory(
      'Minister warns of spying',
      'Telecomminister Per Dahl said on Tuesday that the risk of espionage does not only come from one country.',
    );
    const reply = answerQuestion(ministry, 'What did the telecom minister say?');
    expect(reply.text).toContain('Per Dahl');
  });
});

describe('everyone asked at once', () => {
  it('GIVEN "did anyone say …?" THEN "anyone" is no topic the articles lack', () => {
    expect(answerQuestion(tinyContext(STORIES), 'did any1 say Kestrel builds radios?').found).toBe(true);
  });
});

describe('lists gathered only where the focus is', () => {
  const deals = tinyContext({
    'deals.txt': `Contracts season

By Anna Berg

OSLO, March 3, 2020 – Kestrel makes radios. Kestrel makes masts. Kestrel makes chips for phones.

Nordlink signed a contract with Kestrel for radios, and Saimaa Mobile signed one with Kestrel for masts.

Elsewhere, two companies signed contracts: Fjordbank signed contracts with Stratus Cloud for data centres.
`,
  });

  it('GIVEN "which companies signed contracts with <org>?" THEN its partners, not every company that signed a contract', () => {
    const text = shown(answerQuestion(deals, 'Which companies signed contracts with Kestrel?'));
    expect(text).toContain('Nordlink');
    expect(text).not.toContain('Fjordbank');
    expect(text).not.toContain('Stratus Cloud');
  });

  it('GIVEN "which cities are mentioned?" THEN cities, not countries', () => {
    const places = tinyContext({
      'trip.txt':
        'Minister travels\n\nBy Anna Berg\n\nThe minister flew from Oslo to Helsinki, then drove across Finland and Sweden.\n',
    });
    const text = shown(answerQuestion(places, 'Which cities are mentioned?'));
    expect(text).toContain('Helsinki');
    expect(text).not.toContain('Sweden');
  });
});

describe('a list gathered without the focus, its full name or the codes a sentence quotes', () => {
  const ratings = tinyContext({
    'ratings.txt': [
      'Agencies cut Kestrel',
      'By Anna Berg',
      'OSLO, December 10, 2021 – Fitch Ratings on Thursday downgraded Kestrel Group to "RD" from "C".',
      "Moody's, which downgraded Kestrel in September, has not moved since.",
      'S&P Global downgraded Kestrel on Friday as well.',
      'Kestrel said it would keep talking to its creditors.',
    ].join('\n\n'),
  });

  it('GIVEN "which agencies downgraded X" THEN the agencies, "Moody\'s" among them', () => {
    const reply = answerQuestion(ratings, 'Which agencies downgraded Kestrel?');
    expect(reply.found).toBe(true);
    expect(reply.text).toContain('Fitch Ratings');
    expect(reply.text).toContain("Moody's");
    expect(reply.text).toContain('S&P Global');
    const listed = reply.text.split('\n')[0] ?? '';
    expect(listed).not.toContain('Kestrel Group');
    expect(listed).not.toMatch(/\bRD\b/);
  });
});

describe('words asked for by the month they were said in', () => {
  it('GIVEN quotes in a May article and an August one THEN "what did X say when he extended the licence in August" shows August\'s first', () => {
    const licence = tinyContext({
      'may.txt':
        'Licence granted\n\nBy Anna Berg\nPublished: 21 May 2031\n\n"The temporary licence grants operators time to make other arrangements," Commerce Secretary Ola Dahl said of the licence.\n',
      'august.txt':
        'Licence extended\n\nBy Anna Berg\nPublished: 19 August 2031\n\n"As we urge consumers to move away from Kestrel products, we recognise that more time is necessary," Commerce Secretary Ola Dahl said.\n',
    });
    const reply = answerQuestion(licence, 'What did Ola Dahl say when he extended the licence in August?');
    expect(reply.items[0]?.text).toContain('more time is necessary');
  });
});

describe('a list gathered without the outlet that reported it', () => {
  it('GIVEN "Dagbladet reported on Monday that Alvik, Brekke and Tromso Chips had stopped supplying X" THEN the suppliers, not the newspaper', () => {
    const supply = tinyContext({
      'supply.txt': [
        'Suppliers halt shipments',
        'By Anna Berg',
        'Dagbladet reported on Monday that Alvik Semiconductor, Brekke Systems and Tromso Chips had stopped supplying Kestrel until further notice.',
      ].join('\n\n'),
    });
    const listed =
      answerQuestion(supply, 'Which companies stopped supplying Kestrel?').text.split('\n')[0] ?? '';
    expect(listed).toContain('Alvik Semiconductor');
    expect(listed).toContain('Tromso Chips');
    expect(listed).not.toContain('Dagbladet');
  });
});

describe("a speaker by role, with another owner's name in the topic", () => {
  it('GIVEN "what did the analyst at X say about Y\'s business" THEN the analyst, not Y\'s chairman', () => {
    const cars = tinyContext({
      'cars.txt': [
        'Kestrel bets on cars',
        'By Anna Berg',
        'Kestrel chairman Ola Holm said the car unit would be the biggest in the world.',
        '"Kestrel tried to buy its way into the car business, where you have to build your way in," says Marcus Feld, an automotive analyst at Lindqvist Research.',
      ].join('\n\n'),
    });
    const reply = answerQuestion(cars, "what did the analyst at lindqvist say about kestrel's car business");
    expect(reply.text).toMatch(/^Marcus Feld/);
    expectShows(reply, 'buy its way');
  });
});

describe('"which countries": countries only', () => {
  it('GIVEN a continent named beside countries THEN it is not listed as one', () => {
    const bans = tinyContext({
      'bans.txt': [
        'Europe turns on Kestrel',
        'By Anna Berg',
        'Across Europe, Sweden and Denmark have shut Kestrel out of their 5G networks.',
        'Norway has also shut Kestrel out of its 5G networks.',
      ].join('\n\n'),
    });
    const reply = answerQuestion(bans, 'Which countries have shut Kestrel out of their 5G networks?');
    const listed = reply.text.split('\n')[0] ?? '';
    expect(listed).toContain('Sweden');
    expect(listed).toContain('Norway');
    expect(listed).not.toContain('Europe');
  });
});

describe('a dated event whose subject is a pronoun', () => {
  const ctx = tinyContext({
    'sentence.txt': `Former manager gets seven years

By Anna Berg

December 7, 2017

Former Kestrel executive Per Holm arrives at the federal courthouse in Detroit on December 6, 2017.

A judge on Wednesday sentenced Per Holm to seven years in prison.

Holm, a Norwegian citizen, ran the company's office in Michigan from 2012 to 2015.

He was arrested by the FBI in Miami on January 7, at the end of a family holiday in Florida.
`,
  });

  it('GIVEN "He was arrested by the FBI …" THEN the event is of the person "he" stands for', () => {
    const holm = ctx.corpus.entities.find((e) => e.name === 'Per Holm');
    const arrest = ctx.corpus.events.find((e) => e.verb === 'arrest');
    expect(arrest?.targets).toContain(holm?.id);
  });

  it('GIVEN "When was Per Holm arrested?" THEN the arrest\'s date, not a dated sentence that names him but no arrest', () => {
    const reply = answerQuestion(ctx, 'When was Per Holm arrested?');
    expect(reply.found).toBe(true);
    expect(reply.text).toMatch(/January (?:7, )?2017/);
  });
});

describe('where an event happened', () => {
  const ctx = tinyContext({
    'arrest.txt': `Former manager arrested

By Anna Berg

January 9, 2017

Holm, a Norwegian citizen, ran the office of Kestrel Systems in Michigan, said Per Holm's lawyer.

He was arrested by the FBI in Miami on January 7, at the end of a family holiday in Florida.
`,
  });

  it('GIVEN "Where was Per Holm arrested?" THEN the place of the arrest, cited', () => {
    const reply = answerQuestion(ctx, 'Where was Per Holm arrested?');
    expect(reply.found).toBe(true);
    expect(reply.text).toMatch(/^Miami/);
    expect(reply.citations[0]?.snippet).toContain('arrested by the FBI in Miami');
  });

  it('GIVEN "Where was Per Holm born?" with no such event THEN no place is made up', () => {
    expect(answerQuestion(ctx, 'Where was Per Holm born?').text).not.toMatch(/^Miami/);
  });
});

describe("a speaker's few words, shown whole", () => {
  const ctx = tinyContext({
    'curbs.txt': `Farm exporters fear curbs

By Anna Berg

March 27, 2019

"The curbs hurt every farmer," said Ola Strand, president of the Canola Council.

"These curbs came without warning," Strand said.

"Nobody has explained the curbs to us," Strand added.
`,
    'office.txt': `Council opens an office

By Mark Lee

April 2, 2019

"We want a science-based resolution as quickly as possible," Ola Strand told reporters in Ottawa.
`,
  });

  it('GIVEN three quotes on the topic and a fourth elsewhere THEN the fourth follows them: a short record is shown whole', () => {
    const text = replyToPlainText(answerQuestion(ctx, 'What did Ola Strand say about the curbs?'));
    expect(text.indexOf('curbs hurt')).toBeGreaterThan(-1);
    expect(text.indexOf('science-based')).toBeGreaterThan(text.indexOf('curbs hurt'));
  });
});

describe('when: the date of the action asked, not of the thing it names', () => {
  it('GIVEN "gone after the end of this year …, the ministry announced on Tuesday" THEN "when did it announce the ban" is that Tuesday', () => {
    const ban = tinyContext({
      'ban.txt': `Norway bars Kestrel radios

By Anna Berg
Published: Tuesday 15 July 2031

The ministry's decision to ban operators from buying new Kestrel radios after the end of this year rests on a review by the security agency.

Operators may not buy new Kestrel radios after the end of this year, and all Kestrel kit must be gone by 2037, the ministry announced on Tuesday.
`,
    });
    const reply = answerQuestion(ban, 'When did the ministry announce the ban on Kestrel radios?');
    expect(reply.text.split('\n')[0]).toContain('15 July 2031');
  });
});

describe("when: a focus named only in the article's headline", () => {
  it('GIVEN "a Transport Committee hearing on Feb. 18" under a headline naming Vantair THEN the day of the Vantair hearing', () => {
    const hearing = tinyContext({
      'hearing.txt': `Vantair chief faces lawmakers over drone crash

By Anna Berg
Published: 18 February 2031

Orvo Lind testified during a virtual Transport Committee hearing on Feb. 18, 2031.

Lawmakers from both parties questioned him for five hours.

Several asked about pilots and training.

Others asked about the weather that week.

Vantair grounded its drones in January after the crash.
`,
      'other.txt': `Kestrel wins radio contract

By Anna Berg
Published: 2 March 2031

Kestrel Systems said on Monday it had won a radio contract from Nordlink.
`,
    });
    const reply = answerQuestion(hearing, 'When did the Transport Committee hold its Vantair hearing?');
    expect(reply.found).toBe(true);
    expect(reply.text.split('\n')[0]).toContain('February 18, 2031');
  });
});

describe('when: a day given in words, shown written out too', () => {
  it('GIVEN "… from Nordlink on Monday" and "OSLO, March 3 (Reuters) - … said on Monday" THEN both, so the day is read as written', () => {
    const deal = tinyContext({
      ...STORIES,
      'wire.txt': `Nordlink to pump cash into Kestrel

By Anna Berg
March 3, 2031

OSLO, March 3 (Reuters) - Kestrel Systems, which has lost money on its radio bets for two years, will receive a cash injection of $2 billion from Nordlink and Saimaa Mobile, the firms said on Monday.
`,
      'later.txt': `The week radios went wild

By Mark Lee
Published: 8 March 2031

Kestrel Systems needed a cash injection from Nordlink and Saimaa Mobile on Monday.
`,
    });
    const reply = answerQuestion(
      deal,
      'When did Nordlink and Saimaa Mobile announce their cash injection into Kestrel Systems?',
    );
    expect(reply.text.split('\n')[0]).toContain('3 March 2031');
    expect(replyToPlainText(reply)).toContain('March 3 (Reuters)');
  });
});

describe('lists: "other than X" sets X aside', () => {
  it('GIVEN carriers dropping Kestrel radios in articles that do not name Nordlink THEN "which carriers other than Nordlink" lists them', () => {
    const carriers = tinyContext({
      ...STORIES,
      'north.txt': `Carriers drop Kestrel radios

By Mark Lee
Published: 9 May 2031

Telia Norge dropped Kestrel radios from its network in May.

Elisa Mobile also dropped Kestrel radios from its network, a month later.
`,
    });
    const reply = answerQuestion(carriers, 'Which carriers other than Nordlink dropped Kestrel radios?');
    const first = reply.text.split('\n')[0] ?? '';
    expect(first).toContain('Telia Norge');
    expect(first).toContain('Elisa Mobile');
    expect(first).not.toContain('Nordlink');
  });
});

describe('lists gathered with a name set aside', () => {
  it('GIVEN carriers using Kestrel radios in an article that does not name Nordlink THEN "which carriers other than Nordlink use …" lists them', () => {
    const buyers = tinyContext({
      ...STORIES,
      'buyers.txt': `Who still buys Kestrel radios

By Mark Lee
Published: 9 May 2031

Telia Norge still uses Kestrel radios across its network.

Elisa Mobile also uses Kestrel radios across its network in the north.
`,
    });
    const first =
      answerQuestion(buyers, 'Which carriers other than Nordlink use Kestrel radios?').text.split('\n')[0] ??
      '';
    expect(first).toContain('Telia Norge');
    expect(first).toContain('Elisa Mobile');
    expect(first).not.toContain('Nordlink');
  });
});

describe('a few words quoted within a sentence', () => {
  it('GIVEN \'… said the plan was a "step in the right direction" but called for …\' THEN the sentence is shown, once', () => {
    const rebels = tinyContext({
      ...STORIES,
      'rebels.txt': `Rebels want Kestrel radios gone sooner

By Mark Lee
Published: 15 July 2031

Former minister Orvo Lind says the deadline is "too long", while rivals accuse the ministry of dithering.

Orvo Lind, the former minister, said the plan was a "step in the right direction" but called for the radios to go by 2035 at the latest.
`,
    });
    const text = replyToPlainText(answerQuestion(rebels, 'What did Orvo Lind say about the deadline?'));
    expect(text).toContain('by 2035 at the latest');
    expect(text.split('dithering').length - 1).toBe(1);
  });
});

describe('when: an event that names no one the question names', () => {
  it('GIVEN only Norway\'s ban of Kestrel dated THEN "when did Sweden ban Kestrel?" is not found', () => {
    const bans = tinyContext({
      ...STORIES,
      'ban.txt': `How Norway fell out with Kestrel

By Mark Lee
Published: 18 July 2031

On 28 January 2031 the government designated Kestrel a "high-risk vendor", banned it from the core of networks and from sensitive sites, and capped its share of the rest at 35%.
`,
      'sweden.txt': `Sweden weighs its options

By Mark Lee
Published: 20 July 2031

Sweden has not said what it will do about Kestrel radios.
`,
    });
    expect(answerQuestion(bans, 'When did Sweden ban Kestrel from its networks?').found).toBe(false);
    expect(answerQuestion(bans, 'When was Kestrel banned from the core of networks?').found).toBe(true);
  });
});

describe('a post nobody holds, asked by its owner', () => {
  it('GIVEN no chief executive of Vantair in the articles THEN "what did Vantair\'s chief executive say?" is not found, not the company\'s words', () => {
    const appeal = tinyContext({
      ...STORIES,
      'appeal.txt': `Vantair to appeal drone ban

By Mark Lee
Published: 4 June 2031

"We will appeal the ban in every court," a Vantair spokesman said on Tuesday.

Orvo Lind, the chief executive of Brightcart, said the ban was unfair to shops.
`,
    });
    const reply = answerQuestion(appeal, "What did Vantair's chief executive say about the ban?");
    expect(reply.found).toBe(false);
    expect(replyToPlainText(reply)).not.toContain('every court');
    // Its spokesman's unnamed words are the company's, and answer.
    expect(
      replyToPlainText(answerQuestion(appeal, "What did Vantair's spokesman say about the ban?")),
    ).toContain('every court');
  });
});

describe('when: the phase asked, and a speaker phrase typed wrong', () => {
  const rules = tinyContext({
    ...STORIES,
    'rules.txt': `Ministry delays Kestrel app ban

By Mark Lee
Published: Sunday 21 September 2031

Late Saturday, the Trade Ministry said it was delaying for one week, until Sept. 28, its order that would have removed Kestrel from app stores starting Sunday.

A second phase for Kestrel, taking effect Nov. 12, would ban Norwegian firms from providing hosting and other services the app needs.

"No customer should be left stranded," Transport Secretary Orvo Lind said on social media.
`,
  });

  it("GIVEN the ministry's order named a sentence before THEN the second phase of its restrictions takes effect on 12 November, ahead", () => {
    const reply = answerQuestion(
      rules,
      "When was the second phase of the Trade Ministry's Kestrel restrictions, covering hosting, due to take effect?",
    );
    expect(reply.text.split('\n')[0]).toContain('November 12, 2031');
  });

  it('GIVEN "the transport secretery" THEN the transport secretary\'s words', () => {
    expect(replyToPlainText(answerQuestion(rules, 'wat did the transport secretery say'))).toContain(
      'left stranded',
    );
  });

  it('GIVEN an English word the articles never use ("boss") THEN no typo of one they do ("loss")', () => {
    const port = tinyContext({
      'port.txt': `Port reopens

By Mark Lee

"The loss of trade was small," said Lena Moe, the head of the Varna Port Authority.
`,
    });
    const reply = answerQuestion(port, 'wat did the varna port authority boss say');
    expect(reply.entities).toContain('Lena Moe');
    expect(replyToPlainText(reply)).toContain('loss of trade');
  });
});

describe('lists of a kind no entity type names', () => {
  it('GIVEN "national courts have a duty …" beside named courts THEN "which courts …" shows the passage, not every name near it', () => {
    const law = tinyContext({
      ...STORIES,
      'law.txt': `How directives bind

By Mark Lee

Fourth, national courts have a duty to interpret domestic law as far as possible in the light of the directive. In Vantair v Brightcart the Court of Justice held that a Bergen Court had to interpret its Civil Code to conform with the directive.
`,
    });
    const reply = answerQuestion(
      law,
      'Which courts have a duty to interpret domestic law as far as possible?',
    );
    expect(replyToPlainText(reply)).toContain('national courts have a duty');
    expect(reply.text).not.toMatch(/^According to the articles: /);
  });
});

describe('when: a date that names another thing', () => {
  it('GIVEN "the first hearing on the March 3 outage" and a sentence dating the hearing THEN not March 3', () => {
    const hearing = tinyContext({
      ...STORIES,
      'hearing.txt': `Kestrel apologises to lawmakers

By Mark Lee
Published: 24 September 2031

Orvo Lind, Kestrel's senior vice president, testified before a Storting committee in the first hearing on the March 3 outage.

Lind was sworn in before the Storting committee hearing in Oslo on Tuesday, Sept. 23, 2031, and apologised.
`,
    });
    const text = replyToPlainText(
      answerQuestion(hearing, 'When did the Storting hearing with Orvo Lind take place?'),
    );
    expect(text.split('\n')[0]).not.toContain('3 March');
    expect(text).toContain('Sept. 23');
  });
});

describe('quotes: a topic given as a clause', () => {
  it('GIVEN a quote in an article headed by the outage THEN "what did X say during the outage" finds it', () => {
    const outage = tinyContext({
      ...STORIES,
      'outage.txt': `Harbour radio back on air after outage

By Mark Lee
Published: 19 July 2031

"We apologise to listeners that Harbour Radio cannot broadcast live this morning," Orvo Lind, the station's chairman, wrote on X.
`,
    });
    expect(answerQuestion(outage, 'What did Orvo Lind say during the outage?').found).toBe(true);
  });
});

describe('who holds a role in a body a clause describes', () => {
  it('GIVEN "the subcommittee that questioned Kestrel" THEN the subcommittee’s chair, not Kestrel’s', () => {
    const hearing = oneStory(
      'Lawmakers question Kestrel',
      'OSLO, Sept. 24, 2024 – A parliamentary cybersecurity subcommittee questioned Kestrel on Tuesday.',
      'Rep. Ola Dahl, the Bergen Republican who chairs the subcommittee, said he wanted answers.',
      'Kestrel’s chief executive, Siri Lund, and its president, Per Moe, testified for three hours.',
    );
    const reply = answerQuestion(
      hearing,
      'Who chairs the cybersecurity subcommittee that questioned Kestrel?',
    );
    expectShows(reply, 'Ola Dahl');
  });
});

describe('a committee’s chairman and a subcommittee’s chair', () => {
  const hearing = oneStory(
    'Kestrel grilled at outage hearing',
    'OSLO, Sept. 24, 2024 – Kestrel’s chief told the Storting Security Committee’s subcommittee on Tuesday that the outage was a mistake.',
    'Committee Chairman Ivar Moe, a Bergen conservative, said: "We cannot allow a mistake of this magnitude to happen again."',
    'Rep. Ola Dahl, the Tromsø liberal who chairs the subcommittee, said he wanted to hear how Kestrel tests its updates.',
  );

  it('GIVEN "the chairman of the <committee>" THEN its chairman, not the chair of a subcommittee under it', () => {
    expect(
      hearing.roles.find('the chairman of the Storting Security Committee', true).map((e) => e.name),
    ).toEqual(['Ivar Moe']);
  });

  it('GIVEN what "the chairman of the <committee>" said "at the hearing" THEN his words, though the subcommittee chair spoke of hearing', () => {
    const reply = answerQuestion(
      hearing,
      'What did the chairman of the Storting Security Committee say at the hearing?',
    );
    expectShows(reply, 'magnitude');
  });
});

describe('quotes on a matter said at an occasion', () => {
  const call = oneStory(
    'Kestrel results hold up',
    'OSLO, Nov. 2, 2023 – On a call with analysts to discuss third-quarter results, chief executive Ola Strand said the company’s response had strengthened its relationships.',
    '"Most of our radio customers have told us they appreciate how we handled this, and we have seen little impact," Strand said.',
    '"We acted quickly," he added.',
  );

  it('GIVEN "… tell analysts on the Q3 call about how radio customers reacted?" THEN the words on the customers come first, the call only where they were said', () => {
    const text = shown(
      answerQuestion(
        call,
        'What did Ola Strand tell analysts on the Q3 call about how radio customers reacted?',
      ),
    );
    expect(text.indexOf('appreciate how we handled')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('appreciate how we handled')).toBeLessThan(
      text.indexOf('strengthened its relationships'),
    );
  });
});

describe('a chief executive asked for as "CEO"', () => {
  const firm = tinyContext({
    'a.txt': `Kestrel names new chief

By Anna Berg

OSLO, March 28, 2018 – Ola Strand, a former Nordlink executive who had been a managing director at private equity firm Fjord Capital Partners, was named CEO on Wednesday.

Per Lund, Kestrel's chairman and Chief Executive Officer, retired in September. Kestrel's chief financial officer, Siri Dahl, stays.
`,
  });

  it('GIVEN "who ended up as Kestrel’s permanent CEO?" THEN the one named CEO, not the firm in his apposition, nor the finance chief', () => {
    const reply = answerQuestion(firm, "Who ended up as Kestrel's permanent CEO after the search?");
    expectShows(reply, 'Ola Strand');
    expect(reply.text).not.toContain('Fjord Capital Partners:');
    expect(reply.text).not.toContain('Siri Dahl');
  });
});

describe('a post written short in a question', () => {
  it('GIVEN "CEO" asked where an article writes "Chief Executive Officer" THEN "CEO" stays the post asked: "chief executive" meets it', () => {
    const firm = tinyContext({
      'a.txt': `Kestrel names new chief

By Anna Berg

OSLO, March 28, 2018 – Per Lund, Kestrel's Chief Executive Officer, retired in September. Kestrel Chief Executive Officer Per Lund said so.
`,
    });
    expect(analyseQuestion(firm, "Who is Kestrel's CEO?").text).toContain('CEO');
  });
});
