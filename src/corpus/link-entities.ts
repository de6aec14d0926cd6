// Name spans → the document's entities and their mentions, with aliases merged:
// "Ren Zhengfei", "Mr Ren", "Ren" are one person; "U.S." and "USA" one place.
import { classifyName } from './classify-name.js';
import { tagsOf } from './common-words.js';
import type { NameSpan } from './find-names.js';
import { CORPORATE_SUFFIXES, canonicalPlace, ORG_HEADS } from './lexicon.js';
import type { EntityType } from './types.js';

export interface DraftEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  /** Someone is its president or owner ("president of Shoei Kisen Kaisha"): a company in every
   * article, though another reads its name as a person's. */
  led?: boolean;
}

export interface Mention {
  entity: string;
  paragraph: number;
  start: number;
  end: number;
  span: NameSpan;
}

export interface ParagraphSpans {
  paragraph: number;
  spans: NameSpan[];
  /** The paragraph's text, where names written out in brackets are read ("MI6 (the Secret
   * Intelligence Service)"). */
  text?: string;
}

/** One id for every spelling of a name: case, curly apostrophes and accents aside ("François" is
 * "Francois" in a copy that lost its accents). */
export const entityId = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/’/g, "'");

export function linkEntities(paragraphs: ParagraphSpans[]): {
  entities: Map<string, DraftEntity>;
  mentions: Mention[];
} {
  const entities = new Map<string, DraftEntity>();
  const add = (name: string, type: EntityType, alias: string): DraftEntity => {
    const id = entityId(name);
    const entity = entities.get(id) ?? { id, name, type, aliases: new Set<string>() };
    entities.set(id, entity);
    if (alias !== name) entity.aliases.add(alias);
    return entity;
  };
  const kindOf = productsOf(paragraphs);
  // Full names first, so that lone surnames and "Mr Surname" can be linked to them.
  const writtenAt = new Map<string, number>();
  // The names nicknames make ("Sunny Balwani" of 'Ramesh "Sunny" Balwani') → that person.
  const nicknamed = new Map<string, DraftEntity>();
  for (const { paragraph, spans } of paragraphs) {
    for (const span of spans) {
      if (!span.text.includes(' ') || canonicalPlace(span.text)) continue;
      const kind = kindOf(span);
      if (kind?.type !== 'person') continue;
      const person = add(kind.name, 'person', span.text);
      if (span.nickname) {
        person.aliases.add(span.nickname);
        nicknamed.set(span.nickname, person);
      }
      if (!writtenAt.has(person.id)) writtenAt.set(person.id, paragraph);
    }
  }
  const byToken = personTokens(entities, undefined, true);
  const mentions: Mention[] = [];
  // A lone word stands for a person once the full name has been written (a headline or
  // standfirst may shorten it first); used before that, it names something else: "Huguenots"
  // throughout an article is not the "Norman Huguenots" named once, late.
  const introduced = new Set<string>();
  // Lone word → how often it was used apart from the person, before their full name.
  const apart = new Map<string, number>();
  for (const { paragraph, spans } of paragraphs) {
    for (const span of spans) {
      const token = span.text.toLowerCase();
      const person = span.text.includes(' ') || span.honorific ? undefined : byToken.get(token);
      // A lead shortens a name the next paragraphs write out; one written only later is someone
      // else, met by chance.
      if (
        person &&
        !introduced.has(person) &&
        (paragraph >= LEAD_PARAGRAPHS || (writtenAt.get(person) ?? 0) > LEAD_PARAGRAPHS + FULL_NAME_SOON)
      )
        apart.set(token, (apart.get(token) ?? 0) + 1);
      // Once the full name is written, the word is the person again ("the Trump administration"
      // in the lead, "Donald Trump" later, then "Trump told reporters"), unless the article had
      // used it apart throughout ("Huguenots" before "Norman Huguenots", named once).
      const uses = apart.get(token) ?? 0;
      const other = uses > 0 && (!person || !introduced.has(person) || uses >= APART_THROUGHOUT);
      const entity =
        nicknamed.get(span.text) ?? resolve(span, entities, other ? NO_PEOPLE : byToken, add, kindOf);
      if (entity?.type === 'person' && span.text.includes(' ')) introduced.add(entity.id);
      if (!entity) continue;
      if (span.honorific) entity.aliases.add(`${span.honorific} ${span.text}`);
      mentions.push({ entity: entity.id, paragraph, start: span.start, end: span.end, span });
    }
  }
  rekeyRenamed(entities, mentions);
  mergeOrgPrefixes(entities, mentions);
  mergeBracketedNames(paragraphs, entities, mentions);
  for (const m of mentions) {
    const entity = entities.get(m.entity);
    if (m.span.led && entity?.type === 'org') entity.led = true;
  }
  return { entities, mentions };
}

