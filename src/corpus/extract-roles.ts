// Roles the text gives people in apposition: "Huawei's founder and CEO, Ren Zhengfei",
// "Lu Kang, spokesman for Foreign Affairs in China,", "European Commissioner Andrus Ansip".

import { escapeRegExp } from '../escape-reg-exp.js';
import { isStopWord } from '../language/stop-words.js';
import { isTopicWord } from '../language/synonyms.js';
import type { DocumentAnalysis } from './analyse-document.js';
import { isCommonWord } from './common-words.js';
import { isCountry, isPartyTag, isRoleWord, NOT_NAMES, POST_OF_VERB } from './lexicon.js';
import type { Mention } from './link-entities.js';
import { organisationCalled } from './resolve-subject.js';

export interface DraftRole {
  entity: string;
  title: string;
  of?: string;
  in?: string;
  paragraph: number;
  offset: number;
}

/** Words that qualify a title: "chief financial officer", "prime minister", "founder and CEO". */
const MODIFIERS = new Set(
  'and vice chief prime financial technology technical operating executive general deputy senior former foreign finance justice defence defense interior trade home junior acting interim managing information marketing digital economy health'.split(
    ' ',
  ),
);
/** A lower-case dictionary noun that is no adjective or verb: "security" in "security chief". */
function isQualifyingNoun(word: string): boolean {
  return (
    /^[a-z]{3,}$/.test(word) &&
    !/(?:ing|ed)$/.test(word) &&
    isCommonWord(word) &&
    isTopicWord(word) &&
    !isStopWord(word)
  );
}

const GIVEN_ROLE =
  /^(?:,[^,.;]{0,160}?,)?,?\s+(?:who\s+)?(?:will\s+|has\s+|had\s+)?(?:take over as|takes over as|took over as|taken over as|was named|been named|was appointed|been appointed|becomes|became|become|was made|been made|(?:joined|rejoined) [^,.;:()]{1,40}? as|(?:was|been) hired as|served as|serves as)\s+(?!(?:by|in|on|at|to|as|after|from|for|with)\b)((?:the |an? )?[^,.;:()]{2,60}?)(?=[,.;:()]| (?:in|on|at|after|from|until|since|last|this|next|earlier|later|and|but)\b|$)/u;

