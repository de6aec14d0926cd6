// Question analysis, once per question: the typed query every later stage reads. It decides
// nothing about which answer wins; it only says what the question asks for and about whom.
import { isCommonWord } from '../corpus/common-words.js';
import { isRoleWord, ORG_HEADS, PLACE_HEADS } from '../corpus/lexicon.js';
import type { Entity, PartialDate } from '../corpus/types.js';
import { escapeRegExp } from '../escape-reg-exp.js';
import { type AnswerType, answerTypeNoun, answerTypeOf } from '../language/answer-types.js';
import { isCalendarWord, yearsOf } from '../language/calendar-words.js';
import { HONORIFICS } from '../language/honorifics.js';
import { isFramingWord, withoutFramingPhrases } from '../language/stop-words.js';
import { isWordNetWord, lemmaOf } from '../language/synonyms.js';
import type { AnswerContext } from './context.js';
import { isExcluded, withoutExcluded } from './excluded.js';
import { type Intent, normaliseQuestion, readIntent } from './parse-question.js';
import { expand, isStopWord, stem, terms, words } from './terms.js';
import { writesPhrase } from './written-phrase.js';

export type { AnswerType } from '../language/answer-types.js';

/** The noun naming the kind of answer ("which countries") counts this much of its weight. */
const TYPE_NOUN_WEIGHT = 0.3;

export interface KeyTerm {
  /** Stemmed term as the index holds it. */
  term: string;
  /** The word as asked (after typo correction). */
  word: string;
  /** IDF weight; question framing words weigh 0 and are not kept. */
  weight: number;
  /** Stems that count as this term at a discount (synonyms, derivations). */
  related: string[];
  /** Stems of the other names of the entity the term names ("us", "america" for "United
   * States"): they count in full. */
  same?: string[];
  /** True when the word was corrected from a typo. */
  corrected: boolean;
  /** True for the noun that names the kind of answer ("countries" in "which countries"). */
  typeNoun?: boolean;
  /** True when no article uses the term or any of its related terms. */
  unseen: boolean;
}

export interface Query {
  /** The question, normalised (mentions, filler and chat spelling out). */
  text: string;
  /** Structured reading for the fact finders (quotes by speaker, restrictions, roles, dates…). */
  intent: Intent;
  answerType: AnswerType;
  /** Corpus entities the question is about, linked by name, alias, typo or role. */
  focus: Entity[];
  /** The focus entities the question names outright, capitalised as a name: the ones evidence must meet. */
  named: Entity[];
  /** Focus entities the question sets aside ("other than Nordlink"): no answer, no constraint. */
  excluded: Entity[];
  /** Capitalised names the corpus does not know at all. */
  unknownNames: string[];
  terms: KeyTerm[];
  /** A date the question restricts itself to ("in December 2018"), read on demand: chrono is dear. */
  date(): PartialDate | undefined;
}

export function analyseQuestion(ctx: AnswerContext, raw: string): Query {
  const text = ctx.linker.spellInitials(normaliseQuestion(raw));
  const intent = readIntent(text);
  const found = ctx.linker.find(text);
  const focus = found.map((f) => f.entity);
  // (One the question sets aside, "other than Nordlink", is no focus the evidence must meet.)
  const excluded = focus.filter((e) => isExcluded(text, e));
  const named = found
    .filter((f) => isNamedOutright(text, f.words, f.entity) && !excluded.includes(f.entity))
    .map((f) => f.entity);
  for (const entity of ctx.roles.find(text)) if (!focus.includes(entity)) focus.push(entity);
  const nameWords = new Set(focus.flatMap((e) => [e.name, ...e.aliases]).flatMap((l) => words(plain(l))));
  return {
    text,
    intent,
    // ("Who was the captain of Lion Air Flight 610?" asks for a person, not a description.)
    answerType: intent.kind === 'role' ? 'person' : answerTypeOf(text),
    focus,
    named,
    excluded,
    unknownNames: unknownNames(ctx, text, nameWords),
    // "How old", "how long": the word after "how" asks for a number; it is not in the answer.
    terms: withYearsOf(
      ctx,
      withOtherNames(
        typeNounLight(
          keyTerms(
            ctx,
            withoutFramingPhrases(withoutExcluded(text, excluded)).replace(
              /^(?:\S+ )?how (?:old|long|far|big|large|often|tall|high|much|many)\b/i,
              '',
            ),
          ),
          answerTypeNoun(text),
        ),
        found,
      ),
    ),
    date: dateOf(ctx, text),
  };
}

