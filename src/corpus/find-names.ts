// Candidate proper names in a paragraph: runs of capitalised words, with honorifics and leading
// titles split off ("European Commissioner Andrus Ansip" → title + "Andrus Ansip").
import { isCalendarWord, quarterOf } from '../language/calendar-words.js';
import { isSpelledNumber } from '../language/number-words.js';
import { isStopWord } from '../language/stop-words.js';
import { classifyName } from './classify-name.js';
import { isCommonWord, isKnownName, isPlaceName, tagsOf } from './common-words.js';
import { HONORIFICS, isPartyTag, isRoleWord, NOT_NAMES, ORG_HEADS } from './lexicon.js';

export interface NameSpan {
  /** The name as written, possessive dropped: "Huawei" for "Huawei’s". */
  text: string;
  start: number;
  end: number;
  /** The honorific that stood before it ("Mr"), or "": with one, a person. */
  honorific: string;
  /** Title words that stood before it inside the capitalised run ("Commissioner"). */
  title: string;
  possessive: boolean;
  /** A dictionary word the article has speak as a name elsewhere ("Apple also said …"). */
  speaks?: boolean;
  /** Described as a person right after: "Elon Musk, the chief executive of Tesla," or ", who …". */
  personal?: boolean;
  /** Led by someone: "president of Shoei Kisen Kaisha", "the Shoei Kisen president". */
  led?: boolean;
  /** The name a nickname inside it makes: "Sunny Balwani" of 'Ramesh "Sunny" Balwani'. */
  nickname?: string;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;
const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'del',
  'la',
  'le',
  'al',
  'bin',
  'du',
]);

interface Token {
  text: string;
  start: number;
  end: number;
}

const isCapitalised = (word: string): boolean => /^[\p{Lu}]/u.test(word);

/**
 * `lowerWords`: words the document also writes in lower case; capitalised only at a sentence's
 * start, they are common words ("Security and ...").
 */
export function findNames(
  paragraph: string,
  sentenceStarts: Set<number>,
  lowerWords: Set<string>,
  speaking: ReadonlySet<string> = NO_WORDS,
): NameSpan[] {
  const tokens: Token[] = [];
  for (const match of paragraph.matchAll(TOKEN)) {
    let text = match[0];
    // Keep the dots of abbreviations (U.S.), drop a sentence's full stop.
    if (text.endsWith('.') && !/^(\p{Lu}\.)+$/u.test(text) && !/^(st|mr|mrs|ms|dr|jr|sr)\.$/i.test(text))
      text = text.slice(0, -1);
    tokens.push({ text, start: match.index, end: match.index + text.length });
  }
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]?.text ?? '')) {
      i++;
      continue;
    }
    let j = i;
    const run: Token[] = [];
    while (j < tokens.length) {
      const token = tokens[j] as Token;
      const gap = run.length ? paragraph.slice((run[run.length - 1] as Token).end, token.start) : '';
      // 'Chesley "Sully" Sullenberger': a nickname in quote marks is passed over, the name goes on.
      const next = tokens[j + 1];
      if (
        run.length &&
        /^ ["“]$/.test(gap) &&
        next &&
        isCapitalised(token.text) &&
        isCapitalised(next.text) &&
        /^["”] $/.test(paragraph.slice(token.end, next.start))
      ) {
        j++;
        continue;
      }
      // Punctuation between words ends a name.
      if (run.length && !/^ ?$/.test(gap) && !NICKNAME_GAP.test(gap)) break;
      if (isCapitalised(token.text)) run.push(token);
      else if (CONNECTORS.has(token.text) && isCapitalised(tokens[j + 1]?.text ?? '') && run.length)
        run.push(token);
      // "Nord Stream 2 AG", "Windows 10 Pro": a series' number inside a name, a capitalised word
      // after it (no year, no day after a month: "March 3 Huawei …").
      else if (
        run.length &&
        /^\d{1,3}$/.test(token.text) &&
        !isCalendarWord((run[run.length - 1] as Token).text) &&
        isCapitalised(next?.text ?? '') &&
        paragraph.slice(token.end, next?.start ?? token.end) === ' '
      )
        run.push(token);
      // "Securities and Exchange Commission", "Health and Human Services Department": "and"
      // inside one body's name, when the capitalised words after it end in a body's head noun.
      // (Only after common words: "Huawei and ZTE Corporation" are two.)
      // (Or words the article writes in lower case too: "Cybersecurity and Infrastructure
      // Security Agency" beside "director for cybersecurity".)
      else if (
        token.text === 'and' &&
        run.length &&
        run.every((t) => isCommonWord(t.text) || lowerWords.has(t.text.toLowerCase())) &&
        endsInBody(paragraph, tokens, j + 1)
      )
        run.push(token);
      else break;
      if (/['’]s?$/.test(token.text)) {
        j++;
        break; // a possessive closes the name: "Vodafone’s CEO Nick Read"
      }
      j++;
    }
    spans.push(...splitRun(paragraph, run, sentenceStarts, lowerWords, speaking));
    i = Math.max(j, i + 1);
  }
  return spans;
}

/** Whether the capitalised words from `from` on (at most four) end in a body's head noun. */
function endsInBody(paragraph: string, tokens: Token[], from: number): boolean {
  let last: Token | undefined;
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const token = tokens[k] as Token;
    if (!isCapitalised(token.text)) break;
    if (last && !/^ $/.test(paragraph.slice(last.end, token.start))) break;
    last = token;
  }
  return last !== undefined && last !== tokens[from] && ORG_HEADS.has(last.text.toLowerCase());
}

