// cleanArticle: raw web copy → headline, byline, date and the article's own paragraphs, verbatim.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean-article.js';

const BODY = [
  'The regulator said on Tuesday that it would review every supplier of radio equipment by the end of the year.',
  '"We will look at the facts, not at the flag," a spokeswoman for the ministry told reporters in the capital.',
];

const page = (...lines: string[]): string => lines.join('\n\n');

describe('cleanArticle: junk lines are dropped, never kept as paragraphs', () => {
  it.each([
    'Subscribe to our newsletter',
    'Sign up to receive The Daily Post',
    'Connect with us',
    'Tags in this article',
    'Tags: 5G, Huawei, Networks',
    '2 min',
    '3 min read',
    'Photo: Reuters',
    'Who knows what is going on in the office? (photo: Given Up/Geograph)',
    'This article is more than 5 years old.',
    'Advertisement',
    'Share this article',
    'Latest Podcast',
    'Most popular',
    '© 2020 Example Media. All rights reserved.',
    '(Reporting by Anna Kowalczyk in Tokyo; Editing by Peter Graff)',
    'Associated Press writer Sara Lindholm in Stockholm contributed to this report.',
    'We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept',
    'This news article was automatically translated from Dutch to give Techzine.eu a head start.',
    'Home > News > Networks',
    'Skip to main content',
    'Your browser does not support the <audio> element.',
    'Enjoy more audio and podcasts on iOS or Android.',
    "Enlarge / The regulator's offices in Dublin.",
    '191 with 87 posters participating',
    'Email jane.doe@example.com // Twitter @janedoe',
    "The regulator's offices in Dublin on Aug. 7, 2020. Photo: Capitol Wire/Jon Elk",
    '[Image] Protesters hang effigies in the square on Saturday. Photo: MENA Newsdesk',
    'Business | Profile   ·   Magazine   ·   Long reads   ·   Podcasts   ·   Subscribe',
    'TelecomWatch   |   News   5G   Security   Devices   Policy   Podcasts   Events',
    'RELATED: Regulator orders the supplier to sell its national business within 90 days',
  ])('GIVEN the line "%s" in a page THEN it is dropped', (junk) => {
    const clean = cleanArticle(page('Regulator reviews radio suppliers', BODY[0] ?? '', junk, BODY[1] ?? ''));
    expect(clean.paragraphs).toEqual(BODY);
    expect(clean.dropped).toContain(junk);
  });

  it('GIVEN a "READ ALSO:" or "Also, Check:" link list THEN its links go too, and the prose after it stays', () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        BODY[0] ?? '',
        'Also, Check:',
        'EU followed UK and allowed Huawei to take part in 5G rollout',
        'UK needed Huawei in 5G to diversify the market, Johnson told Trump',
        BODY[1] ?? '',
        'READ ALSO: Chinese telecoms giant tells politicians: you can trust us',
      ),
    );
    expect(clean.paragraphs).toEqual(BODY);
    expect(clean.dropped).toContain('EU followed UK and allowed Huawei to take part in 5G rollout');
  });

  it('GIVEN an author bio closing the page THEN it is dropped and, without a byline, names the author', () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        ...BODY,
        'Marta Kellner covers telecoms for Baltic Signal and the Warsaw Business Journal. She lives in Gdańsk.',
      ),
    );
    expect(clean.paragraphs).toEqual(BODY);
    expect(clean.author).toBe('Marta Kellner');
  });
});

