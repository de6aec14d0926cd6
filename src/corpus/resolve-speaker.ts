// Who a subject phrase stands for: a named mention inside it, or a pronoun / generic noun
// ("he", "it", "the company") resolved to the person or organisation spoken of last.
import type { DocumentAnalysis } from './analyse-document.js';
import { tagsOf } from './common-words.js';
import { datelineLength } from './dateline.js';
import type { Mention } from './link-entities.js';
import { ORG_STAND_IN, PERSON_STAND_IN } from './speech-words.js';

export interface Position {
  paragraph: number;
  offset: number;
}

export interface SpeakerContext {
  doc: DocumentAnalysis;
  /** Mentions in reading order. */
  mentions: Mention[];
  /** The speaker attributed last, for pronouns that continue a speech. */
  lastSpeaker: string | null;
}

const before = (m: Mention, pos: Position): boolean =>
  m.paragraph < pos.paragraph || (m.paragraph === pos.paragraph && m.end <= pos.offset);

const typeOf = (context: SpeakerContext, id: string) => context.doc.entities.get(id)?.type;

/** The entity a phrase at [start, end) of a paragraph names or stands for; null when unsure. */
export function resolvePhrase(
  context: SpeakerContext,
  paragraph: number,
  start: number,
  end: number,
): string | null {
  const inside = context.mentions.filter(
    (m) => m.paragraph === paragraph && m.start >= start && m.end <= end,
  );
  // "Mr Bankman-Fried's lawyer Mark Cohen said": the owner is not the one who speaks.
  const named =
    inside.find((m) => typeOf(context, m.entity) === 'person' && !m.span.possessive) ??
    inside.find((m) => typeOf(context, m.entity) === 'person') ??
    inside.find((m) => typeOf(context, m.entity) === 'org');
  if (named) return named.entity;
  const phrase = (context.doc.paragraphs[paragraph] ?? '').slice(start, end).trim();
  // "he", "the spokesman", "a company statement": up to three words after a determiner.
  const words = phrase.replace(/^(the|a|an)\s+/i, '').split(/\s+/);
  if (words.length > 3) return null;
  // "Her lawyers argued", "his spokesman said": someone else speaks, whom the text does not name.
  if (words.length > 1 && /^(?:his|her|their)$/i.test(words[0] ?? '')) return null;
  // ("the prime minister's spokesman said": the spokesman of a post the text names no holder of
  // here speaks for that office, not for the person named last.)
  if (words.slice(0, -1).some((w) => /['’]s$/.test(w))) return null;
  const at = { paragraph, offset: start };
  // "a Google spokesperson said …. “…,” the spokesperson said": whom the spokesperson was
  // introduced as speaking for.
  const spokes =
    words.length === 1 && SPOKES.test(words[0] ?? '') ? introducedFor(context, at, words[0] ?? '') : null;
  if (spokes) return spokes;
  for (const word of words) {
    if (PERSON_STAND_IN.test(word) || PERSON_STAND_IN.test(`the ${word}`))
      return lastOfType(context, at, 'person', genderOf(word));
  }
  for (const word of words) {
    if (ORG_STAND_IN.test(word) || ORG_STAND_IN.test(`the ${word}`)) return orgStandIn(context, at, word);
  }
  return null;
}

export type Gender = 'female' | 'male' | undefined;

export function lastOfType(
  context: SpeakerContext,
  pos: Position,
  type: 'person' | 'org',
  gender?: Gender,
): string | null {
  const fits = (id: string) =>
    typeOf(context, id) === type && (!gender || entityGender(context, id) !== opposite(gender));
  // "Ed Brewster was blunt. “…,” he said.": the person this paragraph has just written of, before
  // whoever spoke last.
  // ("The Russian Embassy rejected the accusations in a statement. “…,” it said.": so for "it".)
  const here = subjectBefore(context, pos, fits);
  if (here) return here;
  if (context.lastSpeaker && fits(context.lastSpeaker)) return context.lastSpeaker;
  for (let i = context.mentions.length - 1; i >= 0; i--) {
    const m = context.mentions[i] as Mention;
    if (before(m, pos) && pos.paragraph - m.paragraph <= 3 && fits(m.entity)) return m.entity;
  }
  return null;
}

/** Words before a name that make it an object or an owner ("asked about Trump"), not a subject. */
const OBJECT_BEFORE = /\b(?:about|of|to|with|by|for|from|at|on|in|into|against|than|and|or|like|unlike)\s+$/i;

/** The last person named earlier in the paragraph as a subject would be: not after a
 * preposition, not an owner ("Meng's lawyers"), not inside the quote. */
function subjectBefore(context: SpeakerContext, pos: Position, fits: (id: string) => boolean): string | null {
  const text = context.doc.paragraphs[pos.paragraph] ?? '';
  for (let i = context.mentions.length - 1; i >= 0; i--) {
    const m = context.mentions[i] as Mention;
    // Mentions are in reading order: past this paragraph's start there is nothing more to read.
    if (m.paragraph < pos.paragraph) break;
    if (m.paragraph !== pos.paragraph || !before(m, pos) || !fits(m.entity)) continue;
    if (OBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start))) continue;
    if (/^['’]/.test(text.slice(m.end, m.end + 1))) continue;
    // Named inside the quoted words themselves: an odd number of quote marks lies between.
    if (((text.slice(m.end, pos.offset).match(/["“”]/g) ?? []).length & 1) === 1) continue;
    return m.entity;
  }
  return null;
}

const genderOf = (pronoun: string): Gender =>
  /^(she|her)$/i.test(pronoun) ? 'female' : /^(he|him)$/i.test(pronoun) ? 'male' : undefined;
const opposite = (gender: Gender): Gender => (gender === 'female' ? 'male' : 'female');

/** From an honorific the text used ("Ms Lopez") or a first name compromise knows. */
function entityGender(context: SpeakerContext, id: string): Gender {
  const entity = context.doc.entities.get(id);
  if (!entity) return undefined;
  for (const alias of entity.aliases) {
    if (/^(ms|mrs|miss|madam|dame)\.? /i.test(alias)) return 'female';
    if (/^(mr|sir)\.? /i.test(alias)) return 'male';
  }
  const tags = tagsOf(entity.name.split(' ')[0] ?? '');
  return tags.has('FemaleName') ? 'female' : tags.has('MaleName') ? 'male' : undefined;
}

/** "the newspaper" is the organisation the text called a newspaper; "it" the organisation last spoken of. */
function orgStandIn(context: SpeakerContext, pos: Position, phrase: string): string | null {
  const noun = phrase.toLowerCase().replace(/^the /, '');
  if (noun === 'it' || noun === 'its') return lastOfType(context, pos, 'org');
  // "Cruz released a statement … '…,' the statement said": whoever issued it, person or not.
  // ("The port union issued a statement": issued by someone no name stands for: no one we know.)
  if (WRITINGS.has(noun)) {
    const issuer = issuerOf(context, pos, noun);
    if (issuer !== undefined || noun !== 'statement') return issuer ?? null;
  }
  if (noun === 'company' || noun === 'statement' || noun === 'firm' || noun === 'group')
    return salientOrg(context, pos);
  for (let i = context.mentions.length - 1; i >= 0; i--) {
    const m = context.mentions[i] as Mention;
    if (!before(m, pos) || typeOf(context, m.entity) !== 'org') continue;
    const text = context.doc.paragraphs[m.paragraph] ?? '';
    // Named as one: "Ministry of Trade", "newspaper Handelsblatt", "Acme, a drone maker".
    if (context.doc.entities.get(m.entity)?.name.toLowerCase().includes(noun)) return m.entity;
    const preceding = text.slice(Math.max(0, m.start - 30), m.start).toLowerCase();
    if (new RegExp(`\\b${noun}\\W{0,4}(the )?$`).test(preceding)) return m.entity;
    if (
      new RegExp(`^,? (a|an|the) [\\w -]{0,24}\\b${noun}\\b`).test(
        text.slice(m.end, m.end + 50).toLowerCase(),
      )
    )
      return m.entity;
  }
  return null;
}

const SPOKES = /^spokes(?:man|woman|person)$/i;

/**
 * Whom a spokesperson, last introduced in this paragraph or the two before it, speaks as: the
 * person named beside that introduction ("a Huawei spokesman, Alykhan Velshi,"; "Velshi, a Huawei
 * spokesman"), else the organisation named in it ("a Google spokesperson", "Google's spokesperson",
 * "a spokesman for the ministry"). Null when no introduction names either.
 */
function introducedFor(context: SpeakerContext, pos: Position, noun: string): string | null {
  const word = new RegExp(`\\b${noun}\\b`, 'gi');
  for (let p = pos.paragraph; p >= Math.max(0, pos.paragraph - ISSUER_REACH); p--) {
    const full = context.doc.paragraphs[p] ?? '';
    const text = p === pos.paragraph ? full.slice(0, pos.offset) : full;
    const last = [...text.matchAll(word)].pop();
    if (!last) continue;
    const from = last.index;
    const to = from + last[0].length;
    const near = context.mentions.filter((m) => m.paragraph === p);
    const person = near.find(
      (m) =>
        typeOf(context, m.entity) === 'person' &&
        ((m.start >= to && /^,\s*$/.test(full.slice(to, m.start))) ||
          (m.end <= from && /^,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}$/i.test(full.slice(m.end, from)))),
    );
    if (person) return person.entity;
    const org = near.find(
      (m) =>
        typeOf(context, m.entity) === 'org' &&
        ((m.end <= from && /^(?:['’]s?)?\s+(?:[\w-]+\s+)?$/.test(full.slice(m.end, from))) ||
          (m.start >= to && /^\s+(?:for|at)\s+(?:the\s+)?$/i.test(full.slice(to, m.start)))),
    );
    return org?.entity ?? null;
  }
  return null;
}

/** What someone issues that then speaks: "the statement said", "the letter read". */
const WRITINGS = new Set(['statement', 'message', 'post', 'letter']);
const ISSUED =
  /\b(?:issued|released|posted|published|put out|sent|wrote|made public)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(statement|message|post|letter)\b/gi;
/** Paragraphs read back for who issued a writing. */
const ISSUER_REACH = 2;

/** The person or organisation that issued the writing a stand-in names, in this paragraph (before
 * the quote) or the two before it: the last one named before "released a statement" in its
 * sentence; null when that sentence names no one, undefined when no sentence says it was issued. */
function issuerOf(context: SpeakerContext, pos: Position, noun: string): string | null | undefined {
  for (let p = pos.paragraph; p >= Math.max(0, pos.paragraph - ISSUER_REACH); p--) {
    const full = context.doc.paragraphs[p] ?? '';
    const text = p === pos.paragraph ? full.slice(0, pos.offset) : full;
    const issued = [...text.matchAll(ISSUED)].filter((m) => m[1]?.toLowerCase() === noun).pop();
    if (!issued) continue;
    // (Not "(Reuters)" of the dateline before it.)
    const sentenceStart = Math.max(0, text.lastIndexOf('. ', issued.index) + 1, datelineLength(full));
    const issuer = context.mentions
      .filter(
        (m) =>
          m.paragraph === p &&
          m.start >= sentenceStart &&
          m.end <= issued.index &&
          (typeOf(context, m.entity) === 'person' || typeOf(context, m.entity) === 'org'),
      )
      .pop();
    return issuer?.entity ?? null;
  }
  return undefined;
}

/** "the company": the organisation the story is about so far, among those of the last paragraphs. */
function salientOrg(context: SpeakerContext, pos: Position): string | null {
  if (context.lastSpeaker && typeOf(context, context.lastSpeaker) === 'org') return context.lastSpeaker;
  const counts = new Map<string, number>();
  const recent = new Set<string>();
  for (const m of context.mentions) {
    if (!before(m, pos) || typeOf(context, m.entity) !== 'org') continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    if (pos.paragraph - m.paragraph <= 2) recent.add(m.entity);
  }
  let best: string | null = null;
  for (const id of recent) if (!best || (counts.get(id) ?? 0) > (counts.get(best) ?? 0)) best = id;
  return best;
}
