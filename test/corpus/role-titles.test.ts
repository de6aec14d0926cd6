// A title before a name is the person's role, even when it runs on ("Secretary of Defense").
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/index.js';

const people = (text: string) =>
  parseCorpus([{ file: 'a.txt', bytes: new TextEncoder().encode(`Talks held\n\nBy Ann Lee\n\n${text}\n`) }])
    .entities.filter((e) => e.type === 'person')
    .map((e) => ({ name: e.name, roles: e.roles.map((r) => r.title) }));

describe('titles before names', () => {
  it('GIVEN "Secretary of Defense James Schlesinger" THEN the title runs on and the name is the person', () => {
    expect(people('U.S. Secretary of Defense James Schlesinger met reporters.')).toContainEqual({
      name: 'James Schlesinger',
      roles: ['U.S. Secretary of Defense'],
    });
  });

  it('GIVEN "the Director of National Intelligence" with no name after THEN no person "National Intelligence"; with a name, the title is hers', () => {
    const names = people(
      'The statement was signed by the FBI and the Director of National Intelligence.',
    ).map((p) => p.name);
    expect(names).not.toContain('National Intelligence');
    expect(people('Director of National Intelligence Avril Haines met reporters.')).toContainEqual({
      name: 'Avril Haines',
      roles: ['Director of National Intelligence'],
    });
  });

  it('GIVEN such a title opening the sentence THEN it is still the title', () => {
    expect(people('Secretary for Trade Liz Truss met reporters.')).toContainEqual({
      name: 'Liz Truss',
      roles: ['Secretary for Trade'],
    });
  });

  it('GIVEN a first name that is a dictionary word opening the sentence, before a surname a role describes THEN the whole name', () => {
    expect(
      people(
        'Labour said ministers were slow. Chi Onwurah, the shadow digital minister, said they had left it late.',
      ),
    ).toContainEqual({ name: 'Chi Onwurah', roles: ['shadow digital minister'] });
    // (A word the article writes in lower case opens the sentence as a word: "Critics" is no first name.)
    const critics = people('The critics were loud. Critics Onwurah, the shadow digital minister, said so.');
    expect(critics.map((p) => p.name)).not.toContain('Critics Onwurah');
  });

  it('GIVEN "a new security chief, Priya Nair" THEN the plain noun qualifies the title, the adjective does not', () => {
    expect(
      people('The company said it had hired a new security chief, Priya Nair, who joined from a bank.'),
    ).toContainEqual({ name: 'Priya Nair', roles: ['security chief'] });
  });

  it('GIVEN a verb before a title ("killing King Harold") THEN the verb is no part of it', () => {
    const king = people('The Normans won at Hastings, killing King Harold Godwinson in the battle.');
    expect(king.find((p) => p.name === 'Harold Godwinson')?.roles ?? []).not.toContainEqual(
      expect.stringContaining('killing'),
    );
  });
});

describe('a title of "the company" or "its"', () => {
  const rolesOf = (text: string, name: string) =>
    parseCorpus([{ file: 'a.txt', bytes: new TextEncoder().encode(`Talks held\n\nBy Ann Lee\n\n${text}\n`) }])
      .entities.find((e) => e.name === name)
      ?.roles.map((r) => r.of);

  it('GIVEN "its boss" after a sentence about a company THEN the boss is that company’s', () => {
    const text =
      'Nordlink, the biggest customer for Kestrel radios, has a great deal at stake. Ola Strand, its boss, warned against a ban.';
    expect(rolesOf(text, 'Ola Strand')).toEqual(['Nordlink']);
  });

  it('GIVEN "a vice president at the company" with no company in the sentence THEN the article’s company', () => {
    const text = [
      'Kestrel welcomed the outcome.',
      'Kestrel has sold radios in Norway for a decade.',
      '"We are reassured," said Jon Dahl, a vice president at the company.',
    ].join('\n\n');
    expect(rolesOf(text, 'Jon Dahl')).toEqual(['Kestrel']);
  });
});