describe('cleanArticle: a title alone on the first line', () => {
  it.each([
    ['one word', 'Huguenot'],
    ['two words', 'Steam engine'],
    ['a question', 'Who owns 5G?'],
  ])(
    'GIVEN %s, a blank line, then the text THEN it is the headline, not the first paragraph',
    (_what, title) => {
      const clean = cleanArticle(page(title, ...BODY));
      expect(clean.headline).toBe(title);
      expect(clean.paragraphs).toEqual(BODY);
    },
  );

  it('GIVEN a short dateline sentence opening the story THEN it gives the date and stays in the body', () => {
    const clean = cleanArticle(
      page(
        'Spy chief warns on networks',
        'By Mark Lee',
        'LONDON, May 4, 2020 – Alex Younger spoke in Oslo.',
        ...BODY,
      ),
    );
    expect(clean.date).toBe('2020-05-04');
    expect(clean.paragraphs[0]).toBe('LONDON, May 4, 2020 – Alex Younger spoke in Oslo.');
    // A date line alone is header, not body.
    expect(cleanArticle(page('Spy chief warns', 'By Mark Lee', 'May 4, 2020', ...BODY)).paragraphs[0]).toBe(
      BODY[0],
    );
  });

  it('GIVEN a section line under the title THEN the title is the headline, not the section', () => {
    const clean = cleanArticle(`Huawei\nWorld | Trade war\n\n${BODY.join('\n\n')}`);
    expect(clean.headline).toBe('Huawei');
    expect(clean.paragraphs).toEqual(BODY);
  });

  it('GIVEN a byline of a name and the writer\'s job with no comma ("Rowena Dale Political correspondent") THEN it is the byline, not the headline', () => {
    const clean = cleanArticle(
      page(
        'Regulator U-turn fails to satisfy critics as rivals demand a faster deadline',
        "Critics who forced the minister's hand say the deadline is too long, while the opposition accuses ministers of delay",
        'Rowena Dale Political correspondent',
        'Tue 14 Jul 2020 19.05 BST',
        ...BODY,
      ),
    );
    expect(clean.headline).toBe(
      'Regulator U-turn fails to satisfy critics as rivals demand a faster deadline',
    );
    expect(clean.author).toBe('Rowena Dale');
  });

  it('GIVEN the site\'s name above and "By Ann Lee Globe Staff, Updated October 12, 2023, 5:34 p.m." THEN the writer, the day and the headline under the site\'s name', () => {
    const clean = cleanArticle(
      page(
        'The Harbour Globe',
        'BUSINESS',
        'Radio maker discloses SEC probe as lawsuits pile up',
        'By Ann Lee Globe Staff, Updated October 12, 2023, 5:34 p.m.',
        ...BODY,
      ),
    );
    expect(clean.headline).toBe('Radio maker discloses SEC probe as lawsuits pile up');
    expect(clean.author).toBe('Ann Lee');
    expect(clean.date).toBe('2023-10-12');
  });

  it('GIVEN "WASHINGTON DISPATCH | From the October 16, 2017 issue" above the headline and "By Colin Ashworth" under it THEN he is the writer and the headline is the title', () => {
    const clean = cleanArticle(
      page(
        'The Meridian Weekly',
        'WASHINGTON DISPATCH  |  From the October 16, 2017 issue',
        '"Human error": the radio maker\'s ex-chief takes the heat',
        'By Colin Ashworth\nOctober 13, 2017',
        ...BODY,
      ),
    );
    expect(clean.author).toBe('Colin Ashworth');
    expect(clean.headline).toBe('"Human error": the radio maker\'s ex-chief takes the heat');
  });

  it('GIVEN "By Oliver Hanley" then "North America technology reporter" THEN one writer, his beat no second one', () => {
    const clean = cleanArticle(
      page(
        'Radio makers charged over breach',
        'By Oliver Hanley\nNorth America technology reporter',
        ...BODY,
      ),
    );
    expect(clean.author).toBe('Oliver Hanley');
  });

  it('GIVEN "Aug 12th 2024 | NEW YORK" THEN New York is where, not who', () => {
    const clean = cleanArticle(
      page('Radio makers trade letters over a meltdown', 'Aug 12th 2024 | NEW YORK', ...BODY),
    );
    expect(clean.author).toBeNull();
    expect(clean.date).toBe('2024-08-12');
  });

  it('GIVEN a section line under a longer headline THEN the headline still wins', () => {
    const clean = cleanArticle(page('Regulator reviews radio suppliers', 'World | Trade war', ...BODY));
    expect(clean.headline).toBe('Regulator reviews radio suppliers');
  });

  it.each([
    [
      'a lone section word in a run of header lines',
      `Banking\nPublished: 9 January 2020\n\n${BODY.join('\n\n')}`,
    ],
    ['a section word in capitals', page('BUSINESS', ...BODY)],
    ['a first line closed like a label', page('Summary:', ...BODY)],
    ['a first line with no blank line under it', `Huguenot\n${BODY.join('\n\n')}`],
  ])('GIVEN %s THEN it is not taken for the title', (_what, text) => {
    expect(cleanArticle(text).headline).toBeNull();
  });
});