/**
 * A period is met by the years it holds: "in the 16th century" by "In 1564", "in the 1560s" by
 * "1564" (the years the articles write, counted in full like a place's other names).
 */
function withYearsOf(ctx: AnswerContext, keys: KeyTerm[]): KeyTerm[] {
  const written = new Map<number, string[]>();
  keys.forEach((k, i) => {
    const century = /^centur/.test(keys[i + 1]?.word ?? '');
    const years = yearsOf(k.word, century)
      ?.map(String)
      .filter((y) => ctx.passages.df(y) > 0);
    if (!years?.length) return;
    written.set(i, years);
    // ("century" itself is met by them too.)
    if (century) written.set(i + 1, years);
  });
  if (written.size === 0) return keys;
  return keys.map((k, i) => {
    const years = written.get(i);
    return years ? { ...k, same: [...(k.same ?? []), ...years] } : k;
  });
}

/** A place's name is met by any of its other names: "the US" for "United States". */
function withOtherNames(keys: KeyTerm[], found: readonly { entity: Entity; words: string }[]): KeyTerm[] {
  if (found.length === 0) return keys;
  return keys.map((k) => {
    // (Places only: a country goes by several names in any article; other aliases are looser.)
    const own = found.filter((f) => f.entity.type === 'place' && terms(f.words).includes(k.term));
    if (own.length === 0) return k;
    const same = [
      ...new Set(own.flatMap((f) => [f.entity.name, ...f.entity.aliases].flatMap((n) => terms(n)))),
    ].filter((t) => t !== k.term && t.length > 1);
    return same.length ? { ...k, same } : k;
  });
}

/** Content words → weighted stems; a word the corpus lacks is corrected to its nearest corpus word. */
export function keyTerms(ctx: AnswerContext, text: string): KeyTerm[] {
  const out = new Map<string, KeyTerm>();
  const all = words(text);
  for (let i = 0; i < all.length; i++) {
    let word = all[i] ?? '';
    // "harmony os" for the articles' "HarmonyOS": a word they lack, run together with its neighbour.
    const next = all[i + 1] ?? '';
    if (
      word.length > 1 &&
      next.length > 1 &&
      !isStopWord(word) &&
      !isStopWord(next) &&
      (unknown(ctx, word) || unknown(ctx, next)) &&
      ctx.passages.df(stem(word + next)) > 0
    ) {
      word += next;
      i++;
    }
    if (isStopWord(word) || isFramingWord(word)) continue;
    let term = stem(word);
    let corrected = false;
    if (ctx.passages.df(term) === 0) {
      // "userdatagram": two corpus words run together are two terms.
      // ("workforce" is one English word, not "work" and "force".)
      const parts = isCommonWord(word) ? undefined : ctx.speller.split(word);
      if (parts) {
        for (const part of parts) addTerm(out, ctx, part, stem(part), false);
        continue;
      }
      const fixed = isCommonWord(word) ? variantInCorpus(ctx, word) : ctx.speller.correct(word);
      if (fixed && fixed !== word) {
        term = stem(fixed);
        corrected = true;
      }
    }
    addTerm(out, ctx, word, term, corrected);
  }
  return [...out.values()];
}

const unknown = (ctx: AnswerContext, word: string): boolean => ctx.passages.df(stem(word)) === 0;

/**
 * An English word the articles lack is no typo ("took" is not "too", "flee" not "free"): only
 * its own forms count, its lemma ("wrote" → "write") or a form that extends it or that it extends
 * ("evidenced" → "evidence", "discovery" → "discover").
 */
