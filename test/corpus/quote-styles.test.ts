// Attribution styles of wire services and magazines, on small articles written for these tests.
import { describe, expect, it } from 'vitest';
import { createDossier, parseCorpus, replyToPlainText } from '../../src/index.js';

const article = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });

const wire = article(
  'wire.txt',
  `Port operator weighs scanner supplier

By Sarah Chen

OTTAWA, May 4, 2020 (Reuters) - Canada is still reviewing whether to allow Nuctech scanners at its ports, officials said on Monday.

According to Transport Minister Marc Garneau, "no decision has been taken and all options remain on the table."

"We will make the right decision for Canadians," Prime Minister Justin Trudeau told reporters in Ottawa. He added that the government would not be rushed.

"Canada should not cave to pressure," a Nuctech Canada spokesman, Alykhan Velshi, told Reuters.

Port chief Dana Whitfield spoke to reporters on Monday. On Tuesday morning, Whitfield released a statement about the scanners.

"Wanting to be careful, I asked for a second review of every scanner," the statement said.

The port union issued a statement on Wednesday. "We will not load ships that have not been scanned," the statement read.

The Halden Port Authority released a statement on Thursday. "Every container will be checked by hand until the scanners are replaced," the statement read.

Senator Ola Brand, who has blocked the port budget, called it "a gift to smugglers and a disaster for the coast".

Whitfield later met the minister. She argued that the ministry's delay "was a decision to leave the ports exposed for another year," and said she would write to the minister.
`,
);

const magazine = article(
  'magazine.txt',
  `Skip to content
The Monthly
Menu

Business | Ports

A scanner maker's moment in the sun

As Western governments turn on Nuctech, its Nordic rival sees an opening

Feb 7th 2020 | HELSINKI

IT IS NOT often that a Finnish firm finds itself at the centre of a superpower rivalry. Smiths Detection now stands there.

Pekka Lundmark, who will take over as the group's boss in August, sounds measured. "We do not celebrate anyone's misfortune," he says.
`,
);

const corpus = parseCorpus([wire, magazine]);
const dossier = createDossier(corpus);
const quotesOf = (name: string) => corpus.quotes.filter((q) => q.speakerName === name).map((q) => q.text);

describe('GIVEN attribution styles of wire copy', () => {
  it('THEN "According to X, \\"...\\"" is X speaking', () => {
    expect(quotesOf('Marc Garneau').join(' ')).toContain('no decision has been taken');
  });

  it('THEN a speaker in apposition after the quote is the person, not the previous speaker', () => {
    expect(quotesOf('Alykhan Velshi').join(' ')).toContain('should not cave');
    expect(quotesOf('Justin Trudeau').join(' ')).not.toContain('should not cave');
  });

  it('THEN ""…," the statement read" is whoever issued it, and no one when the issuer is unnamed', () => {
    const union = corpus.quotes.find((q) => q.text.includes('not load ships'));
    // (A union no name stands for: better no quote than another speaker's.)
    expect(union?.speakerName).toBeUndefined();
    expect(quotesOf('Halden Port Authority').join(' ')).toContain('checked by hand');
  });

  it('THEN "X … called it "…"" is X speaking: words that name a thing in their own terms', () => {
    expect(quotesOf('Ola Brand').join(' ')).toContain('a gift to smugglers');
  });

  it('THEN "X called the scanner plan "…"" is X speaking: a thing named by a noun, not only "it"', () => {
    const named = parseCorpus([
      article(
        'plan.txt',
        'Scanner plan criticised\n\nBy Ann Lee\n\nSenator Ola Brand called the scanner plan "a costly mistake that helps no one" on Monday.\n',
      ),
    ]);
    expect(named.quotes.find((q) => q.text.includes('costly mistake'))?.speakerName).toBe('Ola Brand');
  });

  it('THEN "“…,” it said" after a sentence whose subject is an organisation is that organisation, not the one that spoke before', () => {
    const embassy = parseCorpus([
      article(
        'embassy.txt',
        'Embassy rejects claims\n\nBy Ann Lee\n\n"We found the intruders in our own network," Kestrel Systems said on Monday.\n\nThe Norland Embassy in Oslo rejected the accusations in a statement posted to Facebook. "Norland does not conduct offensive operations in the cyber domain," it said.\n',
      ),
    ]);
    expect(embassy.quotes.find((q) => q.text.includes('offensive operations'))?.speakerName).toBe(
      'Norland Embassy',
    );
  });

  it('THEN "the statement said" after "X released a statement" is X speaking, a person as much as a company', () => {
    expect(quotesOf('Dana Whitfield').join(' ')).toContain('second review of every scanner');
  });

  it('THEN a quote inside "She argued that …" followed by "and said" is hers (the conjunction names no one)', () => {
    expect(quotesOf('Dana Whitfield').join(' ')).toContain('leave the ports exposed');
  });

  it("THEN a company's national arm is an organisation and its spokesman speaks for the company", () => {
    expect(corpus.entities.find((e) => e.name === 'Nuctech Canada')?.type).toBe('org');
    const reply = dossier.answer('what did Nuctech say?');
    expect(reply.found).toBe(true);
    expect(replyToPlainText(reply)).toContain('should not cave');
  });

  it('THEN the byline gives the author, and the author is never a speaker', () => {
    expect(corpus.documents.find((d) => d.file === 'wire.txt')?.author).toBe('Sarah Chen');
    expect(corpus.quotes.some((q) => q.speakerName === 'Sarah Chen')).toBe(false);
  });
});