/** A first or last name by compromise's lexicon ("Bill", "Kerry"), though a dictionary word too. */
function isPersonNameWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.has('FirstName') || tags.has('LastName');
}

/**
 * Words after a title word that name a thing, not whom the title is held by: "Temporary General
 * License for Huawei" is a licence, its "General" no rank. A dictionary word, neither a first name
 * nor a surname, joined to more by "for" or "of".
 */
function thingAfterTitle(rest: Token[]): boolean {
  const head = rest[0]?.text ?? '';
  return (
    rest.length > 2 &&
    /^(?:of|for)$/.test(rest[1]?.text ?? '') &&
    isCommonWord(head) &&
    !isPersonNameWord(head)
  );
}

function splitRun(
  paragraph: string,
  run: Token[],
  sentenceStarts: Set<number>,
  lowerWords: Set<string>,
  speaking: ReadonlySet<string>,
): NameSpan[] {
  const words = [...run];
  let honorific = '';
  const opener = words[0]?.text ?? '';
  // A sentence's first word is capitalised anyway, and so is a quotation's (“For Huawei users …”):
  // keep it only when it is a name.
  const opens =
    sentenceStarts.has(words[0]?.start ?? -1) || /[“"‘]/.test(paragraph.charAt((words[0]?.start ?? 0) - 1));
  if (
    opens &&
    !isKnownName(opener) &&
    // ("Apple also said …" elsewhere in the article: a dictionary word that speaks is a name.)
    !speaking.has(opener) &&
    // A title opening the sentence ("Secretary for Trade Liz Truss said") is read as a title below.
    !(isRoleWord(opener) && words.length > 2) &&
    // ("Moody's, which cut …" opens a sentence with the agency's name.)
    !(words.length === 1 && namesItself(paragraph, words[0] as Token)) &&
    // ("Chi Onwurah, the shadow digital minister, said": a word the article never writes in lower
    // case, before a surname a role describes, is a first name.)
    !(
      words.length === 2 &&
      !lowerWords.has(opener.toLowerCase()) &&
      !isStopWord(opener.toLowerCase()) &&
      !isCommonWord(words[1]?.text ?? '') &&
      describedAsPerson(paragraph, words[1]?.end ?? 0)
    ) &&
    (lowerWords.has(opener.toLowerCase()) || isCommonWord(opener) || isCommonPlural(opener))
  ) {
    words.shift();
  } else if (
    words.length >= 3 &&
    // (Mid-sentence, an English word only: "Hoshi Kisen Kaisha" keeps its first word.)
    (sentenceStarts.has(words[0]?.start ?? -1) || (!isRoleWord(opener) && isCommonWord(opener))) &&
    describesPerson(paragraph, words)
  ) {
    // "Billionaire Francois-Henri Pinault said …", "defeating Democrat Beto O'Rourke": a common
    // noun before a full name describes him. (Mid-sentence a title stays, read as one below.)
    words.shift();
  }
  // "Even for Boeing, …" less its opener is "Boeing", not "for Boeing"; "Thirty-eight Conservative
  // MPs" less its count.
  // ("Swiss-based Nord Stream 2 AG": where it is based describes it.)
  while (
    words.length &&
    (CONNECTORS.has(words[0]?.text ?? '') ||
      isSpelledNumber(words[0]?.text ?? '') ||
      /-based$/i.test(words[0]?.text ?? ''))
  )
    words.shift();
  // "Tory MPs", "Labour MEPs": a plural of initials is a class of people or things, no name's word.
  if (/^\p{Lu}{2,}s$/u.test(words[words.length - 1]?.text ?? '')) words.pop();
  // "wrote He Tingbo, the president of HiSilicon": mid-sentence, a capitalised "He" before a name's
  // word is a surname, no pronoun.
  const surname = words[0];
  const surnamed =
    words.length > 1 &&
    /^(?:He|She)$/.test(words[0]?.text ?? '') &&
    !sentenceStarts.has(words[0]?.start ?? -1) &&
    !/[“"‘(]\s*$/.test(paragraph.slice(Math.max(0, (words[0]?.start ?? 0) - 2), words[0]?.start ?? 0));
  while (
    words.length &&
    !(surnamed && words[0] === surname) &&
    (HONORIFICS.test(words[0]?.text ?? '') ||
      NOT_NAMES.has((words[0]?.text ?? '').toLowerCase()) ||
      // "Didn't Boeing …", "Hasn't received …": a contraction is no part of a name.
      /n['’]t$/i.test(words[0]?.text ?? ''))
  ) {
    if (HONORIFICS.test(words[0]?.text ?? '')) honorific = (words[0]?.text ?? '').replace(/\.$/, '');
    words.shift();
  }
  // "European Commissioner Andrus Ansip", "Huaweis CFO Meng Wanzhou": the words up to the last
  // title word are the person's role, the rest the name. Trailing titles ("MI6 Chief") are dropped.
  let title = '';
  const lastRole = findLastIndex(words, (word, i) => isRoleWord(word.text) && i < words.length - 1);
  if (
    lastRole >= 0 &&
    !ORG_HEADS.has((words[words.length - 1]?.text ?? '').toLowerCase()) &&
    !thingAfterTitle(words.slice(lastRole + 1))
  ) {
    title = paragraph.slice(words[0]?.start ?? 0, words[lastRole]?.end ?? 0);
    const titleStart = words[0]?.start ?? 0;
    words.splice(0, lastRole + 1);
    // "Secretary of Defense James Schlesinger": the title goes on through "of Defense"; the name
    // is the last two words.
    // ("von der Leyen" after "President" is all name: only "of" and "for" carry a title on.)
    if (words.length > 2 && /^(?:of|for)$/i.test(words[0]?.text ?? '')) {
      // ("Director of National Intelligence" is a post: its last words are no one's name.)
      if (words.slice(-2).every((w) => isCommonWord(w.text) && !isPersonNameWord(w.text))) return [];
      title = paragraph.slice(titleStart, words[words.length - 3]?.end ?? 0);
      words.splice(0, words.length - 2);
    } else if (/^(?:of|for|at)$/i.test(words[0]?.text ?? '')) {
      // "CEO of Theranos": the title's organisation, no person.
      title = '';
      words.shift();
    }
  }
  // ("Department of Justice" keeps its last word: a title is not written after "of".)
  while (
    words.length > 1 &&
    isRoleWord(words[words.length - 1]?.text ?? '') &&
    !CONNECTORS.has(words[words.length - 2]?.text ?? '')
  )
    words.pop();
  while (words.length && CONNECTORS.has(words[words.length - 1]?.text ?? '')) words.pop();
  const from = fromPlace(paragraph, words, title !== '' || honorific !== '');
  // ("Ben Wood of CCS Insight": the analyst's firm is a name of its own.)
  const affiliation = from > 0 ? words.slice(from + 1) : [];
  if (from > 0) words.splice(from);
  if (!words.length) return [];
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  let text = paragraph.slice(first.start, last.end);
  // "Moody's, which cut …", "Moody's said": a name ending in 's that nothing is owned by is the
  // name itself, not a possessive (a single word, so "Huawei's, Nokia's and …" lists stay apart).
  const named = words.length === 1 && namesItself(paragraph, last);
  const possessive = !named && /['’]s?$/.test(text) && text.length > 3;
  if (possessive) text = text.replace(/['’]s?$/, '');
  if (NOT_NAMES.has(text.toLowerCase()) || (words.length === 1 && isRoleWord(text))) return [];
  // "Sen. Mark Warner, D-Va., said": a US lawmaker's party and state, no name; "Q2" a quarter.
  if (words.length === 1 && (isPartyTag(text) || quarterOf(text))) return [];
  // "Mark Green, a Tennessee Republican, said": where a lawmaker is from and their party describe
  // them; they name no organisation.
  if (words.length > 1 && /^(?:Republican|Democrat)$/.test(last.text)) {
    const place = paragraph.slice(first.start, words[words.length - 2]?.end ?? first.end);
    if (isPlaceName(place)) return [];
  }
  const speaks = words.length === 1 && speaking.has(text);
  const personal =
    words.length > 1 &&
    !possessive &&
    (describedAsPerson(paragraph, last.end) || titledBefore(paragraph, first.start));
  const led = !personal && ledBySomeone(paragraph, first.start, first.start + text.length);
  const nick = NICKNAMED.exec(text);
  return [
    {
      text: text.replace(NICKNAME, ' '),
      ...(nick ? { nickname: `${nick[1]} ${nick[2]}` } : {}),
      start: first.start,
      end: first.start + text.length,
      honorific,
      title,
      possessive,
      ...(speaks ? { speaks } : {}),
      ...(personal ? { personal } : {}),
      ...(led ? { led } : {}),
    },
    ...affiliatedWith(paragraph, affiliation),
  ];
}

/** The organisation a person is "of", as a name span of its own; none for a place. */
function affiliatedWith(paragraph: string, words: Token[]): NameSpan[] {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return [];
  const text = paragraph.slice(first.start, last.end);
  if (isPlaceName(text)) return [];
  return [{ text, start: first.start, end: last.end, honorific: '', title: '', possessive: false }];
}

/** Posts only an organisation has, written before "of" its name or after "the" and its name. */
const LEADER =
  'president|chairman|chairwoman|chairperson|chief executive|ceo|founder|co-founder|owner|managing director|cfo|cto';
const LED_BEFORE = new RegExp(`\\b(?:${LEADER})\\s+(?:of|at)\\s+(?:the\\s+)?$`, 'i');
const LED_AFTER = new RegExp(`^\\s+(?:${LEADER}|boss)\\b`, 'i');

function ledBySomeone(paragraph: string, start: number, end: number): boolean {
  const before = paragraph.slice(Math.max(0, start - 30), start);
  return (
    LED_BEFORE.test(before) || (/\bthe\s+$/i.test(before) && LED_AFTER.test(paragraph.slice(end, end + 30)))
  );
}

/** After a name: ", who", or an apposition whose head is a role ("the chief executive of Tesla",
 * "Tesla's chief executive", "a former boss of the 76ers"). */
const APPOSITION =
  /^\s*,\s*(?:(?:the|a|an|its|his|her|their|[\p{Lu}][\p{L}.&-]*['’]s?)\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s*(?:,|\bof\b|\bat\b|\bfor\b|$))/u;

/** A post written in lower case right before a name: "HiSilicon's president He Tingbo",
 * "analyst Ben Wood". */
function titledBefore(paragraph: string, start: number): boolean {
  const word = /([a-z][a-z-]*)\s+$/.exec(paragraph.slice(Math.max(0, start - 30), start))?.[1] ?? '';
  return word !== '' && isRoleWord(word);
}

function describedAsPerson(paragraph: string, end: number): boolean {
  const after = paragraph.slice(end, end + 60);
  if (/^\s*,\s*who\b/.test(after)) return true;
  const head = APPOSITION.exec(after)?.[1]?.split(/\s+/).pop() ?? '';
  return head !== '' && isRoleWord(head) && head === head.toLowerCase();
}

/**
 * A word ending in 's that owns nothing after it is a name itself: "Moody's, which cut …",
 * "Moody's said"; "Everyone's said so" is a contraction.
 */
function namesItself(paragraph: string, token: Token): boolean {
  if (!/['’]s$/.test(token.text)) return false;
  const base = token.text.replace(/['’]s$/, '').toLowerCase();
  return (
    !isStopWord(base) &&
    !NOT_NAMES.has(base) &&
    !/^(?:let|everyone|everybody|someone|somebody|nobody|one)$/.test(base) &&
    OWNS_NOTHING.test(paragraph.slice(token.end, token.end + 20))
  );
}

const OWNS_NOTHING =
  /^\s*(?:,\s*(?:which|who|whose)\b|(?:said|says|has|had|is|was|will|would|cut|downgraded|upgraded|warned|added)\b)/;

function findLastIndex<T>(items: T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T, i)) return i;
  return -1;
}

/** Every word the text writes starting in lower case (and each part of a hyphenated one). */
export function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu)) {
    words.add(match[0]);
    for (const part of match[0].split('-')) words.add(part);
  }
  return words;
}

const NO_WORDS: ReadonlySet<string> = new Set();
/** A nickname in quote marks inside a name, and the gap it leaves between the name's words. */
const NICKNAME = / ["“][\p{L}.'’-]{1,20}["”] /gu;
const NICKNAME_GAP = /^ ["“][\p{L}.'’-]{1,20}["”] $/u;
const NICKNAMED = / ["“]([\p{L}.'’-]{1,20})["”] ([^"“”]{1,60})$/u;

/**
 * Capitalised words that open a sentence and say something ("Apple also said it would
 * contribute."): common nouns do not speak, so such a word is a name throughout the article,
 * unless the article writes it in lower case too.
 */
export function speakingWords(text: string, lowerWords: Set<string>): Set<string> {
  const out = new Set<string>();
  const named = (word: string) =>
    !isStopWord(word) && !NOT_NAMES.has(word.toLowerCase()) && !lowerWords.has(word.toLowerCase());
  for (const m of text.matchAll(SPEAKS)) {
    const word = m[1] ?? '';
    if (named(word)) out.add(word);
  }
  // "halt work with Arm", "Arm's designs": a dictionary word the article capitalises alone inside
  // its sentences, again and again and never in lower case, is a name too.
  const inside = new Map<string, number>();
  for (const line of text.split('\n')) {
    // (A headline capitalises every word: only sentence-case text counts.)
    const all = line.match(/\b\p{L}+/gu) ?? [];
    if (all.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > all.length) continue;
    for (const m of line.matchAll(INSIDE)) {
      const word = m[1] ?? '';
      if (isCommonWord(word)) inside.set(word, (inside.get(word) ?? 0) + 1);
    }
  }
  for (const [word, count] of inside)
    if (count >= NAMED_INSIDE && named(word) && !isRoleWord(word) && !isCalendarWord(word)) out.add(word);
  return out;
}
/** Lone capitalised uses inside sentences that make a dictionary word a name. */
const NAMED_INSIDE = 3;
/** A capitalised word after a lower-case one, alone (no capitalised word follows). */
const INSIDE =
  /(?<=(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]{0,30},? )(\p{Lu}\p{Ll}{2,20})(?:['’]s)?\b(?![ -]\p{Lu})/gu;
const SPEAKS =
  /(?:^|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}{2,20}) (?:also |has |had |then |later )?(?:said|says|told|announced|added)\b/gmu;

/** A sentence's opener that is a plain singular noun ("Billionaire", "Entrepreneur"), never a
 * first name, before words that name a person. */
function describesPerson(paragraph: string, words: Token[]): boolean {
  const opener = words[0]?.text ?? '';
  if (isKnownName(opener) || /['’]s?$/.test(opener)) return false;
  const tags = tagsOf(opener);
  if (!tags.has('Noun') || !tags.has('Singular') || tags.has('ProperNoun')) return false;
  const rest = paragraph.slice(words[1]?.start ?? 0, words[words.length - 1]?.end ?? 0);
  return classifyName(rest.replace(/['’]s?$/, ''), false)?.type === 'person';
}

/**
 * "Sen. Ted Cruz of Texas", "Ben Wood of CCS Insight": a person's full name before "of" and a
 * country or state, or (after a first name) an employer, says where they are from; the index of
 * "of", or -1. ("Richard I of Normandy", "Catherine of Aragon" are
 * names whole: one name word, or a numeral, before "of".)
 */
function fromPlace(paragraph: string, words: Token[], titled: boolean): number {
  const of = words.findIndex((w) => w.text === 'of');
  if (of < 2 || of === words.length - 1 || /^[IVXL]+$/.test(words[of - 1]?.text ?? '')) return -1;
  const place = paragraph.slice(words[of + 1]?.start ?? 0, words[words.length - 1]?.end ?? 0);
  const person = paragraph.slice(words[0]?.start ?? 0, words[of - 1]?.end ?? 0);
  const known = isPlaceName(place);
  // "Ben Wood of CCS Insight": a first name and a surname, then whom they work for.
  const affiliated = of <= 3 && tagsOf(words[0]?.text ?? '').has('FirstName') && !/['’]s$/.test(place);
  return (known || affiliated) && classifyName(person, titled)?.type === 'person' ? of : -1;
}

/** "Attackers got in …": a plural of a dictionary word opening a sentence is that word, no name. */
function isCommonPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-z]{4,}s$/.test(lower) || lower.endsWith('ss')) return false;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return isCommonWord(singular);
}