describe('cleanArticle: the header', () => {
  it('GIVEN a kicker, the headline, a byline and a date THEN the headline is the line above the byline', () => {
    const clean = cleanArticle(
      page('Banking', 'Regulator reviews radio suppliers', 'By Jane Doe', 'March 5, 2020', ...BODY),
    );
    expect(clean).toMatchObject({
      headline: 'Regulator reviews radio suppliers',
      author: 'Jane Doe',
      date: '2020-03-05',
    });
    expect(clean.paragraphs).toEqual(BODY);
  });

  it('GIVEN a headline then a standfirst above the byline THEN the headline wins and the standfirst is no paragraph of news', () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        'The review will cover every vendor of radio equipment and could delay faster networks in rural areas by two years',
        'By Jane Doe',
        '5 March 2020',
        ...BODY,
      ),
    );
    expect(clean.headline).toBe('Regulator reviews radio suppliers');
    expect(clean.author).toBe('Jane Doe');
    expect(clean.date).toBe('2020-03-05');
  });

  it('GIVEN a masthead and section line above the headline THEN neither is the headline or a paragraph', () => {
    const clean = cleanArticle(
      page(
        'THE WEEKLY REVIEW',
        'Business | Profile',
        'The quiet engineer who built a chip champion',
        'By Oliver Grant',
        'October 14th, 2019',
        ...BODY,
      ),
    );
    expect(clean.headline).toBe('The quiet engineer who built a chip champion');
    expect(clean.paragraphs).toEqual(BODY);
  });

  it('GIVEN a site tag line above the real headline THEN the headline is the line above the byline', () => {
    const clean = cleanArticle(
      page(
        'Proving the Business Case for the Internet of Things',
        'Huawei hits back at security allegations',
        'Steve Rogerson',
        'December 12, 2018',
        ...BODY,
      ),
    );
    expect(clean).toMatchObject({
      headline: 'Huawei hits back at security allegations',
      author: 'Steve Rogerson',
      date: '2018-12-12',
    });
  });

  it('GIVEN "Published: Thu 9 Jan 2020 10.31 GMT" THEN the date is 2020-01-09', () => {
    const clean = cleanArticle(
      page('Regulator reviews radio suppliers', 'Published: Thu 9 Jan 2020 10.31 GMT', ...BODY),
    );
    expect(clean.date).toBe('2020-01-09');
  });

  it('GIVEN no date line THEN the date is null, never guessed', () => {
    expect(cleanArticle(page('Regulator reviews radio suppliers', 'By Jane Doe', ...BODY)).date).toBeNull();
  });

  it('GIVEN "Name - date, time" on one line THEN the writer and the date, whatever the name\'s words', () => {
    const clean = cleanArticle(
      page(
        'POLICY —',
        'Regulator reviews radio suppliers',
        'Jordan Wells - April 2, 2020, 10:15 AM',
        ...BODY,
      ),
    );
    expect(clean).toMatchObject({
      headline: 'Regulator reviews radio suppliers',
      author: 'Jordan Wells',
      date: '2020-04-02',
    });
  });

  it('GIVEN "Mar 12th 2020 | RENO" under a headline and its long standfirst THEN the date, and the headline over the standfirst', () => {
    const clean = cleanArticle(
      page(
        'The world in brief',
        'Business | Chips with everything',
        'The battle over a lithium mine',
        'A small town in Nevada finds itself at the centre of a global fight over batteries',
        'Mar 12th 2020 | RENO',
        ...BODY,
      ),
    );
    expect(clean).toMatchObject({ headline: 'The battle over a lithium mine', date: '2020-03-12' });
  });

  it('GIVEN readers\' comments after the article THEN they are dropped with the header, and a bio about "a senior policy reporter" too', () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        'By Jane Doe',
        ...BODY,
        'Jane is a senior policy reporter at Example News. She lives in Washington and covers privacy.',
        'Promoted Comments',
        'reader42',
        'Good. Fines are the only language these companies understand, and they should be bigger.',
      ),
    );
    expect(clean.paragraphs).toEqual(BODY);
  });

  it('GIVEN a comment count under the byline THEN the article after it is kept, the count dropped', () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        'Existing suppliers are fine - for now. Future ones? That is another story.',
        'By Jane Doe',
        'May 20, 2019',
        '312 comments',
        ...BODY,
      ),
    );
    expect(clean.paragraphs.slice(-2)).toEqual(BODY);
    expect(clean.paragraphs.join(' ')).not.toContain('312 comments');
  });

  it('GIVEN "By NAME and NAME" in capitals THEN both are the writers, not the headline', () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        'By DANIEL REYES and MEI-LIN CHO',
        'August 15, 2020',
        ...BODY,
      ),
    );
    expect(clean).toMatchObject({
      headline: 'Regulator reviews radio suppliers',
      author: 'DANIEL REYES, MEI-LIN CHO',
    });
  });

  it('GIVEN a byline with an accented name THEN it is the author, not the headline', () => {
    const clean = cleanArticle(
      page('Zürich café chain drops payment terminals', 'By Renée Müller', '17 September 2020', ...BODY),
    );
    expect(clean).toMatchObject({
      headline: 'Zürich café chain drops payment terminals',
      author: 'Renée Müller',
    });
  });
});