describe('GIVEN a magazine layout', () => {
  it('THEN the headline is the line above the comma-clause standfirst, the masthead the outlet', () => {
    const doc = corpus.documents.find((d) => d.file === 'magazine.txt');
    expect(doc?.title).toBe("A scanner maker's moment in the sun");
    expect(doc?.outlet).toBe('The Monthly');
    expect(doc?.date).toBe('2020-02-07');
  });

  it('THEN small capitals opening the story are no name', () => {
    expect(corpus.entities.some((e) => e.name === 'IS NOT')).toBe(false);
  });

  it('THEN "he says" after a quote is the person named before, with no invented role', () => {
    expect(quotesOf('Pekka Lundmark').join(' ')).toContain('celebrate');
    const person = corpus.entities.find((e) => e.name === 'Pekka Lundmark');
    expect(person?.roles.some((r) => r.title.startsWith('who'))).toBe(false);
  });
});

describe('GIVEN a dateline with an agency and "officials said"', () => {
  const corpus = parseCorpus([
    article(
      'ap.txt',
      `Police arrest executive

By Daniel Okafor

HELSINKI (AP) — Finnish police have arrested the finance chief of a marine electronics maker at the request of the United States, officials said Wednesday.

Analysts said the arrest would strain relations with Beijing.
`,
    ),
  ]);
  const speakers = corpus.quotes.map((q) => q.speakerName);

  it('THEN neither the agency nor anyone else speaks for the unnamed officials, and "United States" holds no verb', () => {
    expect(speakers).not.toContain('AP');
    expect(speakers).not.toContain('Finnish');
    expect(corpus.quotes.filter((q) => q.text.includes('Finnish police'))).toEqual([]);
  });
});

describe('GIVEN "he said" after a sentence naming someone new in the same paragraph', () => {
  const corpus = parseCorpus([
    article(
      'court.txt',
      `Judge lets extradition case go ahead

By Daniel Okafor

VANCOUVER (Reuters) - Associate Chief Justice Heather Holmes ruled on Wednesday that the case against Lena Moe can go ahead.

"This case is about sanctions, dressed up as fraud," defence lawyer Richard Peck told the court in January.

Kestrel spokesman Ed Brewster was blunt. "This disappointing decision is bad news for everyone," he said.

Her lawyers had argued that the case was really about sanctions on Iran.

NAA Administrator Steve Dale said the ruling changed nothing.

Central Bank Governor Yi Gang said the risks were controllable. He did not say whether the state would step in.

Holmes rejected that view. "Ms. Moe's approach would seriously limit Canada's ability to fulfil its obligations," she wrote.

The Department of Justice declined to comment.
`,
    ),
  ]);
  const quotesOf = (name: string) => corpus.quotes.filter((q) => q.speakerName === name).map((q) => q.text);

  it('THEN the pronoun is the person just written of, not the last speaker', () => {
    expect(quotesOf('Ed Brewster').join(' ')).toContain('bad news');
    expect(quotesOf('Richard Peck').join(' ')).not.toContain('bad news');
  });

  it('THEN "she wrote" is the judge named before it, not the person named inside the quote', () => {
    expect(quotesOf('Heather Holmes').join(' ')).toContain('seriously limit');
    expect(quotesOf('Lena Moe').join(' ')).not.toContain('seriously limit');
  });

  it('THEN "her lawyers argued" are not her words', () => {
    expect(corpus.quotes.filter((q) => q.text.includes('really about sanctions'))).toEqual([]);
  });

  it('THEN "Justice" is a title before a name, and stays the last word of "Department of Justice"', () => {
    expect(corpus.entities.find((e) => e.name === 'Heather Holmes')?.type).toBe('person');
    expect(corpus.entities.some((e) => e.name === 'Department of Justice')).toBe(true);
  });

  it('THEN a name after a title is a person, though its words are English ("Gang"), and "did not say" says nothing', () => {
    expect(corpus.entities.find((e) => e.name === 'Yi Gang')?.type).toBe('person');
    expect(quotesOf('Yi Gang').join(' ')).toContain('risks were controllable');
    expect(quotesOf('Yi Gang').join(' ')).not.toContain('step in');
  });

  it('THEN "Administrator" after an acronym is a title, and the name after it a person', () => {
    const dale = corpus.entities.find((e) => e.name === 'Steve Dale');
    expect(dale?.type).toBe('person');
    expect(dale?.roles.map((r) => r.title)).toContain('NAA Administrator');
  });
});

