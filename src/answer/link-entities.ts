// Question words → corpus entities, tolerant of case, honorifics, aliases and typos
// ("ren zhengfe", "Mr Ren", "huwei"), strict enough that "Angela Merkel" links to no one.
import Fuse from 'fuse.js';
import { isCommonWord } from '../corpus/common-words.js';
import { canonicalPlace, isJoiningWord, isRoleWord } from '../corpus/lexicon.js';
import type { Entity, EntityType } from '../corpus/types.js';
import { editDistance } from '../language/edit-distance.js';
import { HONORIFICS } from '../language/honorifics.js';
import type { Steps } from '../steps.js';
import { isStopWord as isCommonStopWord, words, writtenWords } from './terms.js';

export interface EntityLinker {
  /** The entity a phrase names, or undefined. */
  link(phrase: string, prefer?: EntityType): Entity | undefined;
  /** Entities named anywhere in a text, with the words that named them. */
  find(text: string): { entity: Entity; words: string }[];
  /** Fuzzy choices for autocomplete. */
  complete(prefix: string, limit: number): Entity[];
  /** The text with people's initials written as their names ("sbf's lawyer" → "Sam Bankman-Fried's
   * lawyer") and a body's acronym the articles never write as its name ("the FCC chairman" →
   * "the Federal Communications Commission chairman"). */
  spellInitials(text: string): string;
}

interface Named {
  entity: Entity;
  label: string;
  tokens: string[];
}

