// A question in chat words → its intent and slots. Regexes are anchored and have no nested
// quantifiers; the text is bounded before it gets here.
import { tagsOf } from '../corpus/common-words.js';
import { isRoleWord, POST_OF_VERB } from '../corpus/lexicon.js';
import { askedForms } from '../language/action-verbs.js';
import { listedEntityType, ORGANISATION_NOUNS, PLACE_KIND_NOUNS } from '../language/answer-types.js';
import { MONTHS, WEEKDAYS } from '../language/calendar-words.js';
import { expandChat, frameWordTypos, questionWordTypo } from '../language/chat-words.js';
import { DETERMINERS } from '../language/stop-words.js';
import { SETTING_ASIDE } from './excluded.js';

export type Intent =
  | { kind: 'help' }
  | { kind: 'sources' }
  /** count: "how many countries banned X?" asks for the number of actors. */
  | { kind: 'restriction'; allow: boolean; target?: string; count?: true }
  | { kind: 'quotes'; person: string; topic?: string }
  | { kind: 'who-said'; phrase: string }
  /** "Who is quoted?", "who commented on the ban?": the people the articles quote, on a topic or not. */
  | { kind: 'speakers'; topic?: string; who?: string }
  /** "Which companies are mentioned?": the entities of a kind the articles name, most named first. */
  | { kind: 'mentioned'; noun: string }
  | { kind: 'who-is'; name: string; strict: boolean }
  | { kind: 'role'; role: string; org: string }
  | { kind: 'why'; text: string }
  | { kind: 'authors'; topic: string }
  /** "What did X do (about / to / with Y)?": Y, when asked, narrows it to what bears on it. */
  | { kind: 'actor-events'; actor: string; topic?: string }
  | { kind: 'yes-no'; actor: string; verb: string; target?: string }
  | { kind: 'when'; about: string }
  | { kind: 'where'; about: string }
  | { kind: 'on-date'; when: string }
  | { kind: 'how-many'; about: string }
  | { kind: 'summary'; about?: string }
  | { kind: 'timeline'; topic?: string }
  | { kind: 'search'; text: string };

/** What a date is written with: a number, a month or weekday, or a word of relative time. */
const DATE_WORD = new RegExp(
  `\\d|\\b(?:${[...MONTHS, ...WEEKDAYS].join('|')}|today|yesterday|tomorrow|week|month|year|century|decade|spring|summer|autumn|fall|winter)\\b`,
  'i',
);

