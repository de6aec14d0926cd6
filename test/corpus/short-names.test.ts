// An organisation one article names in full and shortens ("Kestrel Systems" … "Kestrel's"), and
// another names only by the short form, is one organisation across the corpus.
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/index.js';

const article = (file: string, headline: string, body: string) => ({
  file,
  bytes: new TextEncoder().encode(`${headline}\n\nBy Ann Lee\n\n${body}\n`),
});
const organisations = (...articles: ReturnType<typeof article>[]) =>
  parseCorpus(articles)
    .entities.filter((e) => e.type === 'org')
    .map((e) => ({
      name: e.name,
      aliases: e.aliases,
      docs: [...new Set(e.mentions.map((m) => m.doc))].sort(),
    }));

describe('short forms across articles', () => {
  it('GIVEN the full name shortened in one article and the short form in another THEN one organisation', () => {
    const found = organisations(
      article(
        'a.txt',
        'Radio maker grows',
        'Kestrel Systems was founded in 1998 in Bergen. Kestrel’s radios sell well.',
      ),
      article(
        'b.txt',
        'Carrier drops supplier',
        'Nordlink said on Tuesday it would remove Kestrel equipment from its core.',
      ),
    );
    const kestrel = found.find((o) => o.name === 'Kestrel Systems');
    expect(kestrel?.docs).toEqual(['a.txt', 'b.txt']);
    expect(kestrel?.aliases).toContain('Kestrel');
    expect(found.some((o) => o.name === 'Kestrel')).toBe(false);
  });

  it('GIVEN "Full Name of Place (ACRONYM)" in one article and the acronym alone in another THEN one organisation', () => {
    const found = organisations(
      article(
        'a.txt',
        'Grid operator under fire',
        'The Power Reliability Council of Norland (PRCON) ordered cuts on Monday. PRCON said supply was short.',
      ),
      article('b.txt', 'Chief leaves', 'PRCON fired its chief executive on Wednesday.'),
    );
    const council = found.find((o) => o.name === 'Power Reliability Council of Norland');
    expect(council?.docs).toEqual(['a.txt', 'b.txt']);
    expect(found.some((o) => o.name === 'PRCON')).toBe(false);
  });

  it('GIVEN a full name never shortened by its own article THEN the short form elsewhere stays apart', () => {
    const found = organisations(
      article(
        'a.txt',
        'Label reissues albums',
        'Apple Records will reissue four albums in May, Apple Records said.',
      ),
      article('b.txt', 'Phone maker grows', 'Apple sold more phones in Norway this year than any rival.'),
    );
    expect(found.find((o) => o.name === 'Apple Records')?.docs).toEqual(['a.txt']);
  });
});

describe('names in one article', () => {
  it('GIVEN "Lumen Minerals" then "Lumen" in one article THEN one organisation named the longer way', () => {
    const found = organisations(
      article(
        'a.txt',
        'Miners dig in',
        "Lumen Minerals wants to dig an open pit in Nevada. Lumen's shares fell by 30% after the lawsuit.",
      ),
    );
    expect(found.find((o) => o.name === 'Lumen Minerals')?.aliases).toContain('Lumen');
    expect(found.some((o) => o.name === 'Lumen')).toBe(false);
  });

  it('GIVEN a plural noun opening a sentence ("Attackers got in …") THEN it is no organisation', () => {
    const found = organisations(
      article(
        'a.txt',
        'Breach explained',
        'Attackers got in through a test server that had been left online.',
      ),
    );
    expect(found.some((o) => o.name === 'Attackers')).toBe(false);
  });

  it('GIVEN a word used all through an article before a longer name starts with it THEN the word stays its own', () => {
    const found = organisations(
      article(
        'a.txt',
        'Exiles who built a town',
        [
          'Refugees crossed the sea in 1685.',
          'They settled on the coast and farmed.',
          'Huguenot weavers opened workshops within a decade.',
          'Huguenot churches held services in French.',
          'A school founded much later, Huguenot High School, keeps their name.',
        ].join('\n\n'),
      ),
    );
    expect(found.find((o) => o.name === 'Huguenot High School')?.aliases ?? []).not.toContain('Huguenot');
  });
});

describe('a corporate suffix dropped', () => {
  it('GIVEN "Kestrel Technologies" then "Kestrel" in one article and "Kestrel" in another THEN one organisation', () => {
    const found = organisations(
      article('a.txt', 'Deal won', 'Kestrel Technologies won the contract. Kestrel said it was pleased.'),
      article('b.txt', 'Appeal planned', 'Kestrel said on Monday it would appeal the ruling.'),
    );
    expect(found.filter((o) => o.name === 'Kestrel').map((o) => o.docs)).toEqual([['a.txt', 'b.txt']]);
  });
});