const normal = (text: string): string[] =>
  words(text.replace(/\./g, ''))
    .map((w) => w.replace(/['’]/g, ''))
    .filter((w) => !HONORIFICS.test(w));

const PRONOUNS: ReadonlySet<string> = new Set(['us', 'it', 'we', 'me', 'him', 'her', 'them', 'i']);

/** Typos allowed in a word: none in short ones, one in medium, two in long ones. */
const allowedEdits = (word: string): number => (word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2);

/** Built as steps (see steps.ts): thousands of names at 10,000 articles. */
export function* createEntityLinkerSteps(entities: Entity[]): Steps<EntityLinker> {
  const named: Named[] = [];
  for (const [n, entity] of entities.entries()) {
    if (n % 1_000 === 999) yield;
    for (const label of new Set([entity.name, ...entity.aliases])) {
      const tokens = normal(label);
      if (tokens.length) named.push({ entity, label, tokens });
      // "marie claude najm" typed for "Marie-Claude Najm".
      if (label.includes('-')) named.push({ entity, label, tokens: normal(label.replace(/-/g, ' ')) });
      // "lukang", "xijinping": a two-word name typed as one word.
      if (entity.type === 'person' && tokens.length === 2)
        named.push({ entity, label, tokens: [tokens.join('')] });
    }
  }
  // "sbf", "cz": a person by their initials, as chat writes them, when the initials are no
  // English word, no word of any name and no one else's.
  const initials = personInitials(entities, new Set(named.flatMap((n) => n.tokens)));
  for (const [letters, entity] of initials) named.push({ entity, label: entity.name, tokens: [letters] });
  const bodies = bodyInitials(entities, new Set(named.flatMap((n) => n.tokens)));
  // Built on the first autocomplete, not with the corpus: indexing every name is one long step.
  let fuse: Fuse<Named> | undefined;
  const fuzzy = () =>
    (fuse ??= new Fuse(named, { keys: ['label'], threshold: 0.4, ignoreLocation: true, includeScore: true }));
  const weight = (entity: Entity) => entity.mentions.length;
  // Name words → the names holding them, and name words by length: a phrase is compared only
  // with names that share a word within its typo budget, never with every name.
  const byToken = new Map<string, Named[]>();
  const byLength = new Map<number, { token: string; letters: number }[]>();
  for (const [k, n] of named.entries()) {
    if (k % 2_000 === 1_999) yield;
    for (const t of new Set(n.tokens)) {
      let list = byToken.get(t);
      if (!list) {
        list = [];
        byToken.set(t, list);
        let sized = byLength.get(t.length);
        if (!sized) {
          sized = [];
          byLength.set(t.length, sized);
        }
        sized.push({ token: t, letters: letterMask(t) });
      }
      list.push(n);
    }
  }
  const closeCache = new Map<string, string[]>();
  /** Name words within a word's typo budget, or one letter longer (a name cut short). */
  const closeTokens = (word: string): string[] => {
    const cached = closeCache.get(word);
    if (cached) return cached;
    const out: string[] = [];
    const budget = allowedEdits(word) + 1;
    const letters = letterMask(word);
    for (let length = Math.max(1, word.length - budget); length <= word.length + budget; length++)
      for (const { token: t, letters: has } of byLength.get(length) ?? []) {
        // Typos rarely hit both of the first two letters: most names are ruled out without a distance.
        if (t[0] !== word[0] && t[1] !== word[1]) continue;
        // Each edit changes at most two letters of the alphabet a word uses.
        if (bitCount(letters ^ has) > 2 * budget) continue;
        if (close(word, t) || (word.length >= 2 && t.length === word.length + 1 && t.startsWith(word)))
          out.push(t);
      }
    if (closeCache.size > 20_000) closeCache.clear();
    closeCache.set(word, out);
    return out;
  };
  /** The names holding, for every token, a word within its budget or cut short by a letter. */
  const candidatesFor = (tokens: string[]): Named[] => {
    let pool: Set<Named> | undefined;
    for (const t of tokens) {
      const holding = new Set<Named>();
      for (const nt of closeTokens(t))
        for (const n of byToken.get(nt) ?? []) if (!pool || pool.has(n)) holding.add(n);
      // A word no name holds: no name can hold the whole phrase.
      if (holding.size === 0) return [];
      pool = holding;
    }
    return [...(pool ?? [])];
  };

  // Questions repeat the same words and phrases: a phrase is linked once (bounded).
  const linked = new Map<string, Entity | undefined>();
  function link(phrase: string, prefer?: EntityType, keep?: ReadonlySet<string>): Entity | undefined {
    const kept = keep !== undefined && keep.size > 0 && normal(phrase).some((t) => keep.has(t));
    const key = `${prefer ?? ''}\u0000${phrase}${kept ? '\u0000caps' : ''}`;
    if (linked.has(key)) return linked.get(key);
    const entity = linkUncached(phrase, prefer, kept ? keep : undefined);
    if (linked.size > 50_000) linked.clear();
    linked.set(key, entity);
    return entity;
  }

  function linkUncached(phrase: string, prefer?: EntityType, keep?: ReadonlySet<string>): Entity | undefined {
    const tokens = normal(phrase).filter((t) => !isCommonStopWord(t) || t.length > 3 || keep?.has(t));
    if (tokens.length === 0 || tokens.length > 6) return undefined;
    // Every word of the phrase must match a word of the name (within its typo budget); failing
    // that, one word may be the name's word cut short by a letter ("lena mo").
    // "harmony os" typed for "HarmonyOS": the words run together name it.
    const joined = tokens.length > 1 ? byToken.get(tokens.join('')) : undefined;
    if (joined?.length) return joined.sort((a, b) => weight(b.entity) - weight(a.entity))[0]?.entity;
    const pool = candidatesFor(tokens);
    // A lone English word is no typo of a name: "the founder" is not "Younger"; nor is a country's
    // name: "norway" is not "Northway Digital".
    const exactOnly =
      tokens.length === 1 && (isCommonWord(tokens[0] ?? '') || canonicalPlace(tokens[0] ?? '') !== undefined);
    let candidates = pool.filter((n) =>
      tokens.every((t) => n.tokens.some((nt) => (exactOnly ? t === nt : close(t, nt)))),
    );
    if (candidates.length === 0 && tokens.length > 1) {
      candidates = pool.filter(
        (n) =>
          tokens.some((t) => n.tokens.includes(t)) &&
          tokens.every((t) =>
            n.tokens.some(
              (nt) => close(t, nt) || (t.length >= 2 && nt.length === t.length + 1 && nt.startsWith(t)),
            ),
          ),
      );
    }
    const ranked = candidates.sort(
      (a, b) =>
        exactness(b, tokens) - exactness(a, tokens) ||
        Number(b.entity.type === prefer) - Number(a.entity.type === prefer) ||
        weight(b.entity) - weight(a.entity),
    );
    return ranked[0]?.entity;
  }

  function find(text: string): { entity: Entity; words: string }[] {
    // A name joined by a hyphen is one word, as written ("Sam Bankman-Fried" is three words, not
    // five with the parts); other compounds ("NP-complete") and one no name holds
    // ("Cobham-Edward") are read with their parts too, as the index reads them.
    const tokens = writtenWords(text).flatMap((written) => {
      // (words() gives the compound whole first, then its parts.)
      const read = words(written);
      const whole = read[0] ?? '';
      return /^\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)+$/u.test(written) && closeTokens(whole).length > 0
        ? [whole]
        : read;
    });
    // "US", "IT" in capitals are names, whatever the lower-case word is ("us", "it").
    const capitals = new Set((text.match(/\b\p{Lu}{2,4}\b/gu) ?? []).map((w) => w.toLowerCase()));
    // ("tell us" is no mention of the US: a pronoun in lower case is a pronoun.)
    const isStopWord = (w: string) => !capitals.has(w) && (isCommonStopWord(w) || PRONOUNS.has(w));
    const found: { entity: Entity; words: string }[] = [];
    const taken = new Set<number>();
    // A word no name word is close to (and that a phrase would not drop) links no phrase holding it.
    // ("os" of "harmony os" lives: run together with its neighbour, it is a name's word.)
    const joins = (i: number) =>
      byToken.has(`${tokens[i - 1] ?? ''}${tokens[i]}`) || byToken.has(`${tokens[i]}${tokens[i + 1] ?? ''}`);
    const dead = tokens.map((t, i) => {
      const kept = normal(t).filter((w) => !isStopWord(w) || w.length > 3);
      return kept.length > 0 && kept.some((w) => closeTokens(w).length === 0) && !joins(i);
    });
    // Longest phrases first, so "New Zealand" wins over "Zealand" and "Ren Zhengfei" over "Ren".
    for (let size = Math.min(4, tokens.length); size >= 1; size--) {
      for (let i = 0; i + size <= tokens.length; i++) {
        if ([...Array(size).keys()].some((k) => taken.has(i + k) || dead[i + k])) continue;
        const phrase = tokens.slice(i, i + size);
        if (
          phrase.every(isStopWord) ||
          // "did saimaa mobile" is "saimaa mobile": a name neither starts nor ends with a function word.
          (size > 1 && (isStopWord(phrase[0] ?? '') || isStopWord(phrase[size - 1] ?? ''))) ||
          (size === 1 && (isStopWord(phrase[0] ?? '') || (phrase[0]?.length ?? 0) < 2))
        )
          continue;
        const entity = link(phrase.join(' '), undefined, capitals);
        if (!entity || !(size > 1 || strongSingle(phrase[0] ?? '', entity))) continue;
        if (!found.some((f) => f.entity === entity)) found.push({ entity, words: phrase.join(' ') });
        for (let k = 0; k < size; k++) taken.add(i + k);
      }
    }
    return found;
  }

  /** A lone word links only when it is a whole name or alias word of at least 2 letters, near-exactly. */
  function strongSingle(word: string, entity: Entity): boolean {
    if (initials.get(word) === entity) return true;
    // "people" is no mention of "People's Republic of China", nor "offices" of "Polish Office of ...".
    if (isCommonWord(word) && entity.type !== 'person')
      return [entity.name, ...entity.aliases].some((label) => label.toLowerCase() === word);
    return [entity.name, ...entity.aliases].some((label) =>
      normal(label).some((t) => t === word || (word.length >= 5 && close(word, t))),
    );
  }

  function complete(prefix: string, limit: number): Entity[] {
    const wanted = entities.filter((e) => e.type !== 'place');
    if (!prefix.trim()) return [...wanted].sort((a, b) => weight(b) - weight(a)).slice(0, limit);
    const seen = new Set<Entity>();
    for (const result of fuzzy().search(prefix.slice(0, 100), { limit: limit * 4 })) {
      if (result.item.entity.type !== 'place') seen.add(result.item.entity);
    }
    return [...seen].slice(0, limit);
  }

  function spellInitials(text: string): string {
    if (initials.size === 0 && bodies.size === 0) return text;
    return text.replace(
      /(?<![\p{L}\p{N}])\p{L}{2,6}(?![\p{L}\p{N}])/gu,
      // ("CEO" stays a post's word: a title spelled out, "Chief Executive Officer", would ask for
      // the "officer" that "Equifax's chief executive" lacks.)
      (w) =>
        isRoleWord(w)
          ? w
          : (initials.get(w.toLowerCase())?.name ?? (/^\p{Lu}+$/u.test(w) ? bodies.get(w) : undefined) ?? w),
    );
  }

  return { link, find, complete, spellInitials };
}

/** Initials (two to four letters) → the one person they stand for. */
function personInitials(entities: Entity[], nameWords: ReadonlySet<string>): Map<string, Entity> {
  const byInitials = new Map<string, Entity | null>();
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    const parts = normal(entity.name.replace(/-/g, ' '));
    if (parts.length < 2 || parts.length > 4) continue;
    const letters = parts.map((p) => p[0]).join('');
    // Two people with the same initials: neither is meant.
    byInitials.set(letters, byInitials.has(letters) ? null : entity);
  }
  const out = new Map<string, Entity>();
  for (const [letters, entity] of byInitials)
    if (entity && !nameWords.has(letters) && !isCommonWord(letters) && !isCommonStopWord(letters))
      out.set(letters, entity);
  return out;
}

/**
 * Acronyms (as written, in capitals) → the one body name the articles write in full and it spells,
 * from names and from the titles people hold ("Federal Communications Commission Chairman Ajit
 * Pai": "FCC"). Runs of two or more capitalised words inside a title count, so a title's post word
 * does not hide its body. An acronym that is a name word itself, or spells two bodies, stands for
 * none.
 */
function bodyInitials(entities: Entity[], nameWords: ReadonlySet<string>): Map<string, string> {
  const spelled = new Map<string, string | null>();
  const add = (words: string[]) => {
    const capitals = words.filter((w) => !isJoiningWord(w));
    if (capitals.length < 2) return;
    const letters = capitals.map((w) => w[0]).join('');
    const full = words.join(' ');
    const before = spelled.get(letters);
    spelled.set(letters, before === undefined || before === full ? full : null);
  };
  for (const entity of entities) {
    const labels = entity.type === 'person' ? [] : [entity.name, ...entity.aliases];
    for (const role of entity.roles) labels.push(role.title, role.of ?? '');
    for (const label of labels) {
      const parts = label.split(/\s+/);
      // Every run of capitalised words (joined by "of", "and" …), and every stretch of one that
      // starts and ends on a capitalised word.
      for (let i = 0; i < parts.length; i++) {
        if (!/^\p{Lu}\p{Ll}/u.test(parts[i] ?? '')) continue;
        for (
          let j = i + 1;
          j < parts.length && (/^\p{Lu}\p{Ll}/u.test(parts[j] ?? '') || isJoiningWord(parts[j] ?? ''));
          j++
        )
          if (/^\p{Lu}/u.test(parts[j] ?? '')) add(parts.slice(i, j + 1));
      }
    }
  }
  const out = new Map<string, string>();
  // (Two letters spell too many things: "UN" is no "Upper Normandy".)
  for (const [letters, full] of spelled)
    if (full && letters.length >= 3 && !nameWords.has(letters.toLowerCase())) out.set(letters, full);
  return out;
}

/** Which of 31 letter classes a word uses, one bit each. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) % 31);
  return mask;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function exactness(n: Named, tokens: string[]): number {
  const exact = tokens.filter((t) => n.tokens.includes(t)).length;
  return exact * 10 - Math.abs(n.tokens.length - tokens.length);
}

function close(a: string, b: string): boolean {
  if (a === b) return true;
  const budget = Math.min(allowedEdits(a.length > b.length ? a : b), allowedEdits(a) + 1);
  if (budget === 0 || Math.abs(a.length - b.length) > budget) return false;
  // A prefix typed short ("zhengfe") counts as close.
  if (b.startsWith(a) && a.length >= 4 && b.length - a.length <= budget) return true;
  return editDistance(a, b, budget) <= budget;
}