/** Paragraphs that may shorten a name before the article writes it in full (standfirst, lede). */
const LEAD_PARAGRAPHS = 2;
/** How many paragraphs after the lead may pass before the name is written in full. */
const FULL_NAME_SOON = 4;
const NO_PEOPLE: ReadonlyMap<string, string> = new Map();
/** Uses of a lone word apart from the person, before the full name, that keep it apart after. */
const APART_THROUGHOUT = 3;

/** "( the UK’s " before a name in brackets: an article and an owner may stand before it. */
const BRACKET_OPEN = /^\s*\(\s*(?:the\s+)?(?:[\p{L}\p{N}.&-]+(?:\s[\p{L}\p{N}.&-]+)?['’]s\s+)?$/iu;

/** A capitalised word and a joining word right before a name: the name is part of a longer one. */
const NAME_GOES_ON = /\p{Lu}[\p{L}.-]*\s+(?:of|on|for|and|by|de|du|of the|on the|for the)\s+$/u;

/** An acronym's letters are the other name's initials, in order ("EEC", "European Economic
 * Community"); a name that is no acronym fits any other name. */
function acronymFits(acronym: string, name: string): boolean {
  if (!/^[\p{Lu}\d&.]{2,8}$/u.test(acronym)) return true;
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  let at = 0;
  for (const letter of acronym.replace(/[^\p{Lu}]/gu, '')) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * "MI6 (UK’s Secret Intelligence Service)", "British Telecom (BT)": an organisation followed by
 * another organisation's name alone in brackets is one organisation, named the first way.
 */
function mergeBracketedNames(
  paragraphs: ParagraphSpans[],
  entities: Map<string, DraftEntity>,
  mentions: Mention[],
): void {
  const texts = new Map(paragraphs.map((p) => [p.paragraph, p.text ?? '']));
  const merges: [string, string][] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i];
    if (!first) continue;
    const text = texts.get(first.paragraph) ?? '';
    for (let j = i + 1; j < mentions.length && j <= i + 3; j++) {
      const inner = mentions[j];
      if (!inner || inner.paragraph !== first.paragraph || inner.start - first.end > 40) break;
      if (!BRACKET_OPEN.test(text.slice(first.end, inner.start))) continue;
      // An owner inside the brackets ("UK" of "UK’s Secret ...") is passed over.
      if (!/^\s*\)/.test(text.slice(inner.end, inner.end + 3))) continue;
      const [a, b] = [entities.get(first.entity), entities.get(inner.entity)];
      if (
        a &&
        b &&
        a !== b &&
        a.type === 'org' &&
        b.type === 'org' &&
        first.span.text.length >= 2 &&
        // "the Court of Justice of the European Union (CJEU)": the name is longer than the span.
        !NAME_GOES_ON.test(text.slice(Math.max(0, first.start - 30), first.start)) &&
        // "European Union (TEU)" is a treaty's acronym, not the Union's; "MI6 (…)" has its own name.
        acronymFits(inner.span.text, first.span.text)
      )
        merges.push([a.id, b.id]);
      break;
    }
  }
  for (const [targetId, sourceId] of merges) {
    const target = entities.get(targetId);
    const source = entities.get(sourceId);
    if (!target || !source) continue;
    target.aliases.add(source.name);
    for (const alias of source.aliases) target.aliases.add(alias);
    entities.delete(source.id);
    for (const m of mentions) if (m.entity === source.id) m.entity = target.id;
  }
}

/**
 * "Huawei Technologies" first, then "Huawei": the entity took the shorter name, and now goes by
 * its key, so that other articles' "Huawei" is the same organisation.
 */
function rekeyRenamed(entities: Map<string, DraftEntity>, mentions: Mention[]): void {
  for (const entity of [...entities.values()]) {
    const id = entityId(entity.name);
    if (id === entity.id) continue;
    const other = entities.get(id);
    entities.delete(entity.id);
    if (other) for (const alias of entity.aliases) other.aliases.add(alias);
    else entities.set(id, { ...entity, id });
    for (const m of mentions) if (m.entity === entity.id) m.entity = id;
  }
}

/** "Veltrix Networks" and "Veltrix" in one article are one organisation, named the longer way. */
function mergeOrgPrefixes(entities: Map<string, DraftEntity>, mentions: Mention[]): void {
  for (const short of [...entities.values()]) {
    if (short.type !== 'org' || short.name.includes(' ')) continue;
    const long = [...entities.values()].filter(
      (e) =>
        e.type === 'org' &&
        e.name.startsWith(`${short.name} `) &&
        ORG_HEADS.has((e.name.split(' ').pop() ?? '').toLowerCase()),
    );
    if (long.length !== 1 || !long[0]) continue;
    const target = long[0];
    // The short form follows the full name: a word written before it is the parent or another
    // thing ("Google" before "Google Mobile Services", "Huguenot" before "Huguenot High School").
    const fullAt = mentions.findIndex((m) => m.entity === target.id);
    if (mentions.some((m, i) => m.entity === short.id && i < fullAt)) continue;
    target.aliases.add(short.name);
    for (const alias of short.aliases) target.aliases.add(alias);
    entities.delete(short.id);
    for (const m of mentions) if (m.entity === short.id) m.entity = target.id;
  }
}

type Add = (name: string, type: EntityType, alias: string) => DraftEntity;

/**
 * How each name span is classified, knowing the article: "Volkswagen Jetta" is no person where
 * "Volkswagen" alone names an organisation; a name after a title or honorific always is one.
 */
function productsOf(paragraphs: ParagraphSpans[]): (span: NameSpan) => ReturnType<typeof classifyName> {
  const orgWords = new Set<string>();
  // (A lone word the lexicon knows as a company: "Ren" of "Ren Zhengfei" alone is his name.)
  for (const { spans } of paragraphs)
    for (const span of spans)
      if (
        !span.text.includes(' ') &&
        classifyName(span.text, false)?.type === 'org' &&
        tagsOf(span.text).has('Organization')
      )
        orgWords.add(span.text);
  // A name someone is president or owner of is a company's wherever it stands.
  const led = new Set<string>();
  for (const { spans } of paragraphs) for (const span of spans) if (span.led) led.add(span.text);
  return (span) => {
    const titled = span.honorific !== '' || span.title !== '';
    const kind = classifyName(span.text, titled, span.personal === true);
    const first = span.text.split(' ')[0] ?? '';
    // (One that someone is president or owner of is a company: "president of Shoei Kisen Kaisha".)
    return kind?.type === 'person' &&
      !titled &&
      span.text.includes(' ') &&
      (orgWords.has(first) || led.has(span.text))
      ? { type: 'org', name: kind.name }
      : kind;
  };
}

function resolve(
  span: NameSpan,
  entities: Map<string, DraftEntity>,
  byToken: ReadonlyMap<string, string>,
  add: Add,
  kindOf: (span: NameSpan) => ReturnType<typeof classifyName>,
): DraftEntity | undefined {
  const text = span.text;
  const single = !text.includes(' ');
  const person = single ? byToken.get(text.toLowerCase()) : undefined;
  if (person) {
    const entity = entities.get(person);
    entity?.aliases.add(text);
    return entity;
  }
  // "Huaweis" (a possessive without its apostrophe) and "Acme Technologies" are the same as "Huawei", "Acme".
  const stem = single && text.endsWith('s') ? entities.get(entityId(text.slice(0, -1))) : undefined;
  if (stem && stem.type !== 'person') return stem;
  // A dictionary word the article has speak ("Apple also said …") names an organisation.
  const kind = kindOf(span) ?? (span.speaks ? { type: 'org' as const, name: text } : null);
  if (!kind) return undefined;
  if (kind.type === 'org') {
    const short = stripCorporateSuffix(kind.name);
    const existing = short !== kind.name ? entities.get(entityId(short)) : undefined;
    if (existing) {
      existing.aliases.add(kind.name);
      return existing;
    }
    for (const entity of entities.values()) {
      if (entity.type === 'org' && stripCorporateSuffix(entity.name) === kind.name) {
        entity.aliases.add(entity.name);
        entity.name = kind.name;
        return entity;
      }
    }
  }
  return add(kind.name, kind.type, text);
}

export function stripCorporateSuffix(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && CORPORATE_SUFFIXES.has((words[words.length - 1] ?? '').toLowerCase()))
    words.pop();
  return words.join(' ');
}