describe('cleanArticle: header lines of other sites', () => {
  it.each([
    ['Tom Pearce and Helena Vick', 'Tom Pearce, Helena Vick'],
    ['Rebecca Lam in Beijing and Daniel Harker in Washington', 'Rebecca Lam, Daniel Harker'],
    ['By Aaron Whitfield  @awhitfield', 'Aaron Whitfield'],
    ['BY CHARLOTTE REYES / SHENZHEN', 'CHARLOTTE REYES'],
    ['By Anna Brandt, Frank Holt and Jorg Wett', 'Anna Brandt, Frank Holt, Jorg Wett'],
    ['LIN YU-CHEN and KENJI SAITO, Nikkei staff writers', 'LIN YU-CHEN, KENJI SAITO'],
  ])('GIVEN the byline "%s" THEN the writers are %s and the headline is the line above', (byline, author) => {
    const clean = cleanArticle(page('Regulator reviews radio suppliers', byline, 'August 15, 2020', ...BODY));
    expect(clean).toMatchObject({
      headline: 'Regulator reviews radio suppliers',
      author,
      date: '2020-08-15',
    });
  });

  it('GIVEN a menu with "Latest" above the header THEN the headline, byline and date under it are kept', () => {
    const clean = cleanArticle(
      page(
        'Latest',
        'Business',
        'Markets',
        'Regulator reviews radio suppliers',
        'By Jane Doe',
        'August 15, 2020',
        ...BODY,
      ),
    );
    expect(clean).toMatchObject({
      headline: 'Regulator reviews radio suppliers',
      author: 'Jane Doe',
      date: '2020-08-15',
    });
  });

  it('GIVEN a site name on the first line THEN it is no byline, and the headline under it is found', () => {
    const clean = cleanArticle(
      page(
        'Nordic Wire',
        'Skip to main content',
        'Regulator reviews radio suppliers',
        'By Jane Doe',
        'August 15, 2020',
        ...BODY,
      ),
    );
    expect(clean).toMatchObject({ headline: 'Regulator reviews radio suppliers', author: 'Jane Doe' });
  });

  it.each([
    ['Middle East & Africa', 'Regulator reviews suppliers, ministers weigh a ban'],
    [
      'Business Around the Region',
      'The regulator will review every supplier of radio equipment before the end of the year',
    ],
  ])('GIVEN the section "%s" right above a headline THEN the headline is "%s"', (section, headline) => {
    const clean = cleanArticle(page(section, headline, 'By Jane Doe', 'August 15, 2020', ...BODY));
    expect(clean.headline).toBe(headline);
  });

  it('GIVEN a title-case headline of two sentences ending in "?" THEN it is the headline, not the first paragraph', () => {
    const headline = 'Huawei Built Its Own Operating System. Can It Survive Without Google?';
    const clean = cleanArticle(
      page('TECH · CHINA', headline, 'BY JANE DOE / SHENZHEN', 'AUGUST 22, 2019 6:00 AM EDT', ...BODY),
    );
    expect(clean).toMatchObject({ headline, date: '2019-08-22' });
    expect(clean.paragraphs).not.toContain(headline);
  });

  it('GIVEN a standfirst sentence above the byline and the date THEN the date is still read', () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        'The review will cover every vendor of radio equipment, the ministry said on Monday.',
        'By Jane Doe',
        'Published On 7 Jul 2021',
        ...BODY,
      ),
    );
    expect(clean.date).toBe('2021-07-07');
  });

  it.each([
    ['06/12/2017', 'on December 6, 2017', '2017-12-06'],
    ['06/12/2017', 'on June 12, 2017', '2017-06-12'],
    ['06/12/2017', 'in the summer', null],
    ['25/12/2017', 'in the winter', '2017-12-25'],
  ])('GIVEN "Published %s" and a body that says "%s" THEN the date is %s', (numeric, said, date) => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        `Published ${numeric} - 20:41 GMT`,
        `The ministry met the vendors ${said}, officials said.`,
        ...BODY,
      ),
    );
    expect(clean.date).toBe(date);
  });

  it.each([
    'Weather: 28°F Light snow',
    'Create free account',
    'Accessibility help',
    'News  Middle East  US & Canada  Latin America',
    "Appeared in the March 4, 2021, print edition as 'Regulator Chief Quits After Review'.",
    'A version of this article appears in print on Page B1 of the New York edition.',
  ])('GIVEN the page line "%s" THEN it is dropped', (line) => {
    const clean = cleanArticle(page(line, 'Regulator reviews radio suppliers', 'By Jane Doe', ...BODY));
    expect(clean.headline).toBe('Regulator reviews radio suppliers');
    expect(clean.dropped).toContain(line);
  });
});

