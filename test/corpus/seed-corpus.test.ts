// Acceptance of the corpus engine on the five seed articles (issue 3), through the public API only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Corpus, type CorpusDocument, type CorpusEvent, parseCorpus } from '../../src/index.js';
import {
  describeEvent,
  entityNamed,
  holds,
  normalise,
  quotesHolding,
  spokenBy,
  standsFor,
  UNRESOLVED_SPEAKERS,
} from './corpus-lookups.js';

const SEED_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));
const corpus: Corpus = parseCorpus(
  readdirSync(SEED_DIR)
    .filter((file) => /\.(txt|md)$/.test(file))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(SEED_DIR, file))) })),
);

// The seed files by what they are (their names are content hashes).
const DENMARK = '000_c1e49768888e69da.txt';
const REN = '001_bc62cfc10ff16d13.txt';
const ANSIP = '002_6df98165fb3bae8c.txt';
const GERMANY = '003_016be2476e1816a1.txt';
const LU_KANG = '004_0756fba99fc92a35.txt';

function doc(file: string): CorpusDocument {
  const found = corpus.documents.find((candidate) => candidate.file === file);
  if (!found) throw new Error(`${file} was not parsed`);
  return found;
}

describe('GIVEN the five seed articles', () => {
  it('THEN all five load and none is skipped', () => {
    expect(corpus.documents.map((d) => d.file).sort()).toEqual([DENMARK, REN, ANSIP, GERMANY, LU_KANG]);
    expect(corpus.warnings).toEqual([]);
  });

  it.each([
    [DENMARK, 'We don’t pose a security threat – honest – says Chinese telecoms giant'],
    [REN, 'Huawei Deny Spying Risk'],
    [ANSIP, 'Huawei hits back at security allegations'],
    [GERMANY, 'Huawei denies German report on contact with Chinese intelligence'],
  ])('THEN %s has its real headline "%s"', (file, title) => {
    expect(doc(file).title).toBe(title);
  });

  it('THEN the article without a headline is titled by its lead, not by a reading time or tag line', () => {
    const { title, paragraphs } = doc(LU_KANG);
    expect(['2 min', 'Tags in this article']).not.toContain(title);
    expect(title.replace(/…$/, '').length).toBeGreaterThan(20);
    expect(paragraphs[0]?.startsWith(title.replace(/…$/, ''))).toBe(true);
  });

  it('THEN no title is site furniture ("Connect with us", "2 min", a tag line or a section banner)', () => {
    const furniture = [
      'Connect with us',
      '2 min',
      'Tags in this article',
      'Proving the Business Case for the Internet of Things',
    ];
    for (const d of corpus.documents) expect(furniture).not.toContain(d.title);
  });

  it.each([
    [DENMARK, '2019-01-23'],
    [ANSIP, '2018-12-12'],
    [REN, null],
    [GERMANY, null],
    [LU_KANG, null],
  ])('THEN %s is dated %s, never guessed', (file, date) => {
    expect(doc(file).date).toBe(date);
  });

  it('THEN the bylines give the authors', () => {
    expect(doc(DENMARK).author).toBe('Stephen Gadd');
    expect(doc(ANSIP).author).toBe('Steve Rogerson');
  });
});

