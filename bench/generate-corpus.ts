// Builds the large corpus in memory: each article is a seed or fixture article (its raw layout kept)
// with people, organisations, countries and dates swapped, driven by a seeded PRNG.
import { type Entity, parseCorpus, type SourceFile } from '../src/index.js';
import { createRandom, pick, type Random, randomInt, sample } from './prng.js';
import { COUNTRIES, MANY_ORGANISATIONS, MANY_PEOPLE } from './variation-lists.js';
import { createReplacer, type DateShift, foldAccents, shiftDates } from './vary-text.js';

export interface Template {
  file: string;
  text: string;
  people: Entity[];
  orgs: Entity[];
  countries: string[];
}

export interface Variation {
  file: string;
  template: string;
  /** Name swaps as the article writes the names. */
  names: [string, string][];
  /** The same swaps for questions: accent-folded, plus single name parts ("aiko" → "Adela"). */
  questionNames: [string, string][];
  shift: DateShift;
}

// Names the swap can rewrite safely: a capitalised word or phrase, not a stray "Loading..".
const PROPER_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&' -]*[\p{L}\p{N}]$/u;
const words = (name: string): string[] => name.split(' ');
const lastWord = (name: string): string => words(name).at(-1) ?? name;
const mentions = (text: string, name: string): boolean =>
  createReplacer([[name, '\u0000']])(text).includes('\u0000');

/** Finds what each template names, with the core's own parser, so nothing here lists seed content. */
export function describeTemplates(files: SourceFile[]): Template[] {
  const corpus = parseCorpus(files);
  const decoder = new TextDecoder();
  return files.map((file) => {
    const text = decoder.decode(file.bytes);
    const named = (type: Entity['type']) =>
      corpus.entities.filter(
        (e) => e.type === type && PROPER_NAME.test(e.name) && e.mentions.some((m) => m.doc === file.file),
      );
    const countries = COUNTRIES.filter((country) => mentions(text, country));
    return { file: file.file, text, people: named('person'), orgs: named('org'), countries };
  });
}

/** "Mr Ren" → "Mr Marsk", "Ren" → "Marsk": an alias keeps its honorific and takes the new surname. */
function personPairs(entity: Entity, next: string): [string, string][] {
  const pairs: [string, string][] = [[entity.name, next]];
  const parts = words(entity.name);
  for (const alias of entity.aliases) {
    const aliasWords = words(alias);
    if (aliasWords.length === 1) pairs.push([alias, lastWord(next)]);
    else if (parts.includes(lastWord(alias)))
      pairs.push([alias, [...aliasWords.slice(0, -1), lastWord(next)].join(' ')]);
  }
  return pairs;
}

/** "Corvane Semiconductors" → "Norvik Systems"; the short form "Corvane" → "Norvik". */
function orgPairs(entity: Entity, next: string): [string, string][] {
  const pairs: [string, string][] = [[entity.name, next]];
  for (const alias of entity.aliases) {
    if (alias.startsWith(`${entity.name} `)) pairs.push([alias, next + alias.slice(entity.name.length)]);
    else if (words(entity.name).includes(alias)) pairs.push([alias, words(next)[0] ?? next]);
  }
  return pairs;
}

/** Question-side swaps: folded like a typed question, and first names alone map to first names. */
function questionPairs(people: [string, string][], names: [string, string][]): [string, string][] {
  const parts: [string, string][] = [];
  for (const [from, to] of people) {
    const [first, ...rest] = words(foldAccents(from));
    if (first && first.length > 2 && rest.length > 0) parts.push([first, words(to)[0] ?? to]);
  }
  return [...parts, ...names.map(([from, to]): [string, string] => [foldAccents(from), to])];
}

function planOne(template: Template, index: number, random: Random): Variation {
  const people = sample(random, MANY_PEOPLE, template.people.length);
  const orgs = sample(random, MANY_ORGANISATIONS, template.orgs.length);
  const countries = sample(random, COUNTRIES, template.countries.length);
  const personNames = template.people.map((e, i) => [e.name, people[i] ?? e.name] as [string, string]);
  const names: [string, string][] = [
    ...template.people.flatMap((e, i) => (random() < 0.85 ? personPairs(e, people[i] ?? e.name) : [])),
    ...template.orgs.flatMap((e, i) => (random() < 0.6 ? orgPairs(e, orgs[i] ?? e.name) : [])),
    ...template.countries.flatMap((c, i) =>
      random() < 0.7 ? [[c, countries[i] ?? c] as [string, string]] : [],
    ),
  ];
  const swapped = personNames.filter(([from]) => names.some(([name]) => name === from));
  const shift: DateShift = {
    years: randomInt(random, -4, 3),
    days: randomInt(random, -40, 40),
    style: pick(random, ['keep', 'day-month', 'month-day'] as const),
  };
  const file = `gen-${String(index).padStart(4, '0')}-${template.file}`;
  return { file, template: template.file, names, questionNames: questionPairs(swapped, names), shift };
}

export function applyVariation(text: string, variation: Variation): string {
  return shiftDates(createReplacer(variation.names)(text), variation.shift);
}

/** The question as it would be asked about the generated article (new names, shifted dates). */
export function varyQuestion(question: string, variation: Variation): string {
  return shiftDates(createReplacer(variation.questionNames, true)(foldAccents(question)), variation.shift);
}

/**
 * Varied prose, not one template's text with new names: most articles go on with a few paragraphs
 * of another generated article (its own names and dates), so no two bodies are alike.
 */
function withBorrowedParagraphs(text: string, others: string[], random: Random): string {
  if (others.length === 0 || random() < 0.3) return text;
  const paragraphs = pick(random, others)
    .split(/\n\s*\n/)
    .slice(2);
  if (paragraphs.length === 0) return text;
  const from = randomInt(random, 0, paragraphs.length - 1);
  return `${text.trimEnd()}\n\n${paragraphs.slice(from, from + randomInt(random, 1, 4)).join('\n\n')}\n`;
}

/** `count` articles, cycling through the templates so each layout is equally represented. */
export function generateCorpus(
  templates: Template[],
  count: number,
  seed: number,
): { files: SourceFile[]; variations: Variation[] } {
  const random = createRandom(seed);
  const encoder = new TextEncoder();
  const variations: Variation[] = [];
  const files: SourceFile[] = [];
  const recent: string[] = [];
  for (let i = 0; i < count && templates.length > 0; i++) {
    const template = templates[i % templates.length] as Template;
    const variation = planOne(template, i, random);
    variations.push(variation);
    const text = applyVariation(template.text, variation);
    files.push({ file: variation.file, bytes: encoder.encode(withBorrowedParagraphs(text, recent, random)) });
    // The last few generated texts (not the templates): borrowed paragraphs carry invented names too.
    recent.push(text);
    if (recent.length > 50) recent.shift();
  }
  return { files, variations };
}