function variantInCorpus(ctx: AnswerContext, word: string): string | undefined {
  const lemma = lemmaOf(word);
  if (lemma !== word && ctx.passages.df(stem(lemma)) > 0) return lemma;
  // "die" asked, "died" written: the stemmer makes "die" and "di" of them.
  const inflected = inflectionsOf(lemma).find((form) => ctx.passages.df(stem(form)) > 0);
  if (inflected) return inflected;
  const near = ctx.speller.correct(word);
  // ("took" does not extend "too": the shared stem must be a word's worth, five letters.)
  return near && Math.min(near.length, word.length) >= 5 && (near.startsWith(word) || word.startsWith(near))
    ? near
    : undefined;
}

/** The regular inflections of an English lemma: "die" → "died", "dies", "dying". */
function inflectionsOf(lemma: string): string[] {
  const base = lemma.replace(/e$/, '');
  return [
    lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`,
    `${lemma}s`,
    `${lemma}es`,
    lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : `${base}ing`,
  ];
}

function addTerm(
  out: Map<string, KeyTerm>,
  ctx: AnswerContext,
  word: string,
  term: string,
  corrected: boolean,
) {
  if (out.has(term)) return;
  const weight = ctx.passages.idf(term) * (corrected ? 0.8 : 1) * (/^\d{1,3}$/.test(term) ? 0.5 : 1);
  const related = [...new Set([...expand(term), ...ctx.synonyms(word)])].filter((t) => t !== term);
  const unseen = ctx.passages.df(term) === 0 && related.every((r) => ctx.passages.df(r) === 0);
  out.set(term, { term, word, weight, related, corrected, unseen });
}

/**
 * Capitalised words past the first that neither the corpus vocabulary nor its entities hold:
 * a question about "Angela Merkel" in a corpus without her is about someone else.
 */
function unknownNames(ctx: AnswerContext, text: string, named: Set<string>): string[] {
  const tokens = text.split(/\s+/);
  const out: string[] = [];
  let previous = -2;
  tokens.forEach((token, i) => {
    if (i === 0) return;
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/, '');
    // A capitalised word, not run together with another ("UserDatagram" is a typo, not a name).
    if (!/^\p{Lu}[\p{Ll}'’-]{1,}$/u.test(word)) return;
    const lower = plain(word.toLowerCase());
    if (named.has(lower) || ctx.authorWords.has(lower) || isStopWord(lower) || isFramingWord(lower)) return;
    // "January", "Tuesday": a date the articles may give as their own (a dateline, a byline date).
    if (isCalendarWord(lower)) return;
    // "Senator Blumenthal": a title is no name, whether or not the articles use it.
    if (isRoleWord(lower) || HONORIFICS.test(lower)) return;
    // Acronyms and short words cannot be told from typos or abbreviations; a longer name counts
    // as known when a corpus word shares its stem or its first five letters ("Palestine").
    if (word.length <= 3 || ctx.passages.df(stem(lower)) > 0) return;
    if (lower.length >= 6 && ctx.speller.correct(lower)) return;
    // (Not heading a company's name: "Southwest Airlines" is no form of the articles' "Southern".)
    if (ctx.speller.sharesStart(lower) && !headsOrgName(tokens, i)) return;
    // "Elon Musk": adjacent unknown words are one name.
    if (previous === i - 1 && out.length) out[out.length - 1] += ` ${word}`;
    else out.push(word);
    previous = i;
  });
  return [...out, ...unwrittenPlaces(ctx, tokens).filter((p) => !out.some((o) => p.includes(o)))];
}

/**
 * "the Panama Canal" when the articles know Panama and a canal but never write "Panama Canal": a
 * place or an organisation named by its kind ("Canal", "Airlines", "Ministry") that they never
 * name is one they do not mention.
 */
function unwrittenPlaces(ctx: AnswerContext, tokens: readonly string[]): string[] {
  const out: string[] = [];
  const bare = tokens.map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  for (let i = 2; i < bare.length; i++) {
    const [name, head] = [bare[i - 1] ?? '', bare[i] ?? ''];
    if (!/^\p{Lu}\p{Ll}+$/u.test(name) || !/^\p{Lu}\p{Ll}+$/u.test(head)) continue;
    if (!PLACE_HEADS.has(head.toLowerCase()) && !ORG_HEADS.has(head.toLowerCase())) continue;
    if (isStopWord(name.toLowerCase()) || isRoleWord(name)) continue;
    // (The head ends the name: "Emergency Energy Conservation Act" goes on past "Energy".)
    if (/^\p{Lu}/u.test(bare[i + 1] ?? '')) continue;
    const phrase = `${name} ${head}`;
    // (Only words the articles use: a word they never use is an unknown name already.)
    if (terms(phrase).some((t) => ctx.passages.df(t) === 0)) continue;
    // ("Energy Department" is the articles' "Department of Energy".)
    const turned = new RegExp(
      `\\b${escapeRegExp(head.toLowerCase())} of (?:the )?${escapeRegExp(name.toLowerCase())}\\b`,
    );
    if (
      !writesPhrase(ctx, phrase, turned) &&
      !ctx.corpus.documents.some((d) => d.title.toLowerCase().includes(phrase.toLowerCase()))
    )
      out.push(phrase);
  }
  return out;
}

/** Whether a token heads an organisation's name in the question: the capitalised word after it
 * is a word organisations are named with ("Southwest Airlines", "Acme Bank"). ("Parisien
 * Protestants" is a typo for the articles' "Parisian" before a common noun.) */
function headsOrgName(tokens: readonly string[], i: number): boolean {
  const next = (tokens[i + 1] ?? '').replace(/[^\p{L}]+$/u, '');
  return /^\p{Lu}\p{Ll}/u.test(next) && ORG_HEADS.has(next.toLowerCase());
}

function typeNounLight(terms: KeyTerm[], noun: string | undefined): KeyTerm[] {
  if (!noun) return terms;
  return terms.map((k) =>
    k.word === noun ? { ...k, weight: k.weight * TYPE_NOUN_WEIGHT, typeNoun: true } : k,
  );
}

/** "Denmark", "Ren Zhengfei": the words are capitalised in the question and are a name or alias exactly. */
function isNamedOutright(text: string, phrase: string, entity: Entity): boolean {
  // A person by any alias ("Ren"); anything else by its full name: "Huguenot" is no mention of
  // "Huguenot High School", though the articles may use it as a short form.
  // (An organisation's short form counts when no dictionary knows it: "Samsung" for "Samsung
  // Electronics".)
  const labels = (
    entity.type === 'person'
      ? [entity.name, ...entity.aliases]
      : [
          entity.name,
          ...entity.aliases.filter((a) => !a.includes(' ') && !isCommonWord(a) && !isWordNetWord(a)),
        ]
  ).map((l) => l.toLowerCase());
  if (!labels.includes(phrase.toLowerCase())) return false;
  const first = phrase.split(' ')[0] ?? '';
  const at = text.toLowerCase().indexOf(first);
  // ("the anti-Huawei law", "Huawei-made gear": a name joined to a word describes a thing.)
  // (A name joined to a name is a name: "Cobham-Edmonds".)
  const joined =
    /(?:^|\s)\p{Ll}+-$/u.test(text.slice(Math.max(0, at - 20), at)) ||
    /^-\p{Ll}/u.test(text.slice(at + phrase.length, at + phrase.length + 2));
  return at >= 0 && /\p{Lu}/u.test(text.charAt(at)) && !joined;
}

/** Without diacritics: "Tomas" asks about "Tomás". */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

function dateOf(ctx: AnswerContext, text: string): () => PartialDate | undefined {
  let date: PartialDate | undefined | null = null;
  return () => {
    if (date === null) date = ctx.readDate(text);
    return date;
  };
}