describe('cleanArticle: menus, bylines and dates around the headline', () => {
  it.each([
    'Donate   Log in',
    'Notifications     Log in',
    'Skip to footer      Accessibility links',
    'Keyboard shortcuts for the video player',
    'Skip to site index',
    'Give this article',
  ])('GIVEN the menu line "%s" above the headline THEN it is dropped, never the headline', (menu) => {
    const clean = cleanArticle(page('Harbourside Post', menu, 'Regulator reviews radio suppliers', ...BODY));
    expect(clean.headline).toBe('Regulator reviews radio suppliers');
    expect(clean.dropped).toContain(menu);
  });

  it("GIVEN a standfirst and a photo caption between the headline and the byline THEN the date under the byline is still the header's", () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        'The regulator said it would look again at every supplier of radio equipment, the widest review in years.',
        '[Photo: The regulator’s offices in Oslo. Credit: Jane Roe/The Harbourside Post]',
        'By Jane Doe and Sam Roe',
        'Published April 15, 2021   Updated April 16, 2021, 10:48 a.m. ET',
        ...BODY,
      ),
    );
    expect(clean).toMatchObject({
      headline: 'Regulator reviews radio suppliers',
      date: '2021-04-15',
      updated: '2021-04-16',
    });
  });

  it.each([
    ['By Jane Doe, a senior editor covering privacy and security', 'Jane Doe'],
    ['By business reporter Jane Doe and political reporter Sam Roe', 'Jane Doe, Sam Roe'],
    ['Analysis by Science reporter Jane Doe', 'Jane Doe'],
    ['Jane Doe, Energy editor, and Ada Okoro in Lagos', 'Jane Doe, Ada Okoro'],
    ['Miles Thornbury in Oslo and Petra Long in Bergen', 'Miles Thornbury, Petra Long'],
    ['By Jane Doe, with Sam Roe', 'Jane Doe, Sam Roe'],
  ])('GIVEN the byline "%s" THEN the writers are %s and the headline is the line above', (byline, author) => {
    const clean = cleanArticle(page('Regulator reviews radio suppliers', byline, 'August 15, 2020', ...BODY));
    expect(clean).toMatchObject({
      headline: 'Regulator reviews radio suppliers',
      author,
      date: '2020-08-15',
    });
  });

  it('GIVEN "By A and B, Outlet" THEN the outlet is no writer', () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        'By Jane Doe and Sam Roe, Harbour Wire',
        'August 15, 2020',
        ...BODY,
      ),
    );
    expect(clean).toMatchObject({ author: 'Jane Doe, Sam Roe', outlet: 'Harbour Wire' });
  });

  it('GIVEN one writer a line, each with a handle THEN both are the writers', () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        'August 15, 2020',
        'Jane Doe @janedoe\nSam Roe @samroe',
        ...BODY,
      ),
    );
    expect(clean.author).toBe('Jane Doe, Sam Roe');
  });

  it('GIVEN a headline "Acme CEO, rivals face …" above "By NAME and NAME" THEN the headline names no writer', () => {
    const headline = 'Acme CEO, rivals face lawmakers over the merger frenzy';
    const clean = cleanArticle(
      page('Markets Around the World', headline, 'By JANE DOE and SAM ROE', 'August 15, 2020', ...BODY),
    );
    expect(clean).toMatchObject({ headline, author: 'JANE DOE, SAM ROE' });
  });

  it('GIVEN "PUBLISHED TUE, MAR 3 2020 … | UPDATED …" THEN the date, and no writer named "PUBLISHED TUE"', () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        'PUBLISHED TUE, MAR 3 2020 8:10 AM EST | UPDATED TUE, MAR 3 2020 9:30 AM EST',
        ...BODY,
      ),
    );
    expect(clean).toMatchObject({
      headline: 'Regulator reviews radio suppliers',
      author: null,
      date: '2020-03-03',
    });
  });

  it('GIVEN a headline asking a question THEN it is the headline, and the date under it is read', () => {
    const headline = 'Radio suppliers: Why is the regulator reviewing every vendor?';
    const clean = cleanArticle(page('Business', headline, 'By Jane Doe', 'Published 5 March 2020', ...BODY));
    expect(clean).toMatchObject({ headline, date: '2020-03-05' });
  });

  it('GIVEN a date line above the headline and the byline under it THEN the headline is the line between', () => {
    const clean = cleanArticle(
      page(
        'Harbour Wire',
        'SCIENCE',
        'May 4, 2021 | 3 min read',
        'Regulator reviews radio suppliers',
        'By Jane Doe',
        ...BODY,
      ),
    );
    expect(clean).toMatchObject({ headline: 'Regulator reviews radio suppliers', date: '2021-05-04' });
  });

  it("GIVEN a print issue's date above the headline THEN the web date under the byline is the date", () => {
    const clean = cleanArticle(
      page(
        'PROFILES — April 5, 2021 issue',
        'The Long Thaw',
        'By Jane Doe',
        'March 28, 2021 · 9 min read',
        ...BODY,
      ),
    );
    expect(clean).toMatchObject({ headline: 'The Long Thaw', author: 'Jane Doe', date: '2021-03-28' });
  });

  it('GIVEN a site name "NWS — Nordic Wire Service" right above a long headline THEN the headline wins', () => {
    const headline = 'Regulator tightens rules on radio equipment in a move that could delay faster networks';
    const clean = cleanArticle(
      page('NWS — Nordic Wire Service', headline, 'Published 5 March 2020', ...BODY),
    );
    expect(clean.headline).toBe(headline);
  });
});