describe('GIVEN the seed quotes', () => {
  it.each([
    [REN, 'Ren Zhengfei', 'I love my country'],
    [REN, 'Ren Zhengfei', 'no law in China requires any company to install mandatory back doors'],
    [REN, 'Ren Zhengfei', 'I personally would never harm the interest of my customers'],
    [REN, 'Nick Read', 'We are predominately using Huawei in radio'],
    [REN, 'Nick Read', 'We’re putting the call on pause'],
    [REN, 'Alex Younger', 'UK has difficult decisions to take regarding China'],
    [REN, 'Alex Younger', 'comfortable with Chinese ownership of these technologies'],
    [REN, 'Alex Younger', 'It’s not wholly straightforward'],
    [GERMANY, 'Kevin Liu', 'Huawei welcomes Europe’s decision'],
    // The same quote runs on into the next paragraph before its attribution.
    [GERMANY, 'Kevin Liu', 'Huawei has been present in Europe for almost 20 years'],
    [DENMARK, 'Huawei', 'Huawei is an independent organisation'],
    [DENMARK, 'Huawei', 'we would never cause any damage either to nations or persons'],
    [DENMARK, 'Huawei', 'we’ve never used our equipment to access any national data'],
    [ANSIP, 'Huawei', 'We categorically reject any allegation that we might pose a security threat'],
    [ANSIP, 'Huawei', 'Huawei has never been asked by any government to build any backdoors'],
    [GERMANY, 'Huawei', 'has never and will never do anything that threatens'],
  ])('THEN %s quotes %s: "%s"', (file, speaker, phrase) => {
    const found = quotesHolding(corpus, file, phrase);
    expect(found.length, 'quotes holding the phrase').toBeGreaterThan(0);
    expect(found.filter((q) => !spokenBy(corpus, q, speaker)).map((q) => q.speakerName)).toEqual([]);
  });

  it.each([
    'We have noticed that, for some time now',
    'I do not believe that it is conducive to cooperation between countries',
    'As far as I know, Huawei has signed commercial 5G contracts',
    'there are no laws or regulations in China that force companies',
  ])('THEN Lu Kang is the speaker of the reported speech "%s"', (phrase) => {
    const found = quotesHolding(corpus, LU_KANG, phrase);
    expect(found.length).toBeGreaterThan(0);
    for (const quote of found) {
      expect(spokenBy(corpus, quote, 'Lu Kang'), quote.speakerName).toBe(true);
      expect(quote.reported).toBe(true);
    }
  });

  it('THEN no quote is attributed to an author, a pronoun or a bio in a footer', () => {
    const wrong = corpus.quotes.filter(
      (q) =>
        ['Stephen Gadd', 'Steve Rogerson', 'Deng Li'].some((name) => spokenBy(corpus, q, name)) ||
        UNRESOLVED_SPEAKERS.includes(q.speakerName.toLowerCase()),
    );
    expect(wrong.map((q) => `${q.speakerName}: ${q.text.slice(0, 50)}`)).toEqual([]);
  });

  it('THEN every quote and event cites a passage that stands verbatim in its article', () => {
    const raw = new Map(corpus.documents.map((d) => [d.file, normalise(d.raw)]));
    const passages = [...corpus.quotes, ...corpus.events].map((fact) => ({
      doc: fact.doc,
      source: fact.source,
    }));
    const missing = passages.filter(({ doc, source }) => !raw.get(doc)?.includes(normalise(source)));
    expect(missing).toEqual([]);
    for (const quote of corpus.quotes) expect(normalise(quote.source)).toContain(normalise(quote.text));
  });
});