const FILLER = [
  /^(hey|hi|hello|ok|okay|yo|so|um|well)\b[\s,!.]*/i,
  /^(bot|dossier)\b[\s,!:]*/i,
  /^(please|pls|plz)\b[\s,]*/i,
  /^(can|could|would|will) you( please)? (tell me|say|show me|let me know|explain)?\s*/i,
  /^(tell me|show me|explain|i want to know|i'd like to know|i would like to know|do you know|any idea)\b[\s,:]*/i,
];

const LEADING_ASIDE = new RegExp(`^(${SETTING_ASIDE}\\s+[^,?;]{1,60}),\\s*(\\S.*)$`, 'i');

const LEADING_SETTING =
  /^((?:at|in|during|after|before|on|since|following|at the time of)\s+[^,?;]{2,60}),\s*((?:who|what|when|where|why|which|how)\b.*)$/i;

export function normaliseQuestion(question: string): string {
  let text = question
    .replace(/<[@#!][^>\s]{0,80}>/g, ' ') // chat mention markup
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[*_~`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (let pass = 0; pass < 3; pass++) for (const filler of FILLER) text = text.replace(filler, '');
  text = text.replace(/[?!.\s]+$/, '').replace(/,?\s*(please|thanks|thank you)$/i, '');
  // "Apart from the US, which countries …": the question proper first, what it sets aside after.
  const aside = LEADING_ASIDE.exec(text);
  if (aside?.[1] && aside[2]) text = `${aside[2]}, ${aside[1].charAt(0).toLowerCase()}${aside[1].slice(1)}`;
  // "At the developer conference, what did Yu say …": the question first, where or when after.
  const setting = LEADING_SETTING.exec(text);
  if (setting?.[1] && setting[2])
    text = `${setting[2]} ${setting[1].charAt(0).toLowerCase()}${setting[1].slice(1)}`;
  text = frameWordTypos(expandChat(text).trim());
  const first = text.split(' ', 1)[0] ?? '';
  const asked = questionWordTypo(first);
  return askedByName(asked ? `${asked}${text.slice(first.length)}` : text);
}

/** "What was the name of the captain of …" asks who the captain was: a person, by post. */
function askedByName(text: string): string {
  const m = /^what (is|was|were|are) the names? of (?:the |a |an )?((?:[a-z-]+ ){0,2}[a-z-]+)\b/i.exec(text);
  const post = m?.[2];
  if (!m || !post?.split(' ').some(isRoleWord)) return text;
  return `who ${m[1]} the ${text.slice(m[0].length - post.length)}`;
}

const SAY =
  '(?:say|said|says|(?:tell|told|ask|asked)(?: (?:the )?[a-z]+){0,3}?|state|stated|claim|claimed|think|thought|comment|commented|respond|responded|answer|answered|reply|replied|mention|mentioned|write|wrote|argue|argued|warn|warned|promise|promised|pledge|pledged|vow|vowed|insist|insisted|admit|admitted|tweet|tweeted|post|posted)';
const QUOTES = [
  new RegExp(
    `^what (?:did|does|do|has|have|had|would|is|was) (.+?) (?:(?:got|have|had) to )?${SAY}(?: (?:(?:about|on|regarding|of|concerning)\\b|(?=(?:(?:right|just|shortly|soon|immediately|straight) )?(?:when|after|as|while|before|during|at|in) )) ?(.+))?$`,
    'i',
  ),
  // "Did Dowden say anything about whether it was an easy call?": his words on it.
  /^(?:did|has|have|does) (.+?) (?:say|said|comment|mention|tell \w+) (?:anything|something|much) (?:about|on|regarding|of) (.+)$/i,
  /^(?:quotes?|statements?|comments?) (?:from|by|of) (.+?)(?: (?:about|on|regarding) (.+))?$/i,
  /^what (?:was|were|is|are) (.+?)['’]s? (?:statement|response|reaction|answer|quote|comment|view|position|take|opinion|stance|verdict|assessment|thoughts|message|warning)s?(?: (?:about|on|to|of) (.+))?$/i,
  /^how did (.+?) (?:respond|react|reply|answer)(?: to (.+))?$/i,
  // "How did the chairman describe the two crashes?": the words they used of them.
  /^how (?:did|does|do|has|have|had) (.+?) (?:describe|described|characteri[sz]e|characteri[sz]ed|explain|explained) (.+)$/i,
  // "What did Berdowski compare the ship to?", "what did SolarWinds blame the password on?": what
  // someone said of a thing.
  /^what (?:did|does|has|have|had) (.+?) (?:compare|compared|liken|likened|blame|blamed) (.+?) (?:to|on|with)$/i,
  /^(?:quotes?) (.+)$/i,
  // "Why did Cruz say he flew to Cancun?": the reason is in the speaker's own words on it.
  /^why (?:did|does|do|has|have|had) (.+?) (?:say|said|claim|claimed|explain|explained|tell reporters|told reporters) (?:that )?(.+)$/i,
];
/** The words for what a writer writes: "the drone story" is about drones. */
const STORY = /\b(?:the )?(?:story|stories|article|articles|piece|report|news)(?: (?:about|on))?\b/gi;
const RESTRICT = new RegExp(`\\b(${askedForms('restriction')})\\b`, 'i');
/** Allowing, or a restriction denied ("have not banned", "didn't restrict"): who did not. */
const ALLOW = new RegExp(
  `(?:\\b(?:allow|allows|allowed|allowing|permit|permits|permitted)|(?:\\b(?:not|never)|n['’]t)\\s+(?:${askedForms('restriction')}))\\b`,
  'i',
);

/** The intent of a question already normalised (question analysis normalises once, for all stages). */
export function readIntent(text: string): Intent {
  const lower = text.toLowerCase();
  if (
    /^(help|\?|commands|usage|what can you do|how do(es)? (i|this|you) (use|work)|what do you know)\b/.test(
      lower,
    )
  )
    return { kind: 'help' };
  if (
    /^((list|show|what are|which are)( me)? (the |your |all )?(sources|articles)|sources|articles|which (articles|sources)|what (articles|sources))( do you (have|know|use)| are (there|loaded|in the corpus))?$/.test(
      lower,
    )
  ) {
    return { kind: 'sources' };
  }
  if (/^(timeline|chronology)\b/.test(lower))
    return { kind: 'timeline', ...(topicAfter(text, 1) ? { topic: topicAfter(text, 1) } : {}) };
  const wrote = /^who (?:wrote|reported|writes|covered) (.+)$/i.exec(text)?.[1];
  // "Who wrote about X?", "who reported the drone story?": the articles' writers. "Who wrote of
  // the pump in 1751?" and "who wrote Hamlet?" ask the articles, not their bylines.
  const onTopic = wrote && /^(?:about|on) (.+)$/i.exec(wrote)?.[1];
  const unstoried = wrote?.replace(STORY, ' ').replace(/\s+/g, ' ').trim();
  const story = unstoried !== wrote?.trim() ? unstoried : undefined;
  // "How many articles mention Huawei?": the articles about it, counted.
  const counted =
    /^how many (?:articles|stories|reports|pieces) (?:mention|name|cover|discuss|are about|talk about|write about) (.+)$/i.exec(
      text,
    )?.[1];
  const about = onTopic || story || counted;
  if (about && !/^["“]/.test(about)) return { kind: 'authors', topic: about };
  const speakers =
    /^(?:who|which ([\w ]{1,40}?)) (?:is|are|was|were|gets?|got|has been|have been) (?:\w+ ){0,3}(?:quoted|cited|interviewed)\b(?: (?:the )?most(?: often)?)?(?: (?:in|by) the (?:articles?|stories|story|news))?(?: (?:on|about|over|regarding) (.+?))?(?: the most| most(?: often)?)?$/i.exec(
      text,
    ) ??
    /^(?:who|which ([\w ]{1,40}?)) (?:else )?(?:has |have )?(?:spoke|speaks|spoken|talked|talks|commented|comments|responded|reacted) (?:about|on|to|over|regarding) (.+)$/i.exec(
      text,
    );
  // (The empty group keeps the topic second, as in the patterns above, which capture a kind first.)
  const everyone =
    /^what (?:did|do|does|has|have) ()(?:everyone|everybody|people|others|the others|they all|each side) (?:say|said|think|thought|tell|told)(?: (?:about|on|of|regarding) (.+))?$/i.exec(
      text,
    );
  const asked = speakers ?? everyone;
  if (asked)
    return {
      kind: 'speakers',
      ...(asked[2] ? { topic: asked[2] } : {}),
      ...(asked[1] ? { who: asked[1] } : {}),
    };
  // "Which companies are mentioned?" names its kind; "who is mentioned?" asks for people.
  const mentioned =
    /^(?:which|what) ([a-z][\w -]{1,30}?) (?:are|were|is|was|get|got|have been|has been) (?:\w+ )?(?:mentioned|named|covered|discussed)(?: (?:in|by) the (?:articles?|stories|story|news|corpus))?$/i.exec(
      text,
    )?.[1] ??
    (/^(?:who|which people) (?:is|are|was|were|gets?|got) (?:\w+ )?(?:mentioned|named)\b(?: (?:in|by) the (?:articles?|stories|news))?$/i.test(
      text,
    )
      ? 'people'
      : undefined);
  if (mentioned) return { kind: 'mentioned', noun: mentioned };
  const said = /^who (?:said|says|stated|claimed|wrote|told)\s+(?:that\s+)?["“]?(.+?)["”]?$/i.exec(text);
  if (said?.[1]) return { kind: 'who-said', phrase: said[1] };
  for (const pattern of QUOTES) {
    const match = pattern.exec(text);
    if (match?.[1]) return { kind: 'quotes', person: match[1], ...(match[2] ? { topic: match[2] } : {}) };
  }
  const did = /^what (?:did|does|has|have|had) (.+?) (?:do|done|did)\b(?: (?:about|to|with) (.+))?$/i.exec(
    text,
  );
  if (did?.[1]) return { kind: 'actor-events', actor: did[1], ...(did[2] ? { topic: did[2] } : {}) };
  const yesNo = new RegExp(
    `^(?:did|does|do|has|have|had|is|was|were|are) (.+?) (?:not |also |already |ever |officially )?${RESTRICT.source.slice(2, -2)}\\b(?: (.+))?$`,
    'i',
  ).exec(text);
  if (yesNo?.[1] && yesNo[2])
    return {
      kind: 'yes-no',
      actor: yesNo[1],
      verb: yesNo[2].toLowerCase(),
      ...(yesNo[3] ? { target: yesNo[3] } : {}),
    };
  if (
    /^(what|which|who|how)\b.*\b(happened|happen|news|going on)\b/.test(lower) ||
    /^(on this day|today in history)\b/.test(lower)
  ) {
    const when = /\b(?:on|in|during|from|of)\s+(.+)$/i.exec(text)?.[1];
    // "what happened to the man arrested in Poland?" names a place, not a day: a search.
    if (when && DATE_WORD.test(when)) return { kind: 'on-date', when };
    if (/\b(today|yesterday|this day)\b/i.test(text)) return { kind: 'on-date', when: when ?? text };
  }
  if (/^(?:(?:by|until|till|since|from) )?when\b/.test(lower))
    return {
      kind: 'when',
      about: text.replace(
        /^(?:(?:by|until|till|since|from) )?when\s+(did|was|were|is|are|does|do|will|has|have|had)?\s*/i,
        '',
      ),
    };
  // "On what date did Britain decide …", "Which day was the vote held?": when, asked by its unit.
  const dated =
    /^(?:(?:on|by|until|till|since|from) )?(?:what|which) (?:date|day)\s+(?:did|was|were|is|are|does|do|will|has|have|had)\s+(.+)$/i.exec(
      text,
    )?.[1];
  if (dated) return { kind: 'when', about: dated };
  const where = /^where\s+(?:did|was|were|is|are|does|do|will|has|have|had)\s+(.+)$/i.exec(text)?.[1];
  if (where) return { kind: 'where', about: where };
  const many = /^(?:(?:in|on|at|for|with|from|to) )?how (?:many|much)\s+(.+)$/i.exec(text);
  // "How many countries banned X?": the restrictions, counted.
  if (many?.[1] && RESTRICT.test(lower) && countsActors(many[1]))
    return { kind: 'restriction', allow: false, ...targetOf(text), count: true };
  if (many?.[1]) return { kind: 'how-many', about: many[1] };
  // ("Who took over as acting CEO after Nix got suspended?": a restriction in a time clause only
  // dates the question.)
  const main = bodyOnly(lower);
  if (
    restrictsAsVerb(main) ||
    (ALLOW.test(main) && /^(who|which|what|list|name)\b|countries|governments/.test(main))
  ) {
    if (
      /^(who|which|what|list|name|show)\b|\b(countries|governments|carriers|operators|who)\b/.test(lower) &&
      !asksWhatWasRestricted(text) &&
      // "Which officials blocked the ban?" asks for people, whom no restriction table lists.
      !(/^(?:which|what)\b/.test(lower) && listedEntityType(text) === 'person')
    ) {
      return {
        kind: 'restriction',
        allow: ALLOW.test(lower) && !RESTRICT.test(lower.replace(ALLOW, '')),
        ...targetOf(text),
      };
    }
  }
  const role = roleQuestion(text);
  if (role) return role;
  if (/^why\b/.test(lower)) return { kind: 'why', text };
  const who =
    /^(?:who|what) (?:is|was|are|were) (.+)$/i.exec(text) ??
    /^(?:tell me about|about|info on|information on|information about|profile of) (.+)$/i.exec(text);
  // "Who was named prime minister to replace X?" asks who was named, not who X is.
  if (who?.[1] && !startsWithVerb(who[1]))
    return { kind: 'who-is', name: who[1].replace(/^(the|a|an) /i, ''), strict: /^who\b/i.test(text) };
  if (/^(summar(y|ise|ize)|tl;?dr|recap)\b/.test(lower))
    return { kind: 'summary', ...(topicAfter(text, 1) ? { about: topicAfter(text, 1) } : {}) };
  return { kind: 'search', text };
}

// ("the ban", "the department's TikTok restrictions"; not "the UK restricted", a subject before its verb.)
const AFTER_DETERMINER = new RegExp(`(?:\\b(?:${DETERMINERS})\\s+|['’]s\\s+(?:[\\p{L}-]+\\s+)?)$`, 'u');

/** A restriction word the question uses as its verb ("who banned X?"), not as a thing ("which
 * judges ruled against the administration's bans?", "after the ban"). */
function restrictsAsVerb(lower: string): boolean {
  const m = RESTRICT.exec(lower);
  if (!m) return false;
  return !AFTER_DETERMINER.test(lower.slice(Math.max(0, m.index - 40), m.index));
}

/** The verbs that ask for a role: "who founded X?" is "who is the founder of X?". */
const ROLE_VERBS: Record<string, string> = {
  ...POST_OF_VERB,
  founded: 'founder',
  owns: 'owner',
  started: 'founder',
};

/** The verb of a role question in its "-ing" form: "who is running X" is "who runs X". */
const PRESENT_OF: Record<string, string> = {
  leading: 'leads',
  heading: 'heads',
  running: 'runs',
  chairing: 'chairs',
};

/** "who is the CEO of Vodafone?", "who is Huawei's CFO?", "who founded Huawei?" */
function roleQuestion(question: string): Intent | null {
  // ("Who was SVB's chief financial officer during the bank run?": the time is no part of the post.)
  // ("Who ended up as Equifax's permanent CEO?", "who became …": who holds the post.)
  const text = bodyOnly(question).replace(
    /^who (?:became|ended up as|took over as|was named|was appointed|was made)\s+(?=\S)/i,
    'who was ',
  );
  // "who's the guy in charge of the faa when the us grounded the max": its head.
  const charge = /^who (?:is|was) (?:the |a )?(?:[a-z]+ )?in charge (?:of|at) (.+)$/i.exec(text);
  if (charge?.[1]) return { kind: 'role', role: 'head', org: charge[1] };
  const of = /^who (?:is|was) (?:the |a |an )?([a-z][\w -]{1,40}?) (?:of|at|for) (.+)$/i.exec(text);
  // "the leader who established the colony at Florida" is a description, not a title.
  if (of?.[1] && of[2] && isTitle(of[1])) return { kind: 'role', role: of[1], org: of[2] };
  const owned = /^who (?:is|was) ([^'’]{1,60})['’]s? ([a-z][\w -]{1,40})$/i.exec(text);
  if (owned?.[1] && owned[2]) return { kind: 'role', role: owned[2], org: owned[1] };
  const verb = /^who (founded|leads|heads|runs|chairs|owns|started) (.+)$/i.exec(text);
  if (verb?.[1] && verb[2])
    return { kind: 'role', role: ROLE_VERBS[verb[1].toLowerCase()] ?? verb[1], org: verb[2] };
  // "who is running tiktok now that mayer quit": who runs it.
  const running = /^who (?:is|was) (leading|heading|running|chairing) (.+)$/i.exec(text);
  if (running?.[1] && running[2])
    return {
      kind: 'role',
      role: ROLE_VERBS[PRESENT_OF[running[1].toLowerCase()] ?? ''] ?? 'head',
      org: running[2],
    };
  return null;
}

/** A question less a clause or span of time after its body ("the FAA when the US grounded the
 * Max", "Radcliffe from 1869 to 1909", "after Nix got suspended"). */
function bodyOnly(phrase: string): string {
  return phrase.replace(
    /\s+(?:(?:when|while|during|after|before|until|since|because|now)\s|(?:from|in|between)\s+\d).*$/i,
    '',
  );
}

/** A title is a few words without a clause, one of them a post: "chief executive", not "leader
 * who established" nor "famed" ("Who was famed for their Christian spirit?"). */
function isTitle(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return (
    words.length <= 4 &&
    !words.some((w) => /^(?:who|whom|whose|that|which|was|were|is|are|did)$/i.test(w)) &&
    words.some(isRoleWord)
  );
}

function topicAfter(text: string, words: number): string | undefined {
  const rest = text
    .split(' ')
    .slice(words)
    .join(' ')
    .replace(/^(of|for|about|on)\s+/i, '')
    .trim();
  return rest || undefined;
}

/**
 * "What did BT remove?": the one named acted, and the question asks what it restricted, which
 * the restriction table cannot tell apart from a target; the passages say it.
 */
function asksWhatWasRestricted(text: string): boolean {
  const parts = text.replace(ALLOW, ' ').split(RESTRICT);
  const after = (parts.pop() ?? '').replace(/[^\p{L}\p{N}]+/gu, '');
  return (
    after === '' &&
    /^(?:what|which)\b.*\b(?:did|does|do|has|have|had|will|would)\s+(?!been\b)\S/i.test(parts[0] ?? '')
  );
}

/** "who banned huawei in 5G" → target "huawei in 5G": what follows the verb, minus filler. */
function targetOf(text: string): { target?: string } {
  const after = text.replace(ALLOW, ' ').split(RESTRICT).pop() ?? '';
  const cleaned = after
    .replace(
      /\b(countries|country|governments|who|which|what|have|has|the|equipment|gear|products|from|list|of|all)\b/gi,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  const before = text.split(RESTRICT)[0] ?? '';
  const subject = before
    .replace(
      /\b(who|which|what|how|many|countries|country|have|has|had|did|do|does|list|name|show|the|me|all)\b/gi,
      ' ',
    )
    .trim();
  const target = cleaned || subject;
  return target ? { target } : {};
}

const ACTOR_NOUNS: ReadonlySet<string> = new Set([...PLACE_KIND_NOUNS, ...ORGANISATION_NOUNS]);

/** "countries banned X", "European carriers have dropped X": what is counted is a kind of actor
 * (not "Huawei affiliates were put on the entity list", which counts the restricted). */
function countsActors(counted: string): boolean {
  const words = counted.toLowerCase().split(/\s+/);
  const verb = words.findIndex((w) => /^(?:did|do|does|have|has|had|are|were|is|was)$/.test(w));
  return words.slice(0, verb < 0 ? 3 : Math.min(verb, 3)).some((w) => ACTOR_NOUNS.has(w));
}

/** "named prime minister …", "arrested in Vancouver": a passive verb in lower case opens the phrase. */
function startsWithVerb(phrase: string): boolean {
  const first = phrase.split(/\s+/)[0] ?? '';
  if (!/^\p{Ll}+$/u.test(first) || !/(?:ed|en)$/.test(first)) return false;
  const tags = tagsOf(first);
  return tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective');
}