describe('cleanArticle: paragraphs', () => {
  it('GIVEN a short line without a full stop inside the body THEN it is a section heading, not a paragraph', () => {
    const clean = cleanArticle(
      page('Regulator reviews radio suppliers', BODY[0] ?? '', 'Nothing to do with us', BODY[1] ?? ''),
    );
    expect(clean.paragraphs).toEqual(BODY);
    expect(clean.headings).toContain('Nothing to do with us');
  });

  it('GIVEN a paragraph hard-wrapped mid-sentence THEN its lines are joined by a space', () => {
    const clean = cleanArticle(
      'Regulator reviews radio suppliers\n\nThe regulator said on Tuesday that it would review every\nsupplier of radio equipment by the end of the year.',
    );
    expect(clean.paragraphs).toEqual([BODY[0]]);
  });

  it('GIVEN any page THEN every kept paragraph stands verbatim in the page', () => {
    const raw = page(
      'THE WEEKLY REVIEW',
      'Regulator reviews radio suppliers',
      'By Jane Doe',
      'Advertisement',
      ...BODY,
      'Share this article',
    );
    for (const paragraph of cleanArticle(raw).paragraphs) expect(raw).toContain(paragraph);
  });
});

describe('cleanArticle: what is no news inside the body', () => {
  it('GIVEN a related-links list whose items are questions or sentences THEN none is a paragraph', () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        'By Jane Doe',
        ...BODY,
        'More on this story\n- Who is Ingrid Vale, the star witness against the founder?\n- Kestrel: the rise and fall of a radio empire',
        "Read next:\nThe canal is the world's most important shortcut. Here's how it works.\nShipping costs have soared.",
      ),
    );
    expect(clean.paragraphs).toEqual(BODY);
  });

  it('GIVEN a short question standing alone THEN it is a heading, not a paragraph', () => {
    const clean = cleanArticle(
      page(
        'Regulator reviews radio suppliers',
        'By Jane Doe',
        BODY[0] ?? '',
        'How did they free the ship?',
        BODY[1] ?? '',
      ),
    );
    expect(clean.headings).toContain('How did they free the ship?');
    expect(clean.paragraphs).toEqual(BODY);
  });

  it.each([
    'First published on Fri 24 May 2019 02.15 BST',
    'Image caption The phone was due to be among the first 5G phones on sale',
    'All quotes delayed a minimum of 15 minutes.',
    "Follow AP's coverage of the collapse at https://apnews.com/hub/cryptocurrency",
    'Karim Saleh covers Egypt and the Middle East for The Associated Press from Cairo.',
    'Reproduction only allowed with the permission of SPIEGEL ONLINE GmbH',
  ])('GIVEN the line "%s" in a page THEN it is no paragraph', (line) => {
    const clean = cleanArticle(
      page('Regulator reviews radio suppliers', 'By Jane Doe', 'Fri 24 May 2019 06.54 BST', ...BODY, line),
    );
    expect(clean.paragraphs).toEqual(BODY);
  });
});

describe('the day of the last update', () => {
  it('GIVEN "Posted Fri 19 Jul 2024 at 6:23pm, updated Sat 20 Jul 2024 at 8:10am" THEN posted the 19th, updated the 20th', () => {
    const clean = cleanArticle(
      [
        'Radio outage hits harbours',
        'By Anna Berg',
        'Posted Fri 19 Jul 2024 at 6:23pm, updated Sat 20 Jul 2024 at 8:10am',
        'Harbour radios across the north went silent on Friday after a faulty update, the operator said.',
        'Most were working again by the evening, it said.',
      ].join('\n\n'),
    );
    expect(clean.date).toBe('2024-07-19');
    expect(clean.updated).toBe('2024-07-20');
  });
});
