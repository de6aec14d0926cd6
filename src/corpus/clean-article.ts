// Raw web copy → the article's own paragraphs, plus the header lines (headline, byline, date).
// Paragraph texts stay verbatim so that every citation can be found in the original file.

import { MONTHS } from '../language/calendar-words.js';
import { slashDateYear } from './chrono-filters.js';
import { isCommonWord, isPlaceName, tagsOf } from './common-words.js';
import { extractDates, parsePublicationDate } from './extract-dates.js';
import { isAuthorBio, isCommentsHeader, isJunkLine, isLinkListHeader } from './junk-lines.js';
import { isKicker, leadingTitle } from './leading-title.js';

export interface CleanArticle {
  headline: string | null;
  author: string | null;
  outlet: string | null;
  date: string | null;
  /** "Updated …": the day the article was last changed, when the header says so (else null). */
  updated: string | null;
  /** Body paragraphs in order, verbatim (hard-wrapped lines joined by a space). */
  paragraphs: string[];
  /** Section headings inside the body: context, never answers. */
  headings: string[];
  /** Lines dropped as junk, for the parse report. */
  dropped: string[];
}

const TERMINAL = /[.!?…:;]["”’')\]]*$/;
const WORDS = /\S+/g;
const wordCount = (text: string): number => text.match(WORDS)?.length ?? 0;
/** A line of prose: long enough and ends like a sentence (a headline in title case may end in "?"). */
const isProse = (text: string): boolean => wordCount(text) >= 8 && TERMINAL.test(text) && !isTitleCase(text);
/** Words a title leaves in lower case ("What to Know as …", "Middle East & Africa"). */
const MINOR_WORD = /^(?:a|an|the|and|or|but|nor|of|on|in|at|to|for|by|as|with|from|into|over|up|&|vs\.?)$/i;
/** "Huawei Built Its Own Operating System. Can It Survive Without Google?": every word but the
 * minor ones capitalised. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !MINOR_WORD.test(w));
  return words.length >= 3 && words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}
/** A section or site name over a headline: a few capitalised words ("Middle East & Africa",
 * "Business Around the Region", "NWS — Nordic Wire Service"), where a headline says more. */
const isSectionName = (text: string): boolean =>
  text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 4 && isTitleCase(text);
const isHeadlineLike = (text: string): boolean => {
  const words = wordCount(text);
  if (words < 3 || words > 30 || text.length > 200 || /[.:;,]$/.test(text)) return false;
  // Short all-capital lines are mastheads and kickers ("THE WEEKLY REVIEW"), "World | Trade war" a section.
  return !isKicker(text);
};
/** A standfirst: longer than a headline, or two sentences. */
const isStandfirst = (text: string): boolean =>
  !isTitleCase(text) && (wordCount(text) > 16 || /[a-z][.!?] [A-Z]/.test(text));
/** Where a header line gives the day of the last update: "…, updated Sat 20 Jul 2024". */
const UPDATED = /\b(?:updated|last modified|modified)\b(?: on\b)?\W*/i;
const DATE_LINE =
  /^(published|updated|posted|first published|last updated|last modified|modified|date)\b(?: on\b)?\W*/i;
/** "April 10, 2021 issue": the print issue's date; the web date sits by the byline. */
const ISSUE_DATE = /\bissue\W*$/i;
/** Longer than this, a line under a headline is its standfirst (leading-title.ts takes the same). */
const HEADLINE_WORDS = 12;
/** Lines past the first prose line (a standfirst) that may still be the header's. */
const HEADER_AFTER_STANDFIRST = 4;
/** Separators between the parts of one header line: "Name - date", "date | PLACE". */
const HEADER_PARTS = /\s+[|–—·•/-]\s+/;

function firstOf<T>(parts: string[], read: (part: string) => T | null): T | null {
  for (const part of parts) {
    const value = read(part.trim());
    if (value) return value;
  }
  return null;
}

/** A publication date line, its time of day and zone ignored. */
function lineDate(line: string): string | null {
  return (
    parsePublicationDate(line) ??
    parsePublicationDate(line.replace(DATE_LINE, '').replace(/\b\d{1,2}[.:]\d{2}\b.*$/, ''))
  );
}

const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/;

/**
 * "Published 06/12/2017": 6 December in Paris, June 12 in New York. The date reader gives such a
 * date only its year (slashDateYear); the reading the article writes out wins ("on December 6,
 * 2017" in a caption); when it writes both or neither, no date rather than a guess.
 */
function numericDate(line: string, text: string): string | null {
  const m = typeof slashDateYear(line) === 'number' ? NUMERIC_DATE.exec(line) : null;
  if (!m) return null;
  const [first, second, year] = [Number(m[1]), Number(m[2]), m[3]];
  const iso = (month: number, day: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const [monthFirst, dayFirst] = [iso(first, second), iso(second, first)];
  const named = (month: number, day: number) =>
    new RegExp(`\\b(?:${MONTHS[month - 1]} 0?${day}|0?${day} ${MONTHS[month - 1]})\\b`, 'i').test(text);
  const [asMonthFirst, asDayFirst] = [named(first, second), named(second, first)];
  if (asMonthFirst === asDayFirst) return null;
  return asMonthFirst ? monthFirst : dayFirst;
}

/** A question of up to a dozen words, quoting no one: a subheading. */
const isSubheadQuestion = (line: string): boolean =>
  line.endsWith('?') && wordCount(line) <= 12 && !/["“”]/.test(line);
/** A list item's mark: "- ", "• ". */
const BULLET = /^[-•–]\s/;

/** Prose paragraphs an article has before a comment count can open readers' comments. */
const COMMENTS_AFTER = 3;

export function cleanArticle(body: string): CleanArticle {
  const lines = joinHardWraps(body.split('\n').map((line) => line.trim()));
  const dropped: string[] = [];
  const kept: string[] = [];
  let inLinkList = false;
  let afterSignup = false;
  /** How many lines were kept when the last link list began: the article ends there. */
  let beforeLinks: number | undefined;
  for (const [n, line] of lines.entries()) {
    if (!line) continue;
    // Readers' comments: the article has ended (their prose is not the news).
    // ("312 comments" under the byline is the count's link: the article is still to come.)
    if (isCommentsHeader(line) && kept.filter(isProse).length >= (/^\d/.test(line) ? COMMENTS_AFTER : 1)) {
      dropped.push(...lines.slice(n).filter(Boolean));
      beforeLinks ??= kept.length;
      break;
    }
    if (isLinkListHeader(line) || isJunkLine(line)) {
      // Above the article a "Latest" or "Trending" line is a menu item: the headline, byline and
      // date under it are no list of links.
      inLinkList = (isLinkListHeader(line) && kept.some(isProse)) || inLinkList;
      afterSignup = /\b(sign up|subscribe|newsletter)\b/i.test(line);
      dropped.push(line);
      continue;
    }
    // The pitch under a sign-up line talks to the reader: "we'll point you to ...".
    if (afterSignup && /\b(you|your)\b/i.test(line) && wordCount(line) <= 40) {
      dropped.push(line);
      continue;
    }
    afterSignup = false;
    // Under a "Read also:" header, short headline-like lines are links to other stories; so are
    // the lines run on under them with no blank line between, even written as sentences
    // ("- Who is Caroline Ellison, the star witness?", "Here's how it works.").
    const runsOn = n > 0 && lines[n - 1] !== '' && dropped[dropped.length - 1] === lines[n - 1];
    if (
      inLinkList &&
      wordCount(line) <= 25 &&
      (BULLET.test(line) || (!/["“”]/.test(line) && (!isProse(line) || runsOn)))
    ) {
      beforeLinks = kept.length;
      dropped.push(line);
      continue;
    }
    inLinkList = false;
    kept.push(line);
  }
  const bios: string[] = [];
  while (kept.length > 1 && isAuthorBio(kept[kept.length - 1] ?? '')) bios.push(kept.pop() ?? '');
  // One paragraph about "him" or "her" after the closing link list is the writer's bio.
  const last = kept[kept.length - 1] ?? '';
  if (beforeLinks === kept.length - 1 && kept.length > 1 && /\b(he|she|his|her)\b/i.test(last))
    bios.push(kept.pop() ?? '');
  dropped.push(...bios);

  const header = readHeader(kept, leadingTitle(lines, isProse));
  const paragraphs: string[] = [];
  const headings: string[] = [];
  kept.slice(header.bodyStart).forEach((line) => {
    if (header.used.has(line)) return;
    // Short lines without a full stop inside the body are section headings, and so are short
    // questions standing alone ("How did they free the ship?"): they ask, the news answers.
    if ((!TERMINAL.test(line) && wordCount(line) <= 7) || isSubheadQuestion(line)) headings.push(line);
    else paragraphs.push(line);
  });
  // No byline at the top: the closing bio often names the writer ("Marta Kellner covers ...").
  const author = header.meta.author ?? bioAuthor(bios);
  return { ...header.meta, author, paragraphs, headings, dropped };
}

interface Header {
  meta: Pick<CleanArticle, 'headline' | 'author' | 'outlet' | 'date' | 'updated'>;
  bodyStart: number;
  used: Set<string>;
}

/**
 * The header is what precedes the first prose paragraph: headline, byline, date, standfirst.
 * `leading` is a title alone on the first line (leading-title.ts), taken when no headline is found.
 */
function readHeader(lines: string[], leading: string | undefined): Header {
  // A headline may ask a question ("Why is the developer rattling markets?"): no paragraph yet.
  let bodyStart = lines.findIndex((line) => isProse(line) && !isSubheadQuestion(line));
  if (bodyStart < 0) bodyStart = lines.length;
  const used = new Set<string>();
  let author: string | null = null;
  /** The writer was read from a line without "By". */
  let authorBare = false;
  let outlet: string | null = null;
  let date: string | null = null;
  let updated: string | null = null;
  // First date and byline lines: the headline stands just above one of them.
  let dateAt = -1;
  let bylineAt = -1;
  let lastByline = -1;
  const text = lines.join('\n');
  // (A standfirst written as a sentence may stand above the byline and the date, and a photo
  // caption between them.)
  const zone = Math.min(lines.length, Math.max(bodyStart, 1) + HEADER_AFTER_STANDFIRST);
  for (let i = 0; i < zone; i++) {
    const line = lines[i] ?? '';
    if (line.length > 120) continue;
    // "Jordan Wells - 4/2/2020, 10:15 AM", "Mar 12th 2020 | RENO": a byline and a date on one line.
    const parts = line.split(HEADER_PARTS).filter(Boolean);
    const found = ISSUE_DATE.test(line)
      ? null
      : (lineDate(line) ?? (parts.length > 1 ? firstOf(parts, lineDate) : null) ?? numericDate(line, text));
    // Beside a date, two or three capitalised words are the writer, whatever the words
    // ("Jordan Wells" though Jordan is a country).
    // ("By Nathan Corliss Globe Staff, Updated October 12, 2023": the writer before the update.)
    const updateAt = UPDATED.exec(line)?.index ?? -1;
    const byline =
      parseByline(updateAt > 0 ? line.slice(0, updateAt).replace(/[\s,;|–—-]+$/u, '') : line) ??
      (parts.length > 1
        ? firstOf(parts, (part) =>
            lineDate(part)
              ? null
              : parseByline(
                  part,
                  parts.some((p) => p !== part && extractDates(p, null).length > 0),
                ),
          )
        : null);
    // "Updated on …", "Last modified on …" under the first date: header lines, no news.
    if (found && date && DATE_LINE.test(line) && !isProse(line)) used.add(line);
    // "Posted Fri 19 Jul 2024, updated Sat 20 Jul 2024": the later day the text may speak from.
    const update = UPDATED.exec(line);
    const later = update ? lineDate(line.slice(update.index + update[0].length)) : null;
    if (later && !updated && (!found || later > found)) updated = later;
    if (found && !date && (line.length <= 60 || DATE_LINE.test(line) || parts.length > 1 || BY.test(line))) {
      date = found;
      // "LONDON, May 4, 2020 – Alex Younger spoke in Oslo on Monday.": a dateline opening the
      // story gives the date and stays in the body.
      if (DATE_LINE.test(line) || !isProse(line)) {
        used.add(line);
        if (dateAt < 0) dateAt = i;
      }
    }
    // A bare name above any headline is the site's ("Nikkei Asia"), not the writer's. A "By" line
    // under a bare one beside a date ("WASHINGTON DISPATCH | From the October 16 issue") is the
    // writer's.
    if (
      byline &&
      (!author || (authorBare && byline.explicit)) &&
      (!byline.bare || lines.slice(0, i).some(isHeadlineLike))
    ) {
      author = byline.author;
      authorBare = !byline.explicit;
      outlet = byline.outlet;
      used.add(line);
      bylineAt = lastByline = i;
    } else if (byline && author && lastByline === i - 1 && !byline.outlet && !filedFrom(byline.author)) {
      // One writer a line: "Kate Doe @katedoe" / "Sam Roe @samroe". ("North America technology
      // reporter" under "By Oliver Hanley" is his beat, no second writer.)
      author = `${author}, ${byline.author}`;
      used.add(line);
      lastByline = i;
    }
  }
  let headline: string | null = null;
  const candidates = lines.slice(0, bodyStart).map((line, i) => ({ line, i }));
  const titled = candidates.filter(({ line }) => !used.has(line) && isHeadlineLike(line));
  // A date above the headline ("TECH / June 30, 2020" then the headline, then "By …") anchors
  // nothing: the byline under the headline does.
  const anchors = [dateAt, bylineAt].filter((i) => i >= 0).sort((a, b) => a - b);
  const anchor = anchors.find((a) => titled.some(({ i }) => i < a)) ?? anchors[0] ?? -1;
  const beforeAnchor = anchor >= 0 ? titled.filter(({ i }) => i < anchor) : titled;
  // The headline is the nearest line above the byline, unless that one is the standfirst.
  const headlines = beforeAnchor.filter(({ line }) => !isStandfirst(line));
  let chosen =
    anchor >= 0
      ? (headlines[headlines.length - 1] ?? beforeAnchor[beforeAnchor.length - 1])
      : (headlines[0] ?? titled[0]);
  // Headline then standfirst: "Nokia’s moment in the sun" / "As Western governments turn on Huawei, its …".
  // So too a headline on the line right above a longer one: "The battle over Lumen's lithium
  // mine" / "A small town in Nevada finds itself at the centre of a global fight".
  // (Right above it: a line further up is a menu item or a kicker, and "Middle East & Africa"
  // above "Giant container ship blocks Suez Canal, tugs struggle …" is the section.)
  const previous = chosen ? headlines[headlines.indexOf(chosen) - 1] : undefined;
  if (
    chosen &&
    previous &&
    previous.i === chosen.i - 1 &&
    !isSectionName(previous.line) &&
    (chosen.line.includes(', ') || wordCount(chosen.line) > HEADLINE_WORDS) &&
    wordCount(chosen.line) > wordCount(previous.line)
  )
    chosen = previous;
  if (!chosen && leading !== undefined && lines.indexOf(leading) >= 0)
    chosen = { line: leading, i: lines.indexOf(leading) };
  if (chosen) {
    headline = chosen.line;
    used.add(chosen.line);
  }
  // Lines above the headline are site taglines and kickers, not the article.
  const start = chosen ? chosen.i + 1 : 0;
  for (const line of lines.slice(0, start)) used.add(line);
  // ("By Nathan Corliss Globe Staff, Updated October 12, 2023": a page that gives only the day it
  // was updated is dated by it.)
  const dated = date ?? updated;
  return {
    meta: {
      headline,
      author,
      outlet: outlet ?? (chosen ? masthead(lines.slice(0, chosen.i)) : null),
      date: dated,
      updated: updated !== dated ? updated : null,
    },
    bodyStart: 0,
    used,
  };
}

/** The site's name standing above the headline: "TechWire Daily", "THE WEEKLY REVIEW", "AP NEWS". */
function masthead(lines: string[]): string | null {
  // Two to four capitalised words, or one in capitals ("REUTERS"); a lone "Banking" is a section kicker.
  const line = lines.find(
    (l) =>
      /^[\p{Lu}\d][\p{L}\d&.'’-]*(?: [\p{Lu}\d&][\p{L}\d&.'’-]*){0,3}$/u.test(l) &&
      (l.includes(' ') || l === l.toUpperCase()) &&
      !parsePublicationDate(l),
  );
  if (!line) return null;
  const titleCase = (w: string) => w[0] + w.slice(1).toLowerCase();
  const name =
    line === line.toUpperCase()
      ? line.replace(/\p{Lu}{3,}/gu, (w) => (w.length > 3 || isCommonWord(w) ? titleCase(w) : w))
      : line;
  // "AP News", "BBC News": the newsroom's own name is the acronym.
  return name.replace(/^(\p{Lu}{2,5}) News$/u, '$1');
}

function bioAuthor(bios: string[]): string | null {
  for (const bio of bios) {
    const name = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2})\s/u.exec(bio)?.[1];
    if (name && looksLikePersonName(name, name)) return name;
  }
  return null;
}

const NAME = "\\p{Lu}[\\p{L}'’.-]+(?: (?:\\p{Lu}[\\p{L}'’.-]+|de|van|von|der|da|di|del|la|le|bin|al)){1,3}";
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');
/** "By", "Written by": the line names its writers. */
const BY = /^(?:by|written by|words by|analysis by|author:?)\s+/i;
/** Between writers and after them: "A, B and C", "A AND B", "A, with B", "A, and B", "A | Outlet",
 * "A - Outlet". */
const WRITER_SEPARATOR = /\s*,\s*(?:and|with)\s+|\s*[,|–—]\s*|\s+-\s+|\s+(?:and|AND|&)\s+|\s+with\s+/u;
/** Where a writer filed from: "Rebecca Lam in Beijing", "CHARLOTTE REYES / SHENZHEN". */
const FILED_FROM = /\s+(?:in|\/)\s+\S.*$/u;
const NOT_NAME_WORDS =
  /\b(the|of|and|for|in|on|to|with|is|are|was|news|world|business|technology|tech|politics|update|live|breaking|opinion|analysis|home|section|published|updated|posted)\b/i;
/** A writer's job: "reporter", "Energy editor". */
const JOBS = 'editor|reporter|correspondent|writer|columnist|journalist';
const STAFF = new RegExp(`\\b(?:${JOBS}|writers|staff)\\b`, 'i');
/** "Rowena Dale Political correspondent": two or three names, then the writer's job. */
const JOB_AFTER = new RegExp(
  `(?<=^\\p{Lu}\\S* \\p{Lu}\\S*(?: \\p{Lu}\\S*)?) (?:[\\p{L}-]+ ){0,2}(?:${JOBS.split('|')
    .concat('staff')
    .flatMap((job) => [job, job.charAt(0).toUpperCase() + job.slice(1)])
    .join('|')})$`,
  'u',
);
/** "technology reporter Jane Doe", "Business editor Jane Doe": the writer's job before the name. */
const ROLE_BEFORE = new RegExp(`^(?:[\\p{L}-]+ ){0,3}?(?:${JOBS}) (?=\\p{Lu})`, 'u');
/** Two or three capitalised words: a name, once the line has shown itself a byline. */
const CAPITALISED_NAME = /^\p{Lu}\S* \p{Lu}\S*( \p{Lu}\S*)?$/u;
/** In a marked byline, a name needs one word no dictionary has ("Long" and "Miles" are words,
 * so is every word of "Police Clash in Paris and Students March in Lyon"). */
const markedName = (name: string): boolean =>
  CAPITALISED_NAME.test(name) && !name.split(' ').every((word) => isCommonWord(word));
/** "A and B, Outlet": after writers joined by "and", a last part set off by a comma is no writer. */
const OUTLET_AFTER_AND = /\s(?:and|AND|&)\s[^,]*,\s*[^,]+$/u;

/**
 * "Jane Doe, a senior editor covering security, and Sam Roe in Oslo": a writer's job between commas
 * goes (never the first part: "Technology correspondent, Example News" names no writer).
 */
function dropRoles(text: string): { text: string; roles: boolean } {
  // "Rowena Dale Political correspondent": the job may follow the name with no comma.
  const trailing = JOB_AFTER.exec(text);
  if (trailing && !text.includes(',')) return { text: text.slice(0, trailing.index).trim(), roles: true };
  const segments = text.split(',').map((segment) => segment.trim());
  const kept = segments.filter(
    (segment, i) => i === 0 || !STAFF.test(segment) || !STAFF.test(segment.replace(ROLE_BEFORE, '')),
  );
  return { text: kept.join(', '), roles: kept.length < segments.length };
}

/**
 * A byline: one to four writers ("By A, B and C", "Tom Pearce and Helena Vick", "Rebecca Lam in
 * Beijing and Daniel Harker in Washington", "LIN YU-CHEN and KENJI SAITO, Nikkei staff writers"),
 * their handles dropped, and maybe the outlet after them. Without "By", every writer must look
 * like a person's name (`besideDate`: any two or three capitalised words, beside a date).
 */
function parseByline(
  line: string,
  besideDate = false,
): { author: string; outlet: string | null; bare: boolean; explicit: boolean } | null {
  if (line.length > 160) return null;
  const by = BY.exec(line);
  const { text: rest, roles } = dropRoles(
    (by ? line.slice(by[0].length) : line).replace(/\s+@\w+/g, '').trim(),
  );
  const parts = rest.split(WRITER_SEPARATOR).filter(Boolean);
  if (parts.length === 0 || parts.length > 5) return null;
  const outletLast = OUTLET_AFTER_AND.test(rest);
  // A writer's job or "<Name> in <Place> and <Name> in <Place>" marks a byline: names need no lexicon.
  const marked = roles || (parts.length > 1 && parts.every((part) => / in \p{Lu}/u.test(part)));
  const writers: string[] = [];
  let outlet: string | null = null;
  for (const [i, part] of parts.entries()) {
    const job = ROLE_BEFORE.exec(part);
    const name = part
      .slice(job ? job[0].length : 0)
      .replace(FILED_FROM, '')
      .replace(/[.,]$/, '');
    const isName =
      !(outletLast && i === parts.length - 1) &&
      NAME_ONLY.test(name) &&
      !NOT_NAME_WORDS.test(name) &&
      (by !== null ||
        (besideDate
          ? CAPITALISED_NAME.test(name) && !filedFrom(name)
          : marked || job
            ? markedName(name)
            : looksLikePersonName(name, line)));
    if (isName) {
      writers.push(name);
      continue;
    }
    // Only the last part may be something else: the outlet, or the writers' job. A longer or
    // lower-case one is a headline's clause ("Acme CEO, rivals face lawmakers over the frenzy",
    // "Jo Bell, Post editor, resigns over leak").
    if (i === 0 || i < parts.length - 1 || wordCount(part) > 5) return null;
    if (!/^\p{Lu}/u.test(part) && !STAFF.test(part)) return null;
    if (!STAFF.test(part) && !parsePublicationDate(part) && /^[A-Z]/.test(part)) outlet = part;
  }
  return { author: writers.join(', '), outlet, bare: by === null && !besideDate, explicit: by !== null };
}

/** "NEW YORK" beside a date is where the story was filed, not who wrote it. */
function filedFrom(name: string): boolean {
  return isPlaceName(name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
}

function looksLikePersonName(name: string, line: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || /\d/.test(line)) return false;
  const firstName = tagsOf(words[0] ?? '').has('FirstName');
  return firstName || !words.some((word) => isCommonWord(word));
}

/** Joins lines a copy hard-wrapped mid-sentence (a long line, the next starting in lower case). */
function joinHardWraps(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && line && last.length >= 50 && !TERMINAL.test(last) && /^[a-z(]/.test(line))
      out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}
