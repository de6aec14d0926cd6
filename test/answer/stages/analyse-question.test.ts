import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/analyse-question.js';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { rankPassages } from '../../../src/answer/ranker.js';
import { answerTypeOf } from '../../../src/language/answer-types.js';
import { replyToPlainText } from '../../../src/reply.js';
import { oneStory, STORIES, tinyContext } from './tiny-corpus.js';

const ctx = tinyContext(STORIES);

describe('question analysis', () => {
  it.each([
    ['When was Kestrel founded?', 'date'],
    ['How far back was the exploit tested?', 'date'],
    ['What was the deadline the gang gave its victims?', 'date'],
    ["What's the cut-off date for new Kestrel gear?", 'date'],
    ['In what year did Nordlink act?', 'date'],
    ['By when must Nordlink remove Kestrel gear?', 'date'],
    ['How many people does Kestrel employ?', 'number'],
    ['Why did Nordlink drop Kestrel?', 'reason'],
    ['Which countries restricted Kestrel?', 'list'],
    ['Which ministers resigned after the blast?', 'list'],
    ['Which broadcasters went off air?', 'list'],
    ['What does Kestrel make?', 'other'],
    ['Which Norwegian telecoms company removed Kestrel gear?', 'organisation'],
    ['Who is Ingrid Vale?', 'description'],
    ['Who founded Kestrel?', 'person'],
    ['Where is Bergen?', 'place'],
    ['Did Saimaa Mobile ban Kestrel?', 'yes-no'],
    ['What did Strand say?', 'quote'],
  ])('GIVEN "%s" THEN expects a %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });

  it.each([
    ['what happened on 3 March 2020?', 'on-date'],
    ['what happened in January?', 'on-date'],
    ['what happened today?', 'on-date'],
    // A place after "in" is no date: the question is searched, not read as a day.
    ['what happened to the engineer arrested in Bergen?', 'search'],
    ['Who is quoted?', 'speakers'],
    ['who r the main ppl quoted', 'speakers'],
    ['Who commented on the ban?', 'speakers'],
    ['Who said "we build radios"?', 'who-said'],
    ['Who is the chief executive of Kestrel?', 'role'],
    ['Which companies are mentioned?', 'mentioned'],
    ['Which officials commented on the ban?', 'speakers'],
    ['wat did everyone say abt the ban', 'speakers'],
    ['Who reported the drone story?', 'authors'],
    ['How many articles mention Kestrel?', 'authors'],
    // No "about", no story: the articles are asked, not their bylines.
    ['Who wrote of the steam pump in 1751?', 'who-said'],
    ['who is mentioned in the articles?', 'mentioned'],
    // A clause is no title: the question describes someone, it names no role.
    ['Who was the leader who founded the colony at Bergen?', 'who-is'],
    // Nor is a word that is no post: "famed for" describes.
    ['Who was famed for their seafaring spirit?', 'who-is'],
    ['Who is in charge of Kestrel?', 'role'],
    // Counting who restricted is the restriction list; counting the restricted is a number asked.
    ['By when must Nordlink remove Kestrel gear?', 'when'],
    ['Where was Ola Strand arrested?', 'where'],
    // A promise, a pledge, what someone told an audience: their words.
    ['What did Ola Strand promise on the night of the blast?', 'quotes'],
    ['What did Nordlink’s boss tell users?', 'quotes'],
    ['What did Ola Strand say in his letter to staff?', 'quotes'],
    ['How did Ola Strand describe the two crashes?', 'quotes'],
    // "the name of" a post is who holds it.
    ['What was the name of the captain of the Nordstar?', 'role'],
    // (A thing's name is asked as before.)
    ['What is the name of the harbour in Bergen?', 'who-is'],
    // Likening or blaming something is said of it: their words on it.
    ['What did Ola Strand compare the stranded ship to?', 'quotes'],
    ['What did Nordlink blame the outage on?', 'quotes'],
    // "Who ended up as X's CEO?", "who became …": who holds the post.
    ["Who ended up as Kestrel's permanent CEO?", 'role'],
    // "Did X say anything about Y?" asks for X's words on Y.
    ['Did Ola Strand say anything about whether it was an easy call?', 'quotes'],
    // "What was X's take on Y?" asks for X's words on Y.
    ["What was Ola Strand's take on the new radios?", 'quotes'],
    // A setting said first ("At the conference, …") leaves the question's own form to read.
    ['At the Bergen conference, what did Ola Strand say about radios?', 'quotes'],
    // A time said of the words, however closely it follows ("right after"), keeps them words.
    ['What did Nordlink’s spokesperson say right after the company banned Kestrel?', 'quotes'],
    // (Naming something is no quote: "What did the Normans call the duchy?")
    ['What did the settlers call the colony?', 'search'],
    ['How many countries banned Kestrel?', 'restriction'],
    ['How many European carriers have dropped Kestrel?', 'restriction'],
    ['How many Kestrel affiliates were put on the entity list?', 'how-many'],
  ])('GIVEN "%s" THEN the intent is %s', (question, kind) => {
    expect(analyseQuestion(ctx, question).intent.kind).toBe(kind);
  });

  it('GIVEN a restriction only in a time clause ("after Strand got suspended") THEN the question is no restriction list', () => {
    expect(
      analyseQuestion(ctx, 'Who took over as acting CEO of Kestrel after Strand got suspended?').intent.kind,
    ).toBe('role');
    expect(analyseQuestion(ctx, 'Who suspended Strand after the blast?').intent.kind).toBe('restriction');
  });

  it('GIVEN what the question sets aside said first ("Apart from Norway, which countries …") THEN the question proper is read: a list', () => {
    const query = analyseQuestion(ctx, 'Apart from Norway, which countries restricted Kestrel?');
    expect(query.answerType).toBe('list');
    expect(query.text.startsWith('which countries')).toBe(true);
    // (The words moved to the end are no capitalised name.)
    expect(query.unknownNames).toEqual([]);
  });

  it.each([
    'Which countries have not banned Kestrel?',
    "Which countries haven't restricted Kestrel?",
    'Which countries did not ban Kestrel?',
    'Which countries allowed Kestrel?',
  ])('GIVEN "%s" THEN who allowed or declined to restrict is asked, not who restricted', (question) => {
    expect(analyseQuestion(ctx, question).intent).toMatchObject({ kind: 'restriction', allow: true });
  });

  it('GIVEN a canal or a ministry named by words the articles use but never together THEN it is a name they do not mention', () => {
    const ship = tinyContext({
      's.txt': `Ship stuck

By Mark Lee

The Nordstar, flagged in Varna, ran aground in the Kiel Canal on Tuesday, the Department of Transport said.
`,
    });
    expect(
      analyseQuestion(ship, 'When did the Nordstar run aground in the Varna Canal?').unknownNames,
    ).toEqual(['Varna Canal']);
    expect(
      analyseQuestion(ship, 'When did the Nordstar run aground in the Kiel Canal?').unknownNames,
    ).toEqual([]);
    // The articles' "Department of Transport", turned round.
    expect(analyseQuestion(ship, 'What did the Transport Department say?').unknownNames).toEqual([]);
  });

  it('GIVEN a quarter written short ("Q2") THEN its terms are those of "second quarter", as articles write it', () => {
    const words = analyseQuestion(ctx, 'How many radios did Kestrel sell in Q2?').terms.map((t) => t.word);
    expect(words).toEqual(expect.arrayContaining(['second', 'quarter']));
    expect(words).not.toContain('q2');
  });

  it('GIVEN question framing THEN it weighs nothing: only content words become key terms', () => {
    const query = analyseQuestion(ctx, 'What is the name of the kind of gear Nordlink removed?');
    const words = query.terms.map((t) => t.word);
    expect(words).toEqual(expect.arrayContaining(['gear', 'nordlink', 'removed']));
    expect(words).not.toContain('name');
    expect(words).not.toContain('kind');
  });

  it('GIVEN "take place" THEN it is framing, not a place to look for', () => {
    const words = analyseQuestion(ctx, 'When did the security review take place?').terms.map((t) => t.word);
    expect(words).toEqual(expect.arrayContaining(['security', 'review']));
    expect(words).not.toContain('place');
    expect(words).not.toContain('take');
  });

  it('GIVEN a typo in an ordinary word THEN it is corrected to the word the articles use', () => {
    const query = analyseQuestion(ctx, 'how many poeple does kestrel employ');
    const corrected = query.terms.find((t) => t.corrected);
    expect(corrected?.word).toBe('poeple');
    expect(corrected?.term).toBe('peopl');
  });

  it('GIVEN an English word the articles lack THEN it is no typo: only its own forms count', () => {
    const letter = tinyContext({
      'w.txt':
        'Letter\n\nBy Anna Berg\n\nOla Strand said it was too early. Ola Strand will write to the board.\n',
    });
    const terms = (q: string) => analyseQuestion(letter, q).terms.map((t) => `${t.word}:${t.term}`);
    // "took" is not "too", one letter away, but "take"; "wrote" is "write", which the articles say.
    expect(terms('Who took over at the board?')).toContain('took:take');
    expect(terms('Who wrote to the board?')).toContain('wrote:write');
    // "die" asked, "died" written: a regular form the stemmer does not join ("die", "di").
    const obituary = oneStory(
      'General who led the rebuild dies',
      'PARIS, Aug 19, 2023 – The general died on August 18, 2023, in a mountain accident.',
      'He had led the rebuilding of the cathedral since 2019.',
    );
    expect(
      analyseQuestion(obituary, 'When did the general die?').terms.find((t) => t.word === 'die')?.term,
    ).toBe(
      analyseQuestion(obituary, 'When had the general died?').terms.find((t) => t.word === 'died')?.term,
    );
    // "workforce" is one English word, though "work" and "force" are corpus words.
    const split = tinyContext({ 'f.txt': 'Work\n\nBy Anna Berg\n\nThe work will force the board to act.\n' });
    expect(analyseQuestion(split, 'how big is the workforce?').terms.map((t) => t.word)).toEqual([
      'workforce',
    ]);
  });

  it('GIVEN chat shorthand THEN it is read as the words it stands for', () => {
    const query = analyseQuestion(ctx, 'y did nordlink drop kestrel');
    expect(query.answerType).toBe('reason');
  });

  it('GIVEN a question word typed wrong THEN it is read as the question word, not a topic', () => {
    const query = analyseQuestion(ctx, 'whn did nordlink drop kestrel');
    expect(query.answerType).toBe('date');
    expect(query.terms.map((t) => t.word)).not.toContain('whn');
    expect(analyseQuestion(ctx, 'wher is Bergen').answerType).toBe('place');
    // A real word one letter from a question word is left alone.
    expect(analyseQuestion(ctx, 'now did nordlink drop kestrel').text).toMatch(/^now /);
  });

  it('GIVEN a name the corpus does not know THEN it is reported as unknown, whole', () => {
    const query = analyseQuestion(ctx, 'What did Angela Merkel say about Kestrel?');
    expect(query.unknownNames).toEqual(['Angela Merkel']);
    expect(query.focus.map((e) => e.name).join(' ')).toContain('Kestrel');
  });

  it('GIVEN a reference by role THEN the person holding it is the focus', () => {
    expect(analyseQuestion(ctx, "What did Nordlink's boss say?").focus.map((e) => e.name)).toContain(
      'Ola Strand',
    );
    expect(analyseQuestion(ctx, "Who is the company's finance chief?").focus.map((e) => e.name)).toContain(
      'Tomas Eide',
    );
  });

  it('GIVEN a place by its people\'s name ("the Norwegian spokesman") THEN the holder of the title that names the place', () => {
    const ministry = tinyContext({
      'm.txt':
        'Minister speaks\n\nBy Anna Berg\n\nLars Holm, spokesman for Foreign Affairs in Norway, said the Norwegian review was fair.\n',
    });
    expect(
      analyseQuestion(ministry, 'What did the Norwegian spokesman say?').focus.map((e) => e.name),
    ).toContain('Lars Holm');
  });

  it('GIVEN a bare title ("President Nabil Haddad") THEN held in the country the person\'s articles are about', () => {
    const blast = tinyContext({
      'b.txt': [
        'Blast hits port',
        'By Anna Berg',
        'BEIRUT (Reuters) - Lebanon mourned on Wednesday after the blast at the port of Beirut.',
        '"This is unacceptable," President Nabil Haddad said. Lebanon has asked for help.',
        'French President Claire Morel said France would send aid to Lebanon.',
      ].join('\n\n'),
    });
    const focus = (q: string) => analyseQuestion(blast, q).focus.map((e) => e.name);
    expect(focus('What did the Lebanese president say?')).toEqual(['Nabil Haddad']);
    expect(focus('What did the French president say?')).toEqual(['Claire Morel']);
  });

  it('GIVEN "US" in capitals THEN the United States, though "us" is a stop word', () => {
    const us = tinyContext({
      'us.txt':
        'Ban widens\n\nBy Anna Berg\n\nThe U.S. government said it would widen the ban on Kestrel radios.\n',
    });
    expect(analyseQuestion(us, 'What did the US say about Kestrel?').focus.map((e) => e.name)).toContain(
      'United States',
    );
    expect(analyseQuestion(us, 'what did kestrel tell us').focus.map((e) => e.name)).not.toContain(
      'United States',
    );
  });

  it('GIVEN a hyphenated name typed with spaces THEN the person', () => {
    const named = tinyContext({
      'n.txt': [
        'Minister named',
        'By Anna Berg',
        'Justice Minister Marie-Claude Lund named the judge on Monday.',
      ].join('\n\n'),
    });
    expect(answerQuestion(named, 'who is marie claude lund').text).toMatch(/^Marie-Claude Lund/);
  });

  it('GIVEN a title asked in the plural ("the spokeswomen") THEN its holder', () => {
    const ministry = tinyContext({
      'w.txt':
        'Ministry speaks\n\nBy Anna Berg\n\nAiko Tanaka, a spokeswoman for the ministry, said the review was fair.\n',
    });
    expect(
      analyseQuestion(ministry, 'what did the ministry spokeswomen say').focus.map((e) => e.name),
    ).toContain('Aiko Tanaka');
  });

  it('GIVEN a two-word name typed as one ("lukang") THEN the person', () => {
    const ministry = tinyContext({
      'l.txt':
        'Ministry answers\n\nBy Anna Berg\n\nLu Kang, a spokesman for the ministry, said the review was unfair.\n',
    });
    const reply = answerQuestion(ministry, 'what did lukang say');
    expect(reply.found).toBe(true);
    expect(reply.text).toMatch(/^Lu Kang/);
  });

  it('GIVEN a one-word name typed as two ("harmony os") THEN the name and its term', () => {
    const launch = tinyContext({
      'h.txt':
        'System unveiled\n\nBy Anna Berg\n\nOn August 9, 2019, Kestrel unveiled HarmonyOS, its own operating system, in Dongguan.\n',
    });
    const query = analyseQuestion(launch, 'wen did kestrel unveil harmony os');
    expect(query.focus.map((e) => e.name)).toContain('HarmonyOS');
    expect(query.terms.some((k) => k.unseen)).toBe(false);
    const reply = answerQuestion(launch, 'wen did kestrel unveil harmony os');
    expect(reply.found).toBe(true);
    expect(reply.text).toContain('2019');
  });
  it('GIVEN an organisation named two ways, one in brackets THEN its role holder is found by either name', () => {
    const spies = tinyContext({
      'spies.txt': `Spy chief warns on networks

By Mark Lee

LONDON, May 4, 2020 – NSA2 (the Nordic Signals Agency) Chief, Petra Holm, spoke in Oslo on Monday.

"We must choose our suppliers with care," Holm said.
`,
    });
    const agency = spies.corpus.entities.find((e) => e.name === 'NSA2');
    expect(agency?.aliases).toContain('Nordic Signals Agency');
    expect(analyseQuestion(spies, 'What did the NSA2 chief say?').focus.map((e) => e.name)).toContain(
      'Petra Holm',
    );
  });

  it('GIVEN only the organisations of a title THEN its holder is not linked: a role needs its role word', () => {
    const envoy = tinyContext({
      'envoy.txt': `Vendor courts the council

By Mark Lee

BRUSSELS, May 4, 2020 – "We will work with everyone," said Anna Lund, Kestrel Chief Representative to the Nordic Council.

Kestrel sells radios in 40 countries.
`,
    });
    const names = (q: string) => analyseQuestion(envoy, q).focus.map((e) => e.name);
    expect(names("What is the Nordic Council's position on Kestrel?")).not.toContain('Anna Lund');
    expect(names("Who is Kestrel's representative to the Nordic Council?")).toContain('Anna Lund');
  });

  describe('GIVEN the leader of an organisation asked by a word for leading', () => {
    const agency = tinyContext({
      'a.txt': `Regulator grounds the jet

By Mark Lee

WASHINGTON, March 13, 2019 – The Nordic Aviation Administration grounded the jet on Wednesday.

"The evidence was clear," acting NAA Administrator Daniel Elm told reporters.
`,
      'b.txt': `Jet cleared to fly

By Mark Lee

OSLO, November 18, 2020 – NAA Administrator Steve Dale signed the order on Wednesday.
`,
    });
    const names = (q: string) => agency.roles.find(q).map((e) => e.name);

    it('THEN "head" finds the administrator, a title the organisation\'s name shares a stem with', () => {
      expect(names('the head of the NAA')).toEqual(['Daniel Elm', 'Steve Dale']);
      expect(names('who led the Nordic Aviation Administration?')).toEqual(['Daniel Elm', 'Steve Dale']);
    });

    it('THEN a lower-case qualifier of the title tells its holders apart', () => {
      expect(names('the acting head of the NAA')).toEqual(['Daniel Elm']);
    });
  });

  it('GIVEN "Its chairman, X" after a sentence about a company, or a bare company title THEN X is the company\'s', () => {
    const board = tinyContext({
      'a.txt': `Carrier counts the cost

By Mark Lee

LONDON, July 25, 2020 – Nordlink has not put a figure on the decision. Its chairman, Jan du Plessis, a former Rio Tinto chairman, told shareholders the group would cope.
`,
      'b.txt': `Kestrel results

By Mark Lee

Rotating chairman Erik Xu presented the results.

Kestrel sold more radios than ever, and Kestrel expects growth.
`,
    });
    expect(board.roles.find("who is Nordlink's chairman?").map((e) => e.name)).toEqual(['Jan du Plessis']);
    expect(board.roles.find("Kestrel's chairman").map((e) => e.name)).toEqual(['Erik Xu']);
  });

  it('GIVEN a title held towards a place, or in the country its paragraph is about THEN either owner finds it', () => {
    const envoys = tinyContext({
      'a.txt': `Ban draws fire

By Mark Lee

LONDON, July 14, 2020 – China's ambassador to Britain, Liu Xiaoming, called it a wrong decision.

France has taken a different route. Guillaume Poupard, the head of the national cyber agency ANSSI, said there would be no total ban.

Germany has not decided.
`,
    });
    const names = (q: string) => envoys.roles.find(q).map((e) => e.name);
    expect(names("china's ambassador in london")).toEqual(['Liu Xiaoming']);
    expect(names("the head of France's cyber agency")).toEqual(['Guillaume Poupard']);
    expect(names("the head of Germany's cyber agency")).toEqual([]);
  });

  it('GIVEN one who "leads the committee" beside another committee role THEN the committee\'s chairman is the one who leads it', () => {
    const hearing = oneStory(
      'Boss faces senators',
      "WASHINGTON, Oct 29, 2031 – Kestrel's chief executive faced the Senate Budget Committee on Tuesday.",
      'Senator Ola Dahl, the Mississippi Republican who leads the committee, said the crashes were preventable.',
      "The committee's ranking member, Senator Per Lund, asked about the pilots.",
    );
    expect(hearing.roles.find('the chairman of the Senate Budget Committee').map((e) => e.name)).toEqual([
      'Ola Dahl',
    ]);
  });

  it('GIVEN a role alone THEN its holder is linked only when one person holds it', () => {
    // STORIES: one chairwoman (Ingrid Vale); two chiefs (Ola Strand, chief executive; Tomas Eide,
    // finance chief).
    expect(ctx.roles.find('the chairwoman').map((e) => e.name)).toEqual(['Ingrid Vale']);
    expect(ctx.roles.find('the chief')).toEqual([]);
  });

  it("GIVEN a question naming a thing that is in someone's title THEN no one: a role is asked by a role word", () => {
    const pilots = tinyContext({
      'p.txt': `Messages released

By Mark Lee

SEATTLE, Jan 10, 2020 – Mark Forkner, Boeing's 737 MAX chief technical pilot, wrote the messages in 2016.

Regulators grounded the 737 MAX after the second crash.
`,
    });
    expect(pilots.roles.find('Which countries grounded the 737 MAX?')).toEqual([]);
    expect(pilots.roles.find("Boeing's chief technical pilot").map((e) => e.name)).toEqual(['Mark Forkner']);
  });

  it('GIVEN "special agent in charge of the FBI\'s San Francisco division" THEN "the FBI agent in San Francisco" is him', () => {
    const fbi = tinyContext({
      'f.txt': `Founder charged

By Mark Lee

SAN FRANCISCO, June 15, 2018 – "This conspiracy misled doctors and patients," said John Bennett, special agent in charge of the FBI's San Francisco division.
`,
    });
    expect(fbi.roles.find('the fbi agent in charge in san francisco').map((e) => e.name)).toEqual([
      'John Bennett',
    ]);
  });

  it('GIVEN an organisation described ("ANSSI, the national cybersecurity agency") THEN its head is "the head of the cybersecurity agency"', () => {
    const agency = tinyContext({
      'a.txt': `Agency warns carriers

By Mark Lee

PARIS, Oct 20, 2020 – France will not ban any supplier. The warning came from ANSSI, the national cybersecurity agency, on Tuesday.

Operators in France have until 2028 to replace some antennas.

Paul Marin, ANSSI's director-general, said operators would not be forced out.

Thierry Breton, the EU's internal market commissioner, said nobody was excluded.
`,
    });
    expect(agency.roles.find('the head of the cybersecurity agency').map((e) => e.name)).toEqual([
      'Paul Marin',
    ]);
    // No paragraph of his names France, but his article is about France.
    expect(agency.roles.find("the head of France's cybersecurity agency").map((e) => e.name)).toEqual([
      'Paul Marin',
    ]);
  });

  it('GIVEN "Norway …, but its radio agency, NRA, …" THEN NRA\'s head is "the head of Norway\'s radio agency"', () => {
    const agency = tinyContext({
      'a.txt': `Norway treads carefully

By Mark Lee

In Oslo, the picture is more complicated. Norway has named no vendor, but its radio agency, NRA, has quietly steered operators away from Kestrel.

Orvo Dahl, the head of NRA, said there would be no total ban.

Britain banned Kestrel in July. Britain's decision was welcomed in Washington, and Britain's operators have until 2027.
`,
    });
    expect(agency.roles.find("the head of Norway's radio agency").map((e) => e.name)).toEqual(['Orvo Dahl']);
  });

  it('GIVEN a role alone and every holder asked for THEN all who hold it, for a topic to tell apart', () => {
    const chiefs = ctx.roles.find('the chief', true).map((e) => e.name);
    expect(chiefs).toEqual(expect.arrayContaining(['Ola Strand', 'Tomas Eide']));
  });

  it('GIVEN a kind as owner ("the company\'s finance chief") THEN the kind is no word of the role', () => {
    const firm = tinyContext({
      'f.txt': `Lumen sales slow

By Mark Lee

OSLO, May 4, 2020 – Lumen's revenue fell, said Per Holm, the company's chairman and chief executive.

Lumen's chief financial officer, Eva Dahl, said costs would fall.
`,
    });
    expect(firm.roles.find("the company's finance chief").map((e) => e.name)).toEqual(['Eva Dahl']);
  });

  it("GIVEN a post with a word the holder's title lacks, and the title one the post lacks THEN another post, nobody", () => {
    const firm = tinyContext({
      'f.txt': `Lumen sales slow

By Mark Lee

OSLO, May 4, 2020 – Lumen's revenue fell, said Per Holm, Lumen's chief executive.

Norway's prime minister, Siv Berg, said the state would not step in. "It is a company matter," Berg said.

"We will talk to everyone," said Ola Dahl, Norway's ambassador in Berlin.
`,
    });
    const names = (q: string) => firm.roles.find(q).map((e) => e.name);
    expect(names("Lumen's chief executive")).toEqual(['Per Holm']);
    expect(names("Lumen's chief financial officer")).toEqual([]);
    expect(names("Lumen's chief technology officer")).toEqual([]);
    expect(names('the Lumen boss')).toEqual(['Per Holm']);
    expect(names("Norway's former prime minister")).toEqual(['Siv Berg']);
    expect(names("Norway's finance minister")).toEqual([]);
    expect(names("Norway's ambassador to France")).toEqual([]);
    expect(names("Norway's ambassador in Berlin")).toEqual(['Ola Dahl']);
    const reply = answerQuestion(firm, "What did Lumen's chief financial officer say about revenue?");
    expect(reply.found).toBe(false);
    expect(reply.entities).not.toContain('Per Holm');
  });

  it('GIVEN a bare title ("Attorney General Ola Berg") in a piece about a state THEN the state\'s post, though an "Attorney\'s Office" is named', () => {
    const state = tinyContext({
      's.txt': `Fuel lines grow in Vermont

By Mark Lee

BURLINGTON, May 12, 2021 – Drivers in Burlington queued for fuel on Wednesday as stations across Vermont ran dry. Vermont declared a state of emergency, and Burlington's mayor urged calm.

Attorney General Ola Berg said his office had received hundreds of complaints about prices.

The U.S. Attorney's Office said it was watching the market.
`,
    });
    const query = (q: string) => state.roles.find(q).map((e) => e.name);
    expect(query("Vermont's attorney general")).toEqual(['Ola Berg']);
    expect(query("Maine's attorney general")).toEqual([]);
  });

  it('GIVEN a rank ("shadow", "deputy") on one side only THEN another post, nobody', () => {
    const house = tinyContext({
      'h.txt': `Ministers clash over radios

By Mark Lee

OSLO, May 4, 2020 – Digital minister Per Holm said the ban would stand.

Eva Dahl, the shadow digital minister, said the government had acted too late.

Kestrel's deputy director, Ola Berg, said the case was closed.
`,
    });
    const names = (q: string) => house.roles.find(q).map((e) => e.name);
    expect(names('the digital minister')).toEqual(['Per Holm']);
    expect(names('the shadow digital minister')).toEqual(['Eva Dahl']);
    expect(names("Kestrel's deputy director")).toEqual(['Ola Berg']);
    expect(names("Kestrel's director")).toEqual([]);
    const reply = answerQuestion(house, 'What did the shadow digital minister say?');
    expect(reply.entities).toContain('Eva Dahl');
    expect(reply.entities).not.toContain('Per Holm');
  });

  it('GIVEN a title before the name asked ("Digital Minister Eva Dahl") that another holds too THEN the one named', () => {
    const two = tinyContext({
      'a.txt': `Radios banned

By Mark Lee

OSLO, January 28, 2020 – "We want fast networks, but not at any price," Digital Minister Eva Dahl said.
`,
      'b.txt': `Radios out by 2027

By Mark Lee

OSLO, July 14, 2020 – "The radios must go by 2027 and we will not buy more of them," Digital Minister Per Holm said of the radios.
`,
    });
    const reply = answerQuestion(two, 'What did Digital Minister Eva Dahl say about the radios?');
    expect(reply.entities).toContain('Eva Dahl');
    expect(reply.entities).not.toContain('Per Holm');
  });

  it('GIVEN "in the 16th century" THEN a sentence with a year of it holds the period; one of another century does not', () => {
    const colony = tinyContext({
      'c.txt': `Colonies

By Mark Lee

In 1564 a group of settlers founded the colony of Fort Varna near the river.

In 1712 another group of settlers founded a colony near the coast.
`,
    });
    const query = analyseQuestion(colony, 'What colony did settlers found in the 16th century?');
    const [best] = rankPassages(colony, query);
    expect(colony.corpus.sentences[best?.sentence ?? -1]?.text).toContain('1564');
    const century = query.terms.find((k) => k.word === 'century');
    expect(century?.same).toContain('1564');
    expect(century?.same).not.toContain('1712');
  });

  it('GIVEN "what did X do to/about Y" THEN the actor and the matter asked; with a matter, the passages answer', () => {
    expect(analyseQuestion(ctx, 'What did Ola Strand do about the ban?').intent).toEqual({
      kind: 'actor-events',
      actor: 'Ola Strand',
      topic: 'the ban',
    });
    expect(answerQuestion(ctx, 'What did Ola Strand do to help farmers during the flood?').found).toBe(false);
  });

  it('GIVEN "why did X say (that) …" THEN X\'s quotes on what follows are asked for', () => {
    expect(analyseQuestion(ctx, 'Why did Ola Strand say he flew to Oslo?').intent).toEqual({
      kind: 'quotes',
      person: 'Ola Strand',
      topic: 'he flew to Oslo',
    });
    expect(analyseQuestion(ctx, 'Why did Nordlink drop Kestrel?').intent.kind).toBe('why');
  });

  it('GIVEN "why did X say …" that X\'s own words do not meet THEN the passage that reports the reason', () => {
    const deal = tinyContext({
      'deal.txt': `Radio maker's shares fall

By Mark Lee

OSLO, July 9, 2031 – Shares in Lumen fell 11% on Monday.

Investors had bought the stock in April. "Lumen is the future of radio," Per Holm said then.

Trading was heavy all day, brokers said.

Holm's lawyers sent Lumen a letter on Friday. It said the buyer was ending the deal because Lumen was "in material breach of multiple provisions" of the merger agreement.
`,
    });
    const reply = answerQuestion(
      deal,
      'Why did Per Holm say he was terminating the merger agreement in July?',
    );
    expect(reply.found).toBe(true);
    expect(reply.items.map((i) => i.text).join(' ')).toContain('material breach');
  });

  it('GIVEN "say when …", "say at …" or "tweet about …" THEN the speaker\'s quotes on that topic are asked for', () => {
    expect(analyseQuestion(ctx, 'What did Ola Strand say when Nordlink dropped Kestrel?').intent).toEqual({
      kind: 'quotes',
      person: 'Ola Strand',
      topic: 'when Nordlink dropped Kestrel',
    });
    // (Where the words were said is an occasion, kept with its preposition.)
    expect(analyseQuestion(ctx, 'What did Ola Strand say at the hearing?').intent).toEqual({
      kind: 'quotes',
      person: 'Ola Strand',
      topic: 'at the hearing',
    });
    expect(analyseQuestion(ctx, 'What did Ola Strand ask Tomas Eide about the ban?').intent).toEqual({
      kind: 'quotes',
      person: 'Ola Strand',
      topic: 'the ban',
    });
    expect(analyseQuestion(ctx, 'what did Ola Strand tweet about the ban').intent).toEqual({
      kind: 'quotes',
      person: 'Ola Strand',
      topic: 'the ban',
    });
  });

  it('GIVEN a title naming a country by its people ("Swedish Transport Minister") THEN the country\'s possessive finds its holder, whose words answer', () => {
    const minister = tinyContext({
      's.txt': `Sweden grounds jets

By Mark Lee

STOCKHOLM, March 13, 2019 – Sweden grounded the jets on Wednesday, after Norway and Denmark.

Swedish Transport Minister Karin Lund said satellite data showed similarities between the crashes. "It is not conclusive," Lund said.
`,
    });
    expect(minister.roles.find("Sweden's transport minister").map((e) => e.name)).toEqual(['Karin Lund']);
    const reply = answerQuestion(
      minister,
      "What did Sweden's transport minister say about the satellite data?",
    );
    expect(reply.found).toBe(true);
    expect(reply.entities).toContain('Karin Lund');
  });

  it('GIVEN an English word alone THEN it is no typo of a name ("the founder" is not "Younger")', () => {
    const younger = tinyContext({
      'y.txt': `Spy chief warns on networks

By Mark Lee

LONDON, May 4, 2020 – The head of the intelligence service warned carriers about their suppliers on Monday.

Alex Younger spoke in Oslo. "We must choose our suppliers with care," Younger said.
`,
    });
    expect(younger.linker.link('the founder')).toBeUndefined();
    expect(younger.linker.link('Youngr')?.name).toBe('Alex Younger');
  });

  it('GIVEN a possessive owner THEN only that owner’s role holder is linked', () => {
    const focus = analyseQuestion(ctx, "What did Kestrel's chief executive say?").focus.map((e) => e.name);
    expect(focus).not.toContain('Ola Strand');
  });

  it('GIVEN a name before the role word ("the Nordlink boss") THEN that organisation owns the role', () => {
    const focus = (q: string) => analyseQuestion(ctx, q).focus.map((e) => e.name);
    expect(focus('What did the Nordlink boss say?')).toContain('Ola Strand');
    expect(focus('What did the Kestrel boss say?')).not.toContain('Ola Strand');
  });

  it('GIVEN a possessive that owns no role ("the retailer\'s shares") THEN it picks no holder', () => {
    const shops = tinyContext({
      'a.txt': `Shares jump

By Anna Berg

Elin Moe, the chief executive of Vantair, posted a single word online.

Per Holm, the founder and former chief executive of online retailer Brightcart, joined the board.
`,
    });
    const focus = analyseQuestion(
      shops,
      "What did the Vantair boss post online that sent the retailer's shares higher?",
    ).focus.map((e) => e.name);
    expect(focus).toContain('Elin Moe');
    expect(focus).not.toContain('Per Holm');
  });

  it('GIVEN a framing verb typed wrong ("sey") THEN the question asks for quotes; an English word stays', () => {
    expect(analyseQuestion(ctx, 'wat did the nordlink ceo sey abt the ban').intent.kind).toBe('quotes');
    expect(analyseQuestion(ctx, 'what did the nordlink ceo see').text).toMatch(/ see$/);
    expect(analyseQuestion(ctx, 'how mny people does kestrel employ').intent.kind).toBe('how-many');
  });

  it('GIVEN a function word typed without a letter ("frm") THEN it is that word, no unknown topic', () => {
    const query = analyseQuestion(ctx, 'how many radios did nordlink buy frm kestrel');
    expect(query.text).toMatch(/ from kestrel$/);
    expect(query.terms.map((k) => k.word)).not.toContain('frm');
  });

  it('GIVEN a name joined to a lower-case word ("the anti-Nordlink law") THEN it describes a thing: no named focus', () => {
    const named = (q: string) => analyseQuestion(ctx, q).named.map((e) => e.name);
    expect(named('When was the anti-Nordlink law passed?')).not.toContain('Nordlink');
    expect(named('When was the Nordlink law passed?')).toContain('Nordlink');
  });

  it('GIVEN a restriction word used as a thing ("the ministry\'s bans") THEN no restriction table is asked for', () => {
    expect(
      analyseQuestion(ctx, "Which judges ruled against the ministry's bans on Kestrel radios?").intent.kind,
    ).not.toBe('restriction');
    expect(analyseQuestion(ctx, 'Which countries banned Kestrel radios?').intent.kind).toBe('restriction');
    // A subject after an article stays the subject: "the UK restricted" is a restriction asked.
    expect(analyseQuestion(ctx, 'Which countries other than the UK restricted Kestrel?').intent.kind).toBe(
      'restriction',
    );
  });

  it('GIVEN a country named one way in the question and another in the articles THEN its other names count in full', () => {
    const users = tinyContext({
      'a.txt': `Vantair under pressure

By Mark Lee

Vantair faces new rules in the United States, where officials called the app a risk to the United States.

Vantair says it has about 100 million users in the US.

Vantair also sells radios in Norway.
`,
    });
    const query = analyseQuestion(users, 'How many users does Vantair have in the United States?');
    expect(query.terms.find((k) => k.word.toLowerCase() === 'states')?.same).toContain('us');
    const best = rankPassages(users, query)[0]?.sentence ?? -1;
    expect(users.corpus.sentences[best]?.text).toContain('100 million');
  });

  it('GIVEN a name whose first word only shares its start with an article word ("Southwest Airlines" beside "Southern") THEN unknown', () => {
    const south = tinyContext({
      'a.txt': `Harbour radios fail

By Mark Lee

Southern ports lost their radios for a day, and Nordic Airlines cancelled 300 flights. Ports near Paris were spared.
`,
    });
    expect(analyseQuestion(south, 'How many flights did Southwest Airlines cancel?').unknownNames).toContain(
      'Southwest',
    );
    // Before a common noun, a word that shares its start with an article's word may be its other
    // form, or a typo of it.
    expect(analyseQuestion(south, 'How many Parisien Captains lost radios?').unknownNames).toEqual([]);
  });

  it('GIVEN a date in the question THEN it is a constraint', () => {
    expect(analyseQuestion(ctx, 'What happened at Nordlink in March 2020?').date()?.iso).toBe('2020-03');
  });
});

describe('chat names: initials and "the guy from"', () => {
  it.each([
    ['wat did iv say abt politics', 'Ingrid Vale'],
    ["who is os's finance chief", 'Ola Strand'],
    ['What did IV say?', 'Ingrid Vale'],
  ])('GIVEN "%s" THEN the initials name %s', (question, name) => {
    expect(analyseQuestion(ctx, question).focus.map((e) => e.name)).toContain(name);
  });

  it('GIVEN initials that are an English word ("am") THEN they name no one', () => {
    const withAm = tinyContext({
      'a.txt': 'Radio maker grows\n\nBy Anna Berg\n\nAlva Morten said the company would grow.',
    });
    expect(
      analyseQuestion(withAm, 'what am i missing about the company').focus.map((e) => e.name),
    ).not.toContain('Alva Morten');
  });

  it('GIVEN a body\'s acronym the articles never write ("the NMA chairman") THEN the title holding its full name names its holder', () => {
    const withBody = tinyContext({
      'a.txt':
        'Port rules tightened\n\nBy Anna Berg\n\nNordic Maritime Authority Chairman Ivar Lund called the new rules "a long overdue step for every harbour." The Union of Nordic Ports welcomed them.',
    });
    const query = analyseQuestion(withBody, 'What did the NMA chairman say about the rules?');
    expect(query.focus.map((e) => e.name)).toContain('Ivar Lund');
    expect(query.unknownNames).toEqual([]);
    const reply = answerQuestion(withBody, 'What did the NMA chairman say about the rules?');
    expect(replyToPlainText(reply)).toContain('long overdue step');
    // (Two letters spell too much: "UN" is not taken for the Union of Nordic Ports.)
    expect(analyseQuestion(withBody, 'What did the UN say?').text).toContain('the UN say');
  });

  it('GIVEN "who is the guy from <org>" THEN "guy" is no topic word the articles lack', () => {
    const reply = answerQuestion(ctx, "who's the guy from bergen");
    expect(reply.found).toBe(true);
    expect(replyToPlainText(reply)).toContain('Ingrid Vale');
  });
});

describe('an organisation named by its short form', () => {
  const shortForms = tinyContext({
    'chips.txt':
      'Chip plants spread\n\nBy Anna Berg\n\nNordvik Electronics makes memory chips in Busan. Nordvik said sales rose. Summit Radio makes radios; Summit said it would build a plant.',
  });

  it('GIVEN a short form no dictionary knows ("Nordvik") THEN it names the organisation outright', () => {
    expect(analyseQuestion(shortForms, 'When did Nordvik open a plant?').named.map((e) => e.name)).toContain(
      'Nordvik Electronics',
    );
  });

  it('GIVEN a short form that is an English word ("Kestrel") THEN it may mean the word: no outright name', () => {
    expect(
      analyseQuestion(shortForms, 'When did Kestrel open a plant?').named.map((e) => e.name),
    ).not.toContain('Kestrel Systems');
  });
});

describe('a speaker named by what the articles call an organisation', () => {
  const described = tinyContext({
    'fund.txt':
      'Fund writes off stake\n\nBy Anna Berg\n\nOn Thursday, Norway\'s state investment firm Fjordkap said it would write off its stake. "Our belief in the founder appears to be misplaced," Fjordkap said in a statement.',
  });

  it('GIVEN "What did Norway\'s state investment firm say about the founder?" THEN the speaker phrase is whole ("state in…" is no "state in")', () => {
    const intent = analyseQuestion(
      described,
      "What did Norway's state investment firm say about the founder?",
    ).intent;
    expect(intent).toMatchObject({
      kind: 'quotes',
      person: "Norway's state investment firm",
      topic: 'the founder',
    });
  });

  it('GIVEN that description THEN it names the organisation, and its words answer', () => {
    expect(described.roles.described("Norway's state investment firm")?.name).toBe('Fjordkap');
    expect(described.roles.described('investment firm')?.name).toBe('Fjordkap');
    expect(described.roles.described("Sweden's pension fund")).toBeUndefined();
    const reply = answerQuestion(described, "What did Norway's state investment firm say about the founder?");
    expect(replyToPlainText(reply)).toContain('misplaced');
  });
});

describe("a country's name is no typo of another name", () => {
  it('GIVEN "Northway Digital" in the articles THEN "norway" does not link to it', () => {
    const ctx2 = tinyContext({
      'n.txt':
        'Exchange grows\n\nBy Anna Berg\n\nNorthway Digital, a crypto exchange, said it had 2 million users.',
    });
    expect(analyseQuestion(ctx2, 'who is the king of norway').focus.map((e) => e.name)).not.toContain(
      'Northway Digital',
    );
    expect(analyseQuestion(ctx2, 'what did northway digtal say').focus.map((e) => e.name)).toContain(
      'Northway Digital',
    );
  });
});

describe('a hyphenated name', () => {
  it('GIVEN "Ingrid Lund-Holm" in the articles THEN the question names her outright, as written', () => {
    const hyphen = tinyContext({
      'h.txt':
        'Founder charged\n\nBy Anna Berg\n\nProsecutors said Ingrid Lund-Holm, the founder of Nordvik, was charged with fraud on Tuesday.',
    });
    expect(analyseQuestion(hyphen, 'When was Ingrid Lund-Holm charged?').named.map((e) => e.name)).toContain(
      'Ingrid Lund-Holm',
    );
  });
});

describe('a post asked for', () => {
  it('GIVEN "What was the name of the captain of X?" THEN a person is asked for', () => {
    expect(analyseQuestion(ctx, 'What was the name of the captain of the Nordstar?').answerType).toBe(
      'person',
    );
  });

  it('GIVEN "whos runnin X now that Y quit" THEN who runs X, the clause aside', () => {
    expect(analyseQuestion(ctx, 'whos runnin kestrel now that strand quit').intent).toMatchObject({
      kind: 'role',
      role: 'head',
      org: 'kestrel',
    });
  });

  it('GIVEN a span of years after the body ("president of Kestrel College from 1869 to 1909") THEN the body alone', () => {
    expect(
      analyseQuestion(ctx, 'Who was president of Kestrel College from 1869 to 1909?').intent,
    ).toMatchObject({
      kind: 'role',
      org: 'Kestrel College',
    });
  });
});