/** Each word of a person's name → that person, when no other person shares the word (and `lends`
 * lets that word of the name stand for them). */
export function personTokens(
  entities: Map<string, DraftEntity>,
  lends: (entity: DraftEntity, index: number, count: number) => boolean = () => true,
  firstOfFamily = false,
): Map<string, string> {
  const byToken = new Map<string, string>();
  const shared = new Set<string>();
  // Tokens some holder has other than as its surname.
  const notSurname = new Set<string>();
  for (const entity of entities.values()) {
    if (entity.type !== 'person') continue;
    const words = entity.name.toLowerCase().split(' ');
    // "Richard I of Normandy": the place after "of" is no name of his; "Normandy" is the duchy.
    const of = words.indexOf('of');
    const tokens = of > 0 ? words.slice(0, of) : words;
    for (const [index, token] of tokens.entries()) {
      if (token.length < 2 || !lends(entity, index, tokens.length)) continue;
      if (index < tokens.length - 1) notSurname.add(token);
      const holder = byToken.get(token);
      if (holder !== undefined && holder !== entity.id) shared.add(token);
      // (Entities come in the order the article names them: the first holder stays.)
      if (holder === undefined || !firstOfFamily) byToken.set(token, entity.id);
    }
  }
  // One article's "Ted Cruz" then "Heidi Cruz": the surname alone is the one named first, as news
  // copy gives later relatives their first names. Across articles, or a first name, it is no one's.
  for (const token of shared) if (!firstOfFamily || notSurname.has(token)) byToken.delete(token);
  return byToken;
}