describe('titles beside other names', () => {
  it('GIVEN "sent to President A and Prime Minister B" THEN B is prime minister, and A is no owner of it', () => {
    expect(
      people('A report was sent to President Nabil Haddad and Prime Minister Omar Saleh on July 20.'),
    ).toContainEqual({ name: 'Omar Saleh', roles: ['Prime Minister'] });
  });

  it('GIVEN ", Prime Minister B and Speaker C," after a name THEN that list is no role of the first', () => {
    const found = people(
      'Later he met Nabil Haddad, Prime Minister Omar Saleh and Speaker Rami Aziz, and others.',
    );
    expect(found.find((p) => p.name === 'Nabil Haddad')?.roles ?? []).toEqual([]);
  });
});

describe('countries by their people', () => {
  it('GIVEN "Qatari" and "Lebanese" THEN the places Qatar and Lebanon, which no hand list names', () => {
    const places = parseCorpus([
      {
        file: 'a.txt',
        bytes: new TextEncoder().encode(
          'Aid arrives\n\nBy Ann Lee\n\nQatari planes landed with aid for Lebanese hospitals.\n',
        ),
      },
    ]).entities.filter((e) => e.type === 'place');
    expect(places.map((p) => p.name).sort()).toEqual(['Lebanon', 'Qatar']);
  });
});

describe('a title naming a list of portfolios', () => {
  it('GIVEN "Digital, Culture, Media and Sport Secretary Ola Dahl" THEN the whole title is the role', () => {
    expect(
      people('Digital, Culture, Media and Sport Secretary Ola Dahl announced the ban on Tuesday.')
        .find((p) => p.name === 'Ola Dahl')
        ?.roles.some((r) => r.startsWith('Digital, Culture, Media and Sport Secretary')),
    ).toBe(true);
  });
});

describe('a title given by a verb of appointment', () => {
  const rolesOf = (text: string, name: string) =>
    parseCorpus([
      { file: 'a.txt', bytes: new TextEncoder().encode(`Chief named\n\nBy Ann Lee\n\n${text}\n`) },
    ])
      .entities.find((e) => e.name === name)
      ?.roles.map((r) => `${r.title}${r.of ? ` | ${r.of}` : ''}`);

  it('GIVEN "X will take over as interim global head" THEN that is her role, at the article\'s company', () => {
    const text =
      'Kestrel said its chief had resigned. Vanessa Lund, the general manager of its US business, will take over as interim global head.';
    expect(rolesOf(text, 'Vanessa Lund')).toContain('interim global head | Kestrel');
  });

  it('GIVEN "X joined Y in 2013 as a lab associate" THEN a job below the boardroom is a role too', () => {
    const text =
      'Kestrel Labs grew fast. Erika Lund joined Kestrel Labs in 2013 as a lab associate, fresh out of college.';
    expect(rolesOf(text, 'Erika Lund')?.some((r) => r.startsWith('lab associate'))).toBe(true);
  });

  it('GIVEN "X was named by Y" THEN "by Y" is no title of X', () => {
    const text = 'Ola Dahl, a military judge, was named by Justice Minister Eva Lind on Thursday.';
    expect((rolesOf(text, 'Ola Dahl') ?? []).some((r) => r.startsWith('by'))).toBe(false);
  });
});

describe('a company title named bare, and a dictionary word that speaks', () => {
  const corpus = parseCorpus([
    {
      file: 'a.txt',
      bytes: new TextEncoder().encode(`Companies pledge money for cathedral

By Ann Lee

PARIS, April 17, 2019 – Large French companies pledged money on Tuesday to rebuild the cathedral after the fire.

Apple also said it would contribute. "Apple will be donating to help rebuild," chief executive Tim Cook wrote on Twitter.
`),
    },
  ]);

  it('GIVEN "Apple also said …" THEN Apple is an organisation, though "apple" is a dictionary word', () => {
    expect(corpus.entities.find((e) => e.name === 'Apple')?.type).toBe('org');
  });

  it('GIVEN "chief executive Tim Cook" after a sentence about Apple THEN he is Apple\'s chief executive', () => {
    const cook = corpus.entities.find((e) => e.name === 'Tim Cook');
    expect(cook?.roles.map((r) => [r.title, r.of])).toContainEqual(['chief executive', 'Apple']);
  });
});