describe('an acronym of a full name', () => {
  it('GIVEN one article writing the full name then its initials, and another only the initials THEN one organisation', () => {
    const found = organisations(
      article(
        'a.txt',
        'Regulator clears jet',
        'The Federal Aviation Administration cleared the jet on Wednesday. The FAA set conditions.',
      ),
      article('b.txt', 'Airlines wait', 'Airlines said the FAA had given them no date.'),
    );
    const faa = found.find((o) => o.name === 'Federal Aviation Administration');
    expect(faa?.aliases).toContain('FAA');
    expect(faa?.docs).toEqual(['a.txt', 'b.txt']);
  });

  it('GIVEN articles abbreviating two full names with the same initials THEN the acronym stays itself', () => {
    const found = organisations(
      article('a.txt', 'Two bodies meet', 'The Federal Aviation Administration met the FAA board.'),
      article('c.txt', 'Pilots meet', 'The Fiji Airways Association met the FAA board.'),
      article('b.txt', 'Airlines wait', 'Airlines said the FAA had given them no date.'),
    );
    expect(found.find((o) => o.name === 'FAA')?.docs).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('GIVEN an acronym no article writes after the full name it spells THEN it stays itself', () => {
    const found = organisations(
      article('a.txt', 'Carriers split', 'BT will remove the kit. Bouygues Telecom will keep it.'),
      article('b.txt', 'Carrier pays', 'BT said the cost would be 500 million pounds.'),
    );
    expect(found.find((o) => o.name === 'BT')?.docs).toEqual(['a.txt', 'b.txt']);
    expect(found.find((o) => o.name === 'Bouygues Telecom')?.aliases).toEqual([]);
  });
});

describe('a parent named before its product', () => {
  it('GIVEN "Google" in the lede and "Google Mobile Services" later THEN Google stays Google in every article', () => {
    const found = organisations(
      article(
        'a.txt',
        'Phone ships without apps',
        [
          'The phone runs open Android.',
          'It ships without the Google apps buyers expect.',
          'What it lacks is Google Mobile Services, the bundle with the Play Store.',
        ].join('\n\n'),
      ),
      article('b.txt', 'Search firm complies', 'Google said it was complying with the order.'),
    );
    expect(found.find((o) => o.name === 'Google')?.docs).toEqual(['a.txt', 'b.txt']);
  });
});

const people = (...articles: ReturnType<typeof article>[]) =>
  parseCorpus(articles).entities.filter((e) => e.type === 'person');

describe('people named in one article', () => {
  it('GIVEN "Richard I of Varnia" and "Varnia" alone THEN Varnia is not his name: the place keeps its mentions', () => {
    const found = people(
      article(
        'a.txt',
        'The duchy',
        [
          'Richard I of Varnia ruled the duchy for fifty years.',
          'Varnia later became a province, and Varnia kept its own courts.',
        ].join('\n\n'),
      ),
    );
    const richard = found.find((p) => p.name === 'Richard I of Varnia');
    expect(richard?.aliases ?? []).not.toContain('Varnia');
    expect(richard?.mentions.length).toBe(1);
  });

  it('GIVEN a surname in the standfirst before the full name THEN it is that person', () => {
    const found = people(
      article(
        'a.txt',
        'Bank changes course',
        [
          'Moe promises a smaller branch network.',
          'Lena Moe, the bank’s new chief executive, said on Monday that twelve branches would close.',
          '“We have to be where our customers are,” Moe said.',
        ].join('\n\n'),
      ),
    );
    const moe = found.find((p) => p.name === 'Lena Moe');
    expect(moe?.mentions.length).toBe(3);
  });

  it('GIVEN a word used all through an article before a full name holding it THEN it is not that person', () => {
    const found = people(
      article(
        'a.txt',
        'Market day returns',
        [
          'Farmers returned to the square on Saturday.',
          'Stalls sold cheese, wool and apples.',
          'Wexford traders said sales were the best in years.',
          'Wexford shops stayed open late.',
          'The market was opened by the mayor, Ellen Wexford.',
        ].join('\n\n'),
      ),
    );
    expect(found.find((p) => p.name === 'Ellen Wexford')?.mentions.length).toBe(1);
  });

  it('GIVEN a word in the lead and a full name holding it written only far below THEN it is not that person', () => {
    const found = people(
      article(
        'a.txt',
        'Market day returns',
        [
          'Wexford traders returned to the square on Saturday.',
          ...Array.from({ length: 6 }, (_, i) => `Stall ${i + 1} sold cheese, wool and apples.`),
          'The market was opened by the mayor, Ellen Wexford.',
        ].join('\n\n'),
      ),
    );
    const wexford = found.find((p) => p.name === 'Ellen Wexford');
    expect(wexford?.mentions.length).toBe(1);
    expect(wexford?.aliases).not.toContain('Wexford');
  });

  it('GIVEN a first name that is also a preposition ("Per Dahl") THEN a person', () => {
    const found = people(
      article('a.txt', 'Bank reassured', '"We are reassured," said Per Dahl, a vice president.'),
    );
    expect(found.map((p) => p.name)).toContain('Per Dahl');
  });

  it('GIVEN "Dave" in one article and "David" in another, one surname THEN one person, with a copular role', () => {
    const found = people(
      article(
        'a.txt',
        'Board picks chief',
        'David Calhoun, 62, is a senior director at Blackstone Group and a former vice chairman of Acme Electric.',
      ),
      article(
        'b.txt',
        'New chief speaks',
        'New CEO Dave Calhoun said the company would rather be late than wrong.',
      ),
    );
    const calhoun = found.filter((p) => p.name.endsWith('Calhoun'));
    expect(calhoun.map((p) => p.name)).toEqual(['David Calhoun']);
    expect(calhoun[0]?.aliases).toContain('Dave Calhoun');
    expect(calhoun[0]?.roles.map((r) => r.title)).toEqual(
      expect.arrayContaining([
        'senior director at Blackstone Group',
        'former vice chairman of Acme Electric',
      ]),
    );
  });

  it('GIVEN "Samuel Bankman-Fried" in an official\'s words and "Sam Bankman-Fried" elsewhere in the article THEN one person', () => {
    const found = people(
      article(
        'a.txt',
        'Founder arrested',
        'Sam Bankman-Fried was arrested on Monday.\n\n"Bahamian authorities arrested Samuel Bankman-Fried at the request of the U.S. Government," the attorney said.',
      ),
    );
    expect(found.filter((p) => p.name.endsWith('Bankman-Fried')).map((p) => p.name)).toEqual([
      'Sam Bankman-Fried',
    ]);
  });

  it('GIVEN two first names alike with one surname in the same article THEN two people', () => {
    const found = people(
      article('a.txt', 'Brothers run firm', 'Dan Berg and Daniel Berg run the firm together, Dan Berg said.'),
    );
    expect(found.filter((p) => p.name.endsWith('Berg')).length).toBe(2);
  });

  it('GIVEN a particle between name words ("Jan du Plessis", first name also a month) THEN a person', () => {
    const found = people(
      article(
        'a.txt',
        'Board meets',
        'Its chairman, Jan du Plessis, told shareholders the group would cope.',
      ),
    );
    expect(found.map((p) => p.name)).toContain('Jan du Plessis');
  });

  it('GIVEN a capitalised contraction ("Hasn\'t received", "Didn\'t Kestrel") THEN no name holds it', () => {
    const found = parseCorpus([
      article(
        'a.txt',
        'Orders wait',
        "Nordlink: Hasn't received a single radio.\n\nDidn't Kestrel promise them by May? Nordlink says it did.",
      ),
    ]).entities.map((e) => e.name);
    expect(found).toContain('Kestrel');
    expect(found.filter((n) => /n't/.test(n))).toEqual([]);
  });

  it('GIVEN capitalised words with digits or in capitals ("X.25 UNI") THEN they name no person', () => {
    const found = people(
      article(
        'a.txt',
        'Networks standardise',
        'Operators adopted the X.25 UNI interface in 1976, and many used the NP-complete Boolean test.',
      ),
    );
    expect(found.map((p) => p.name)).toEqual([]);
  });
});

describe('a product named after its maker, and ranks before a name', () => {
  const people = (body: string) =>
    parseCorpus([article('a.txt', 'Carmaker recalls diesel cars', body)]).entities.map((e) => ({
      name: e.name,
      type: e.type,
    }));

  it('GIVEN "Volkswagen Jetta" in a caption and "Volkswagen said" after THEN the company speaks, and the car is no person', () => {
    const found = people(
      'A Volkswagen Jetta TDI is displayed at a dealership in Arlington. Volkswagen said it would recall about 8.5 million cars across Europe. The company said a software update would be enough.',
    );
    expect(found.find((e) => e.name === 'Volkswagen Jetta')?.type).not.toBe('person');
    expect(found.find((e) => e.name === 'Volkswagen')?.type).toBe('org');
  });

  it('GIVEN a maker written as two words run together ("NetHawk Orion") THEN neither it nor the maker alone is a person; "McAllister" and "GebreMariam" still are', () => {
    const found = people(
      'Agencies were told to unplug NetHawk Orion servers. NetHawk said 18,000 customers had installed the update. Tom McAllister, a senator, asked NetHawk for answers.',
    );
    expect(found.find((e) => e.name === 'NetHawk Orion')?.type).toBe('org');
    expect(found.find((e) => e.name === 'NetHawk')?.type).toBe('org');
    expect(found.find((e) => e.name === 'Tom McAllister')?.type).toBe('person');
    // (A name's own inner capital is no compound of English words.)
    expect(
      people('Chief executive Tewolde GebreMariam visited the crash site.').find(
        (e) => e.name === 'Tewolde GebreMariam',
      )?.type,
    ).toBe('person');
  });

  it('GIVEN a lake, a river or a canal named in capitals THEN a place, not an organisation', () => {
    const found = people(
      'The ship waited in the Great Salt Lake before sailing up the Varna River to the Kiel Canal.',
    );
    for (const name of ['Great Salt Lake', 'Varna River', 'Kiel Canal'])
      expect(found.find((e) => e.name === name)?.type).toBe('place');
  });

  it('GIVEN a name someone is president of THEN a company, in the other articles too; the president is a person', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Owner apologises',
        '"We are sorry," said Akira Tanaka, president of Hoshi Kisen Kaisha, on Friday.',
      ),
      article(
        'b.txt',
        'Costs shared',
        'Hoshi Kisen Kaisha declared general average on Thursday and hired adjusters.',
      ),
    ]);
    const type = (name: string) => corpus.entities.find((e) => e.name === name)?.type;
    expect(type('Hoshi Kisen Kaisha')).toBe('org');
    expect(type('Akira Tanaka')).toBe('person');
  });

  it('GIVEN "Lt Gen Osama Rabie" and "Osama Rabie" THEN one person, the rank no part of the name', () => {
    const found = people(
      'Lt Gen Osama Rabie, the chairman of the canal authority, said the ship would stay. Osama Rabie later told reporters that talks were going well.',
    );
    expect(found.filter((e) => /Rabie/.test(e.name)).map((e) => e.name)).toEqual(['Osama Rabie']);
  });

  it('GIVEN a quotation opening with a capitalised preposition ("“For Kestrel users …”") THEN no person "For Kestrel"', () => {
    const found = people(
      'Kestrel said it would keep its phones working. Google tried to reassure them: “For Kestrel users, services will keep working.” Kestrel shipped 206 million phones.',
    );
    expect(found.map((e) => e.name)).not.toContain('For Kestrel');
    expect(found.find((e) => e.name === 'Kestrel')?.type).toBe('org');
  });
});