describe('GIVEN reported speech whose subject is a person among longer clauses', () => {
  const corpus = parseCorpus([
    article(
      'memo.txt',
      `Chief steps down

By Daniel Okafor

Writing on the NCSC website, technical director Ian Levy said the rules would force operators to replace older equipment.

Kestrel's founder and chief executive, Ingrid Vale, thanked Moe in a separate memo and said the company understood his decision.
`,
    ),
  ]);
  const speakerOf = (words: string) => corpus.quotes.find((q) => q.text.includes(words))?.speakerName;

  it('THEN a person named, title and all, at the end of the last clause speaks', () => {
    expect(speakerOf('the rules would force')).toBe('Ian Levy');
  });

  it('THEN a clause that is a name alone is the subject its neighbours describe', () => {
    expect(speakerOf('the company understood')).toBe('Ingrid Vale');
  });
});

describe('GIVEN a speaker phrase with the dots of an abbreviation', () => {
  const corpus = parseCorpus([
    article(
      'dots.txt',
      `Ban welcomed

By Daniel Okafor

Washington, by contrast, cheered. "We welcome the ban on apps that serve a surveillance state," U.S. Secretary of State Mike Pompeo told reporters on Wednesday.

"We ran out of beds before nine o'clock," said Dr. Karim Nassar, who runs the emergency ward.
`,
    ),
  ]);
  const speakerOf = (words: string) => corpus.quotes.find((q) => q.text.includes(words))?.speakerName;

  it('THEN "U.S. Secretary of State Mike Pompeo told reporters" is Pompeo speaking', () => {
    expect(speakerOf('surveillance state')).toBe('Mike Pompeo');
  });

  it('THEN "said Dr. Karim Nassar" is the doctor speaking', () => {
    expect(speakerOf('ran out of beds')).toBe('Karim Nassar');
  });
});

describe('GIVEN a surname used in the lead before the full name, and words tweeted or continued with "adding"', () => {
  const corpus = parseCorpus([
    article(
      'ban.txt',
      `Britain bans supplier from 5G

By Sarah Chen

LONDON (AP) — Britain on Tuesday banned Kestrel equipment from its network, siding with the Halvorsen administration in its technology battle with Beijing.

Kestrel said the decision was bad news for consumers.

Operators have until 2027 to remove the gear.

The ban follows months of pressure from Washington.

Lawmakers welcomed the move.

Carriers said the cost would reach billions of pounds.

Shares in the carriers fell on the news.

China's ambassador to Britain, Li Wen, tweeted that it was a "disappointing & wrong decision by the UK on Kestrel," adding that it had "become questionable whether the UK is open to business."

In Washington, President Karl Halvorsen claimed credit for the decision.

"We convinced many countries not to use Kestrel because we think it's an unsafe security risk," Halvorsen told reporters at the White House.
`,
    ),
  ]);
  const speakerOf = (words: string) => corpus.quotes.find((q) => q.text.includes(words))?.speakerName;

  it('THEN the surname after the full name is the person again: "Halvorsen told reporters"', () => {
    expect(speakerOf('convinced many countries')).toBe('Karl Halvorsen');
  });

  it('THEN "tweeted that it was a …" is the ambassador speaking, and ", adding that it …" names no one else', () => {
    expect(speakerOf('wrong decision')).toBe('Li Wen');
    expect(speakerOf('become questionable')).toBe('Li Wen');
  });
});

describe('GIVEN words asked, and a participle after a name', () => {
  const corpus = parseCorpus([
    article(
      'q.txt',
      `Lawmakers question the founder

By Sarah Chen

BRUSSELS, May 22, 2018 (Reuters) - The founder met lawmakers in Brussels on Tuesday.

"Will you be remembered as a genius or as the creator of a digital monster?" Hans Lindqvist asked.

Then-CEO Per Holm, posing for a reporter pretending to be a client, described the methods.

Senator Dick Durbin asked the founder: "Would you be comfortable sharing the name of your hotel?"
`,
    ),
  ]);

  it('THEN "… ?" Hans Lindqvist asked is his question', () => {
    expect(corpus.quotes.find((q) => q.text.includes('digital monster'))?.speakerName).toBe('Hans Lindqvist');
  });

  it('THEN \'Dick Durbin asked the founder: "…"\' is his question', () => {
    expect(corpus.quotes.find((q) => q.text.includes('name of your hotel'))?.speakerName).toBe('Dick Durbin');
  });

  it('THEN ", posing for a reporter …" is no title', () => {
    const holm = corpus.entities.find((e) => e.name === 'Per Holm');
    expect(holm?.roles.map((r) => r.title).join(' | ')).not.toMatch(/posing/);
  });
});

describe('GIVEN a speaker named after the one whose lawyer he is', () => {
  const corpus = parseCorpus([
    article(
      'verdict.txt',
      `Founder found guilty

By Sarah Chen

NEW YORK, Nov 3, 2023 (Reuters) - A jury found Per Holm guilty on all counts on Thursday.

In a statement, Mr Holm's lawyer Dag Lund said: "We respect the jury's decision. But we are very disappointed."
`,
    ),
  ]);

  it("THEN 'Mr Holm's lawyer Dag Lund said: \"…\"' is the lawyer's words, not the owner's", () => {
    expect(corpus.quotes.find((q) => q.text.includes('respect the jury'))?.speakerName).toBe('Dag Lund');
  });
});