describe('what an organisation is', () => {
  const corpus = parseCorpus([
    {
      file: 'o.txt',
      bytes: new TextEncoder().encode(`Sweden excludes suppliers

By Ann Lee

STOCKHOLM, Oct 20, 2020 – Operators must not use Kestrel gear, after telecoms regulator PTS ruled on Tuesday.

The decision was welcomed by ANSSI, the national cybersecurity agency, whose director-general, Paul Marin, said it was wise.
`),
    },
  ]);
  const described = (name: string) => corpus.entities.find((e) => e.name === name)?.roles.map((r) => r.title);

  it('GIVEN "telecoms regulator PTS" and "ANSSI, the national cybersecurity agency," THEN their descriptions, without the words before', () => {
    expect(described('PTS')).toEqual(['telecoms regulator']);
    expect(described('ANSSI')).toEqual(['national cybersecurity agency']);
  });
});

describe('one of several holders', () => {
  it('GIVEN "Lance Wade, one of Ms Holmes\'s lawyers at Williams & Connolly," THEN his title, in the singular sense', () => {
    const found = people(
      '"Failure is not a crime," said Lance Wade, one of Ms Holmes\'s lawyers at the firm Williams & Connolly.',
    );
    expect(found.find((p) => p.name === 'Lance Wade')?.roles.join(' ')).toMatch(/^Ms Holmes's lawyers/);
  });
});

describe('a title held at a body the text named before it', () => {
  const roles = (text: string, name: string) =>
    parseCorpus([{ file: 'a.txt', bytes: new TextEncoder().encode(`Talks held\n\nBy Ann Lee\n\n${text}\n`) }])
      .entities.find((e) => e.name === name)
      ?.roles.map((r) => ({ title: r.title, of: r.of }));

  it('GIVEN "Mary Nichols, the board\'s chair," after the California Air Resources Board THEN she chairs that board', () => {
    expect(
      roles(
        "The California Air Resources Board said it had opened its own investigation. Mary Nichols, the board's chair, said the cars would be repaired.",
        'Mary Nichols',
      ),
    ).toContainEqual({ title: "board's chair", of: 'California Air Resources Board' });
  });

  it('GIVEN "ministry spokesman Gao Feng" after "China\'s commerce ministry said" THEN the ministry is that one', () => {
    expect(
      roles(
        'In Beijing, China\'s commerce ministry said on Thursday it would act.\n\n"We firmly oppose this," ministry spokesman Gao Feng told a news briefing.',
        'Gao Feng',
      ),
    ).toContainEqual({ title: 'ministry spokesman', of: "China's commerce ministry" });
  });

  it('GIVEN "the group\'s general counsel, Carri Bennet," after the Rural Wireless Association THEN she is its counsel', () => {
    const found = roles(
      "The Rural Wireless Association estimates that a quarter of its members use the gear. According to the group's general counsel, Carri Bennet, replacing it could cost $1 billion.",
      'Carri Bennet',
    );
    expect(found?.find((r) => /general counsel/.test(r.title))?.of).toBe('Rural Wireless Association');
  });

  it('GIVEN "Sen. Ola Dahl, D-Va., the committee\'s chairman," after a committee and another organisation THEN she chairs the committee, and the party tag is no name', () => {
    const text =
      "The Senate Budget Committee held a hearing on the port. Executives told the committee that Nordhavn's scanners failed.\n\nSen. Ola Dahl, D-Va., the committee's chairman, said the failures were serious.";
    expect(roles(text, 'Ola Dahl')).toContainEqual({
      title: "committee's chairman",
      of: 'Senate Budget Committee',
    });
    const names = parseCorpus([
      { file: 'a.txt', bytes: new TextEncoder().encode(`Talks held\n\nBy Ann Lee\n\n${text}\n`) },
    ]).entities.map((e) => e.name);
    expect(names).not.toContain('D-Va');
  });

  it('GIVEN ", the Mississippi Republican who leads the committee," THEN he heads the committee named before; "who chairs the X and Y Committee" the whole body', () => {
    expect(
      roles(
        'The Senate Budget Committee met on Tuesday.\n\nSenator Ola Dahl, the Mississippi Republican who leads the committee, said the crashes were preventable.',
        'Ola Dahl',
      ),
    ).toContainEqual({ title: 'head of the committee', of: 'Senate Budget Committee' });
    expect(
      roles(
        'Representative Per Lund, the Oregon Democrat who chairs the House Transportation and Infrastructure Committee, spoke.',
        'Per Lund',
      ),
    ).toContainEqual({
      title: 'chair of the House Transportation and Infrastructure Committee',
      of: 'House Transportation and Infrastructure Committee',
    });
  });

  it('GIVEN "a subcommittee questioned Kestrel" then "who chairs the subcommittee" THEN the chair is no post of Kestrel, the body questioned', () => {
    const found = roles(
      'A cybersecurity subcommittee questioned Kestrel on Tuesday.\n\nRep. Ola Dahl, the Bergen Republican who chairs the subcommittee, said he wanted answers.',
      'Ola Dahl',
    );
    expect((found ?? []).map((r) => r.title)).toContain('chair of the subcommittee');
    expect((found ?? []).some((r) => r.of === 'Kestrel')).toBe(false);
  });

  it('GIVEN ", the veteran restructuring executive who has run the exchange," THEN the title ends before "who"', () => {
    expect(
      roles(
        'John Ray, the veteran restructuring executive who has run the exchange since May, has been clawing money back.',
        'John Ray',
      )?.map((r) => r.title),
    ).toEqual(['veteran restructuring executive']);
  });
});

describe('a person known by the apposition after the name', () => {
  it('GIVEN "Orvo Stone, the chief executive of Vantair," (a surname that is an English word) THEN a person with that role', () => {
    expect(
      people('The rally got a push from Orvo Stone, the chief executive of Vantair, who posted one word.'),
    ).toContainEqual({
      name: 'Orvo Stone',
      roles: ['chief executive of Vantair'],
    });
  });

  it('GIVEN an organisation\'s name followed by "who" THEN still an organisation', () => {
    expect(
      people('Orvo Systems, who make the radios, declined to comment.').map((p) => p.name),
    ).not.toContain('Orvo Systems');
  });
});

describe('a body whose name holds "and"', () => {
  const orgs = (text: string) =>
    parseCorpus([{ file: 'a.txt', bytes: new TextEncoder().encode(`Talks held\n\nBy Ann Lee\n\n${text}\n`) }])
      .entities.filter((e) => e.type === 'org')
      .map((e) => e.name);

  it('GIVEN "the acting chair of the Ports and Harbours Authority (PHA), Orvo Lind," THEN his title names the body, whole', () => {
    const text =
      'She wrote to the acting chair of the Ports and Harbours Authority (PHA), Orvo Lind, asking why.';
    expect(people(text)).toContainEqual({
      name: 'Orvo Lind',
      roles: ['acting chair of the Ports and Harbours Authority (PHA)'],
    });
    expect(orgs(text)).toContain('Ports and Harbours Authority');
  });

  it('GIVEN two names joined by "and" ("Vantair and Kestrel Systems") THEN two organisations', () => {
    expect(orgs('Vantair and Kestrel Systems declined to comment.')).toEqual(
      expect.arrayContaining(['Vantair', 'Kestrel Systems']),
    );
  });
});

describe('a post another person owns', () => {
  it('GIVEN "said Orvo Lind, President Per Dahl\'s security adviser, in a statement" THEN Lind holds the post', () => {
    expect(
      people('"It is a threat," said Orvo Lind, President Per Dahl\'s security adviser, in a statement.'),
    ).toContainEqual({ name: 'Orvo Lind', roles: ["President Per Dahl's security adviser"] });
  });
});