describe('an umlaut written out in another article', () => {
  it('GIVEN "Hans Dieter Pötsch" in one article and "Hans Dieter Poetsch" in another THEN one person', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Carmaker names chairman',
        'Hans Dieter Pötsch will chair the board, the company said.',
      ),
      article(
        'b.txt',
        'Board picks finance chief',
        'Hans Dieter Poetsch, the finance chief, will become chairman.',
      ),
    ]);
    const named = corpus.entities.filter((e) => /Dieter/.test(e.name));
    expect(named).toHaveLength(1);
    expect(new Set(named[0]?.mentions.map((m) => m.doc))).toEqual(new Set(['a.txt', 'b.txt']));
  });
});

describe('a first word lent to a name only by someone shown to be a person', () => {
  it('GIVEN "Nordvik Kirin" chips in one article and "Nordvik" the company in others THEN Nordvik stays the company', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Chips run out',
        'This may be the last generation of Nordvik Kirin high-end chips, analysts said.',
      ),
      article(
        'b.txt',
        'Supplier blacklisted',
        'The government added Nordvik to a trade blacklist. Nordvik said it would appeal.',
      ),
    ]);
    const nordvik = corpus.entities.find((e) => e.name === 'Nordvik');
    expect(nordvik?.type).toBe('org');
    expect(nordvik?.mentions.map((m) => m.doc)).toContain('b.txt');
  });

  it('GIVEN "Ren Zhengfei, the founder," in one article and "Ren said" in another THEN Ren is him', () => {
    const corpus = parseCorpus([
      article(
        'a.txt',
        'Founder speaks',
        'Ren Zhengfei, the founder of Nordvik, said the company would survive.',
      ),
      article('b.txt', 'Founder defiant', 'Ren said on Tuesday that the ban would not hurt sales.'),
    ]);
    const ren = corpus.entities.find((e) => e.name === 'Ren Zhengfei');
    expect(ren?.mentions.map((m) => m.doc)).toEqual(expect.arrayContaining(['a.txt', 'b.txt']));
  });
});