const COPULA_ROLE =
  /^(?:,\s*(?:aged\s+)?\d{1,3},)?\s+(?:is|was|has been|had been|remains)\s+((?:a|an|the|also a|also the)\s[^,.;:()"“”]{2,160}?)(?=[,.;:()]|$)/u;

// (", the veteran restructuring executive who has run FTX," ends its title at "who".)
const ROLE_AFTER =
  /^, ((?:a |an |the )?[^,.;()]{2,120}?)(?:,|\.|;| has | have | is | was | said | says | told | who | which | that )/;

const LED_BY =
  /^,\s+(?:[^,;"“]{0,60}?\s)?who\s+(chairs|leads|heads|runs|directs)\s+((?:the\s+)?[^,.;"“]{2,80}?)(?=[,.;]|\s+(?:but|said|says)\b|$)/u;

/** The first comma-bounded phrase after a name (", D-Va.,"). */
const FIRST_APPOSITION = /^,\s*([^,\s]+)(?=,)/u;

export function extractRoles(doc: DocumentAnalysis): DraftRole[] {
  const roles: DraftRole[] = [];
  const orgNames = [...doc.entities.values()]
    .filter((e) => e.type !== 'person')
    .sort((a, b) => (a.type === 'org' ? 0 : 1) - (b.type === 'org' ? 0 : 1));
  const orgIn = (text: string): string | undefined =>
    orgNames.find(
      (e) =>
        text.includes(e.name) ||
        [...e.aliases].some((a) => a.length > 1 && new RegExp(`\\b${escapeRegExp(a)}\\b`).test(text)),
    )?.name;
  const main = mainOrganisation(doc);
  const countries = new Map(
    [...doc.entities.values()]
      .filter((e) => e.type === 'place' && isCountry(e.name))
      .map((e) => [e.id, e.name]),
  );
  for (const mention of doc.mentions) {
    if (doc.entities.get(mention.entity)?.type === 'org') {
      // "France's cybersecurity agency ANSSI", "ANSSI, France's cybersecurity agency,": what an
      // organisation is, so that "the head of France's cybersecurity agency" finds its head.
      const text = doc.paragraphs[mention.paragraph] ?? '';
      const before = DESCRIBED_BEFORE.exec(text.slice(Math.max(0, mention.start - 80), mention.start));
      const said = before?.[1] ?? DESCRIBED_AFTER.exec(text.slice(mention.end, mention.end + 80))?.[1];
      const described = said ? describingWords(said) : undefined;
      // "France has avoided naming any company, but its cybersecurity agency, ANSSI, …": "its" is
      // the place or body named before it in the sentence.
      const at = described && before ? text.lastIndexOf(described, mention.start) : -1;
      const owner =
        at > 0 && /\b(?:its|their)\s+$/i.test(text.slice(Math.max(0, at - 8), at))
          ? itsOwner(doc, mention, at)
          : undefined;
      const description = owner ? `${owner}'s ${described}` : described;
      if (description && !roles.some((r) => r.entity === mention.entity && r.title === description))
        roles.push({
          entity: mention.entity,
          title: description,
          paragraph: mention.paragraph,
          offset: mention.start,
        });
      continue;
    }
    if (doc.entities.get(mention.entity)?.type !== 'person') continue;
    const text = doc.paragraphs[mention.paragraph] ?? '';
    const add = (title: string, named?: string) => {
      // ("its chairman" is kept as "chairman", its owner found below.)
      const clean = title
        .trim()
        .replace(/^one of /i, '')
        .replace(/^(a|an|the|its) /i, '');
      // "a vice president at the company", "its boss": the organisation its sentence is about,
      // else the one the article is about.
      // A company title named bare ("chief executive Tim Cook") is held at the organisation its
      // sentence or the one before names ("Apple also said it would contribute.").
      // "the board's chair", "ministry spokesman": the body named before ("California Air
      // Resources Board", "China's commerce ministry").
      const body = STAND_IN_BODY.exec(title)?.[1];
      const of =
        named ??
        (STANDS_FOR_ORG.test(title)
          ? (orgBefore(doc, mention) ?? main)
          : COMPANY_TITLE.test(title)
            ? orgBefore(doc, mention)
            : body
              ? bodyBefore(doc, mention, body.toLowerCase())
              : undefined);
      if (clean && !roles.some((r) => r.entity === mention.entity && r.title === clean)) {
        const where = of && countries.has(of) ? undefined : countryBefore(doc, mention, countries);
        roles.push({
          entity: mention.entity,
          title: clean,
          ...(of ? { of } : {}),
          ...(where ? { in: where } : {}),
          paragraph: mention.paragraph,
          offset: mention.start,
        });
      }
    };
    if (mention.span.title) {
      // "acting FAA Administrator Daniel Elwell": a lower-case word may qualify the title.
      const at = text.lastIndexOf(mention.span.title, mention.start);
      const qualifier = at > 0 ? TITLE_QUALIFIER.exec(text.slice(Math.max(0, at - 20), at))?.[1] : undefined;
      const title = qualifier ? `${qualifier} ${mention.span.title}` : mention.span.title;
      add(title, orgIn(mention.span.title));
    }
    const before = roleBefore(text.slice(Math.max(0, mention.start - 90), mention.start));
    if (before) {
      // ("the acting chair of the Securities and Exchange Commission": the title names its body.)
      const of = before.owner ? orgIn(before.owner.replace(/['’]s?$/, '')) : orgIn(before.title);
      add(before.owner ? `${before.owner} ${before.title}` : before.title, of);
    }
    // "Vanessa Pappas … will take over as interim global head", "who became TikTok's chief
    // executive in June", "joined Theranos in 2013 as a lab associate": a title given by a verb of
    // appointment.
    // (Not a name inside another's apposition: "Begor, a managing director at private equity firm
    // Warburg Pincus, was named CEO" names Begor.)
    const object = /\b(?:at|of|for|with|by|from|in|on|to|firm|company|group|bank|fund)\s+$/i.test(
      text.slice(Math.max(0, mention.start - 12), mention.start),
    );
    const given = object ? undefined : GIVEN_ROLE.exec(text.slice(mention.end, mention.end + 240))?.[1];
    if (given?.split(' ').some(isRoleWord)) {
      const owner = /^([\p{Lu}][\p{L}\p{N}&.-]*)['’]s /u.exec(given)?.[1];
      // With no owner named ("interim global head"), the organisation the article is about
      // gives the post; "director-general of customs" names its own.
      add(given, orgIn(owner ?? given) ?? (/\b(?:of|at|for)\b/.test(given) ? undefined : main));
    }
    // "Calhoun, 62, is a senior managing director at Blackstone Group and a former vice chairman of
    // General Electric": titles said of the person with "is" or "was", each of a list.
    // "Sen. Mark Warner, D-Va., the committee's chairman,": a party and state tag is no title.
    const near = text.slice(mention.end, mention.end + 200);
    const tag = FIRST_APPOSITION.exec(near);
    const rest = tag?.[1] && isPartyTag(tag[1]) ? near.slice(tag[0].length) : near;
    const said = COPULA_ROLE.exec(rest)?.[1];
    for (const title of said?.split(/ and (?=(?:a|an|the|former) )/) ?? [])
      if (title.split(' ').some(isRoleWord)) add(title, orgIn(title));
    const after = ROLE_AFTER.exec(rest.slice(0, 160));
    // ", a spokesman for UKE," is a role; ", who will take over as boss" is a clause about the person.
    // (", posing for a reporter …" is what the person was doing, no title.)
    const apposition =
      after?.[1] && !/^(who|which|that|whose)\b/i.test(after[1]) && !/^\p{Ll}+ing\b/u.test(after[1])
        ? after[1]
        : undefined;
    if (apposition?.split(' ').some(isRoleWord) && !startsWithName(doc, mention, apposition.length))
      add(apposition, orgIn(apposition));
    // "Senator Roger Wicker, the Mississippi Republican who leads the committee,": the post the
    // verb gives, at the body it names or the one the text called so before.
    const led = LED_BY.exec(rest);
    const post = led?.[1] ? POST_OF_VERB[led[1].toLowerCase()] : undefined;
    if (post && led?.[2]) {
      const body = led[2].replace(/^the\s+/i, '');
      const generic = /^\p{Ll}+$/u.test(body) ? bodyBefore(doc, mention, body) : undefined;
      add(`${post} of ${led[2]}`, generic ?? orgIn(body));
    }
  }
  // "CEO" says less than "Vodafone CEO": keep the fuller title of the two, unless they are held
  // in different places ("its chairman", BT's, and "former Rio Tinto chairman").
  return roles.filter(
    (r) =>
      !roles.some(
        (o) =>
          o !== r &&
          o.entity === r.entity &&
          o.title.length > r.title.length &&
          o.title.endsWith(r.title) &&
          (r.of === undefined || o.of === r.of),
      ),
  );
}

/** What kind of body an organisation is, when a description names it. */
const BODY =
  'agency|regulator|watchdog|authority|ministry|operator|carrier|company|firm|group|bank|maker|supplier|giant|commission|court|union|office|institute|council|provider|insurer|airline|broadcaster|newspaper';
/** "telecoms regulator PTS", "France's cybersecurity agency ANSSI", "its cybersecurity agency,
 * ANSSI,": a description before the name. */
const DESCRIBED_BEFORE = new RegExp(
  `(?:^|[\\s(])((?:(?:the|an?) )?(?:\\p{Lu}[\\p{L}.-]*['’]s )?(?:\\p{Ll}[\\p{Ll}-]* ){0,3}(?:${BODY})),?\\s$`,
  'u',
);
/** "ANSSI, France's cybersecurity agency, …": a description in apposition after it. */
const DESCRIBED_AFTER = new RegExp(
  `^,\\s((?:(?:the|an?) )?(?:\\p{Lu}[\\p{L}.-]*['’]s )?(?:\\p{Ll}[\\p{Ll}-]* ){0,3}(?:${BODY}))[,.]`,
  'u',
);

/** The description's own words, read back from its head noun to the first function word or
 * adverb: "after telecoms regulator" is "telecoms regulator", "notably telecoms equipment maker"
 * "telecoms equipment maker". An owner's name before it is kept ("France's cybersecurity agency"). */
function describingWords(said: string): string | undefined {
  const words = said.split(' ');
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (/^\p{Lu}/u.test(word) && /['’]s$/.test(word)) {
      kept.unshift(word);
      break;
    }
    if (isStopWord(word) || /ly$/.test(word)) break;
    kept.unshift(word);
  }
  return kept.length >= 2 ? kept.join(' ') : undefined;
}

/** Words that say how a title is held, written before it in lower case. */
const TITLE_QUALIFIER = /(?:^|\s)(acting|interim|former|outgoing|incoming|deputy|then)[\s-]$/;

/** The country a paragraph names last before a mention, by name. */
function countryBefore(
  doc: DocumentAnalysis,
  mention: Mention,
  countries: Map<string, string>,
): string | undefined {
  let found: string | undefined;
  for (const m of doc.mentions)
    if (m.paragraph === mention.paragraph && m.start < mention.start && countries.has(m.entity))
      found = countries.get(m.entity);
  return found;
}

const STANDS_FOR_ORG = /\b(?:the company|the firm|the group|its)\b/i;
/** A title opening with the kind of body that gives it: "(the) board's chair", "ministry spokesman". */
const STAND_IN_BODY = new RegExp(
  `^(?:the )?(${BODY}|board|association|department|committee)(?:['’]s)? \\p{Ll}`,
  'iu',
);

/**
 * The body a title's generic noun stands for: the organisation the text called so before
 * ("the board" after "the California Air Resources Board"), else a description with its owner
 * within the last paragraphs ("ministry" after "China's commerce ministry").
 */
function bodyBefore(doc: DocumentAnalysis, mention: Mention, noun: string): string | undefined {
  const called = organisationCalled(doc, noun, mention.paragraph, mention.start);
  if (called) return doc.entities.get(called)?.name;
  for (let p = mention.paragraph; p >= Math.max(0, mention.paragraph - BODY_REACH); p--) {
    const text = (doc.paragraphs[p] ?? '').slice(0, p === mention.paragraph ? mention.start : undefined);
    const described = [
      ...text.matchAll(new RegExp(`\\p{Lu}[\\p{L}.-]*['’]s (?:\\p{Ll}[\\p{Ll}-]* ){0,2}${noun}\\b`, 'gu')),
    ].pop();
    if (described) return described[0];
  }
  return undefined;
}
/** Paragraphs back that a generic noun may reach for a described body. */
const BODY_REACH = 2;
/** Titles only a company gives ("president" and "spokesman" may be a country's). */
const COMPANY_TITLE =
  /^(?:chief executive(?: officer)?|ceo|chairman|chairwoman|chief financial officer|cfo|chief operating officer|coo|founder|co-founder)$/i;

/** The subject of the mention's sentence or the one before, when it is an organisation:
 * "Deutsche Telekom, Europe's biggest customer for Huawei kit, …" makes "its boss" its boss. */
function orgBefore(doc: DocumentAnalysis, mention: Mention): string | undefined {
  const text = doc.paragraphs[mention.paragraph] ?? '';
  // This sentence, else the one before ("… has a great deal at stake. Timotheus Höttges, its boss").
  let end = mention.start;
  for (let back = 0; back < 2 && end > 0; back++) {
    const start = text.lastIndexOf('. ', end - 2) + 1;
    const first = doc.mentions.find(
      (m) =>
        m.paragraph === mention.paragraph &&
        m.start >= start &&
        m.end <= end &&
        doc.entities.get(m.entity)?.type === 'org',
    );
    if (first) return doc.entities.get(first.entity)?.name;
    end = start;
  }
  // A paragraph opening "The company's chief executive, …" continues the one before ("In a
  // statement, BT said: …"): its first organisation is the one meant.
  if (mention.start < PARAGRAPH_OPENING) {
    const before = doc.mentions.find(
      (m) => m.paragraph === mention.paragraph - 1 && doc.entities.get(m.entity)?.type === 'org',
    );
    if (before) return doc.entities.get(before.entity)?.name;
  }
  return undefined;
}

/** Characters into a paragraph within which a title still opens it. */
const PARAGRAPH_OPENING = 60;

/** Whom "its" before a description means: the place or organisation named last before it, in
 * its sentence. */
function itsOwner(doc: DocumentAnalysis, mention: Mention, descriptionAt: number): string | undefined {
  const text = doc.paragraphs[mention.paragraph] ?? '';
  const start = text.lastIndexOf('. ', descriptionAt) + 1;
  const owner = doc.mentions
    .filter(
      (m) =>
        m.paragraph === mention.paragraph &&
        m.start >= start &&
        m.end <= descriptionAt &&
        doc.entities.get(m.entity)?.type !== 'person',
    )
    .pop();
  return owner ? doc.entities.get(owner.entity)?.name : undefined;
}

/** The organisation an article names most: whom "the company" means when nothing nearer says. */
function mainOrganisation(doc: DocumentAnalysis): string | undefined {
  const counts = new Map<string, number>();
  for (const m of doc.mentions)
    if (doc.entities.get(m.entity)?.type === 'org') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = id;
  return best ? doc.entities.get(best)?.name : undefined;
}

/**
 * The title just before a name, read backwards within its sentence: "Huawei's founder and CEO, ",
 * "European Commission vice president ". The owner is the capitalised name before the title.
 */
/** Words of the body a title is held towards, written between the title and the name. */
const TOWARDS_WORDS = 7;

function roleBefore(window: string): { title: string; owner?: string } | null {
  const sentence = window.slice(
    Math.max(window.lastIndexOf('. '), window.lastIndexOf('“'), window.lastIndexOf('"')) + 1,
  );
  // "the university's vice-chancellor, Professor Helen Achterberg": an honorific is part of neither.
  const words = sentence
    .replace(/\b(Professor|Prof\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Sir|Dame)\s*$/, '')
    .replace(/,\s*$/, '')
    .trimEnd()
    .split(/\s+/);
  if (words.length && words[words.length - 1] === '') words.pop();
  // "China's ambassador to Britain, Liu Xiaoming": a place or body the title is held towards.
  // ("the acting chair of the Securities and Exchange Commission (SEC), Allison Herren Lee": the
  // body's name may hold "and", "the" and its acronym in brackets.)
  let towards: string[] = [];
  let at = words.length - 1;
  while (
    at >= 0 &&
    words.length - at <= TOWARDS_WORDS &&
    !(/^(?:to|of|for|at|in)$/.test(words[at] ?? '') && isRoleWord(words[at - 1] ?? '')) &&
    (/^\p{Lu}[\p{L}.’'-]*$/u.test(words[at] ?? '') ||
      /^\(\p{Lu}[\p{Lu}\p{N}&]*\)$/u.test(words[at] ?? '') ||
      (/^(?:and|&|of|the)$/.test(words[at] ?? '') && /^\p{Lu}/u.test(words[at + 1] ?? '')))
  )
    at--;
  if (
    at >= 1 &&
    at < words.length - 1 &&
    /^(?:to|of|for|at|in)$/.test(words[at] ?? '') &&
    isRoleWord(words[at - 1] ?? '')
  )
    towards = words.splice(at);
  const title: string[] = [];
  let nouns = 0;
  while (words.length) {
    const word = words[words.length - 1] ?? '';
    // "its new security chief": one plain noun qualifies the title too; "new" does not.
    const qualifier = title.length > 0 && nouns === 0 && isQualifyingNoun(word);
    if (!(isRoleWord(word) || MODIFIERS.has(word.toLowerCase()) || qualifier) || /['’]s?$/.test(word)) break;
    if (qualifier && !isRoleWord(word) && !MODIFIERS.has(word.toLowerCase())) nouns++;
    title.unshift(word);
    words.pop();
  }
  title.push(...towards);
  // "sent to President Michel Aoun and Prime Minister": the name before "and" is someone else's.
  const joined = title[0] === 'and';
  while (title.length && title[0] === 'and') title.shift();
  if (!title.length || !isRoleWord(title[title.length - 1 - towards.length] ?? '')) return null;
  if (joined) return { title: title.join(' ') };
  // "Its chairman, Jan du Plessis": the organisation the sentence is about (see STANDS_FOR_ORG).
  if (/^its$/i.test(words.at(-1) ?? '')) return { title: title.join(' '), owner: 'its' };
  // "the group's general counsel, Carri Bennet": the body the noun stands for (STAND_IN_BODY).
  const standIn = words.at(-1) ?? '';
  if (/^the$/i.test(words.at(-2) ?? '') && STAND_IN_BODY.test(`${standIn} x`))
    return { title: title.join(' '), owner: `the ${standIn}` };
  const owner: string[] = [];
  const isOwnerWord = (word: string) =>
    /^[\p{Lu}\d(][^,.;:"”]*$/u.test(word) && !NOT_NAMES.has(word.toLowerCase());
  while (words.length && isOwnerWord(words[words.length - 1] ?? '') && owner.length < 4)
    owner.unshift(words.pop() ?? '');
  // "Digital, Culture, Media and Sport Secretary": a list of capitalised words is one owner.
  if (owner.length === 1 && words.at(-1) === 'and' && /^\p{Lu}\p{Ll}+$/u.test(words.at(-2) ?? '')) {
    let first = words.length - 2;
    while (first > 0 && words.length - first < 6 && /^\p{Lu}\p{Ll}+,$/u.test(words[first - 1] ?? '')) first--;
    if (first < words.length - 2) owner.unshift(...words.splice(first));
  }
  const ownerText = owner.join(' ').replace(/[()]/g, '');
  return ownerText ? { title: title.join(' '), owner: ownerText } : { title: title.join(' ') };
}

/** ", Canada, Australia" after a name is a list, not an apposition; so is ", Prime Minister Hassan
 * Diab and …": another person, after nothing but a title, unless the post is theirs ("'s"). */
function startsWithName(doc: DocumentAnalysis, mention: Mention, length: number): boolean {
  const text = doc.paragraphs[mention.paragraph] ?? '';
  return doc.mentions.some(
    (m) =>
      m.paragraph === mention.paragraph &&
      m.entity !== mention.entity &&
      doc.entities.get(m.entity)?.type === 'person' &&
      // ("President Donald Trump's national security adviser": the other person owns the post.)
      !m.span.possessive &&
      m.start >= mention.end + 2 &&
      m.start < mention.end + 2 + length &&
      text
        .slice(mention.end + 2, m.start)
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => isRoleWord(w) || /^\p{Lu}/u.test(w)),
  );
}