describe('GIVEN the seed people, organisations and places', () => {
  it.each([
    ['Ren Zhengfei', 'founder and CEO'],
    ['Lu Kang', 'spokesman'],
    ['Andrus Ansip', 'vice president'],
    ['Andrus Ansip', 'Commissioner'],
    ['Meng Wanzhou', 'chief financial officer'],
    ['Alex Younger', 'Chief'],
    ['Nick Read', 'CEO'],
    ['Kevin Liu', 'Chief Representative'],
  ])('THEN %s is a person with the role "%s", cited to its sentence', (name, role) => {
    const person = entityNamed(corpus, name);
    expect(person?.type).toBe('person');
    const fitting = (person?.roles ?? []).filter((r) => holds(r.title, role));
    expect(
      fitting.map((r) => r.title),
      JSON.stringify(person?.roles.map((r) => r.title)),
    ).not.toEqual([]);
    for (const r of fitting) expect(corpus.sentences[r.source.sentence]?.doc).toBe(r.source.doc);
  });

  it('THEN every person named in an article body is a person entity', () => {
    const people = [
      'Ren Zhengfei',
      'Alex Younger',
      'Nick Read',
      'Andrus Ansip',
      'Meng Wanzhou',
      'Kevin Liu',
      'Lu Kang',
      'Alexander De Croo',
    ];
    expect(people.filter((name) => entityNamed(corpus, name)?.type !== 'person')).toEqual([]);
  });

  it.each([
    ['Ren', 'Ren Zhengfei'],
    ['Mr Ren', 'Ren Zhengfei'],
    ['Mr Read', 'Nick Read'],
    ['Younger', 'Alex Younger'],
    ['Ansip', 'Andrus Ansip'],
    ['Kang', 'Lu Kang'],
    ['US', 'United States'],
    ['U.S.', 'United States'],
    ['USA', 'United States'],
    ['UK', 'United Kingdom'],
    ['EU', 'European Union'],
    ['Huawei Technologies', 'Huawei'],
  ])('THEN "%s" merges into %s', (alias, name) => {
    expect(entityNamed(corpus, alias)?.name).toBe(name);
  });

  it('THEN each merged entity is listed once', () => {
    const names = corpus.entities.map((e) => e.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    for (const single of ['Huawei Technologies', 'USA', 'U.S.', 'Mr Ren'])
      expect(names).not.toContain(single);
  });
});

describe('GIVEN the seed events', () => {
  const restrictionsBy = (actor: string, verbs: string[], file: string): CorpusEvent[] =>
    corpus.events.filter(
      (e) =>
        e.doc === file &&
        e.kind === 'restriction' &&
        verbs.includes(e.verb) &&
        e.actors.some((id) => standsFor(corpus, id, actor)),
    );
  const listing = (file: string): string =>
    corpus.events
      .filter((e) => e.doc === file)
      .map(describeEvent)
      .join('\n');

  it.each(['United States', 'Canada', 'Australia', 'New Zealand', 'Austria', 'Germany'])(
    'THEN %s took steps to block or limit purchases of Huawei and ZTE equipment',
    (actor) => {
      const found = restrictionsBy(actor, ['block', 'limit'], REN).filter((e) => !e.negated);
      expect(found.length, listing(REN)).toBeGreaterThan(0);
      const targets = found.flatMap((e) => e.targets);
      expect(targets.some((id) => standsFor(corpus, id, 'Huawei'))).toBe(true);
      expect(targets.some((id) => standsFor(corpus, id, 'ZTE'))).toBe(true);
    },
  );

  it.each(['Australia', 'New Zealand', 'United States'])('THEN %s dropped Huawei', (actor) => {
    const found = restrictionsBy(actor, ['drop'], DENMARK).filter((e) => !e.negated);
    expect(
      found.flatMap((e) => e.targets),
      listing(DENMARK),
    ).toContain(entityNamed(corpus, 'Huawei')?.id);
  });

  it('THEN BT removed Huawei equipment from its 4G network in December 2018', () => {
    const [event] = restrictionsBy('BT', ['remove'], REN);
    expect(event, listing(REN)).toBeDefined();
    expect(event?.negated).toBe(false);
    expect(event?.targets).toContain(entityNamed(corpus, 'Huawei')?.id);
    expect(event?.scope).toContain('4G');
    expect(event?.date?.iso).toBe('2018-12');
  });

  it("THEN Vodafone (Nick Read's company) put Huawei in its core on pause", () => {
    const found = [
      ...restrictionsBy('Vodafone', ['pause'], REN),
      ...restrictionsBy('Nick Read', ['pause'], REN),
    ];
    expect(found.length, listing(REN)).toBeGreaterThan(0);
    expect(found.flatMap((e) => e.targets)).toContain(entityNamed(corpus, 'Huawei')?.id);
  });

  it('THEN the EU let members restrict vendors but banned none: the ban is negated', () => {
    const bans = restrictionsBy('European Union', ['ban'], GERMANY);
    expect(bans.length, listing(GERMANY)).toBeGreaterThan(0);
    expect(bans.every((e) => e.negated)).toBe(true);
  });

  it('THEN Belgium opened an investigation into Huawei', () => {
    const found = corpus.events.filter(
      (e) =>
        e.doc === LU_KANG &&
        e.kind === 'investigation' &&
        e.actors.some((id) => standsFor(corpus, id, 'Belgium')),
    );
    expect(
      found.flatMap((e) => e.targets),
      listing(LU_KANG),
    ).toContain(entityNamed(corpus, 'Huawei')?.id);
  });
});

describe('GIVEN the web-copy junk of the seed files', () => {
  const JUNK = [
    'Connect with us',
    '2 min',
    'Tags in this article',
    'This article is more than 5 years old.',
    'Proving the Business Case for the Internet of Things',
    'Who knows what is going on in Huawei’s unassuming office building in the UK? (photo: Given Up/Geograph)',
    'READ ALSO: Chinese telecoms giant tells politicians: you can trust us',
    'Subscribe to our newsletter',
    'Sign up to receive The Daily Post',
    'Latest Podcast',
    'Also, Check:',
    'EU followed UK and allowed Huawei to take part in 5G rollout',
    'UK needed Huawei in 5G to diversify the market, Johnson told Trump',
    'Most of Deng Li’s smartphones are from the Huawei ecosystem',
    'he takes care of his garden',
    'This news article was automatically translated from Dutch',
    'All news articles after September 1, 2019 are written in native English',
  ];

  it('THEN no junk line appears in any sentence or kept paragraph', () => {
    const kept = [
      ...corpus.sentences.map((s) => s.text),
      ...corpus.documents.flatMap((d) => d.paragraphs),
    ].map(normalise);
    const leaked = JUNK.filter((line) => {
      const junk = normalise(line);
      return kept.some((text) => (junk.length >= 20 ? text.includes(junk) : text === junk));
    });
    expect(leaked).toEqual([]);
  });

  it('THEN the raw text keeps everything, for verbatim citations', () => {
    const raw = corpus.documents.map((d) => normalise(d.raw)).join('\n');
    for (const line of JUNK) expect(raw).toContain(normalise(line));
  });

  it('THEN a person named only in a footer bio is no entity', () => {
    expect(entityNamed(corpus, 'Deng Li')).toBeUndefined();
  });
});
