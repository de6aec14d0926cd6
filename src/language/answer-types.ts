// What kind of answer a question asks for, read from its wh-word and head noun. General English,
// no topic words: "which countries" asks for a list, "in what year" for a date.

import { isTopicWord, isWordNetWord, lemmaOf } from './synonyms.js';

export type AnswerType =
  | 'person'
  | 'organisation'
  | 'place'
  | 'date'
  | 'number'
  | 'quote'
  | 'reason'
  | 'list'
  | 'yes-no'
  | 'description'
  | 'other';

const DATE_NOUNS = 'year|years|date|day|month|century|decade|era|period|time|age';
/** Nouns that name a kind of entity, singular and plural: one list for answer types and lists. */
const ENTITY_NOUNS = {
  place:
    'country countries nation nations state states city cities town towns place places region regions ' +
    'capital capitals continent island location area government governments',
  org:
    'company companies firm firms organisation organisations organization organizations group groups ' +
    'operator operators carrier carriers agency agencies university universities party bank banks network ' +
    'business businesses vendor vendors supplier suppliers maker makers',
  person:
    'person persons people man men woman women leader leaders king queen president ceo chief official ' +
    'officials minister ministers author scientist spokesman spokeswoman spokesperson individual executives ' +
    'politicians experts guy guys',
} as const;
export type EntityKind = keyof typeof ENTITY_NOUNS;
const nouns = (kind: EntityKind) => ENTITY_NOUNS[kind].split(' ');
/** Nouns for a place by its kind ("country", "government"): "the country's president". */
export const PLACE_KIND_NOUNS: readonly string[] = nouns('place');
const PLACE_NOUNS = PLACE_KIND_NOUNS.join('|');
/** Nouns for a person by what they are or do ("president", "spokesman"). */
export const PERSON_NOUNS: readonly string[] = nouns('person');
const PERSON_NOUN_PATTERN = PERSON_NOUNS.join('|');
/** Nouns for an organisation by its kind ("company", "bank"): "the bank's chief" is its chief. */
export const ORGANISATION_NOUNS: readonly string[] = nouns('org');
const ORG_NOUNS = ORGANISATION_NOUNS.join('|');
const ALL_ENTITY_NOUNS = new Set([...nouns('place'), ...nouns('org'), ...nouns('person')]);

/** "company", "countries": a noun that names a kind of entity, not one entity. */
export function isEntityNoun(word: string): boolean {
  return ALL_ENTITY_NOUNS.has(word.toLowerCase());
}

/** "countries", "people": a plural asks for a list ("business" and "class" do not). */
const isPlural = (n: string) =>
  (n.endsWith('s') && !n.endsWith('ss')) || n === 'people' || n === 'men' || n === 'women';
const PLURAL_PLACE_OR_ORG = [...nouns('place'), ...nouns('org')].filter(isPlural).join('|');
const PLURAL_PERSON = nouns('person').filter(isPlural).join('|');

const RULES: [RegExp, AnswerType][] = [
  [/^(?:(?:by|until|till|since|from) )?(?:when|what time)\b/i, 'date'],
  [new RegExp(`^(?:in |on |during |by )?(?:what|which) (?:${DATE_NOUNS})\\b`, 'i'), 'date'],
  // "How far back …?" asks since when; "What was the deadline …?", "… the cut-off date …?" a day.
  [/^how far back\b/i, 'date'],
  [
    /^(?:what|which)(?:['’]s| (?:is|was|are|were)) (?:the )?(?:[\w-]+ )?(?:deadline|cut-?off|date|day)s?\b/i,
    'date',
  ],
  [/^(?:(?:in|on|at|for|with|from|to|by) )?how (?:many|much|long|old|far|big|large|often)\b/i, 'number'],
  [/^(?:what|which) (?:percentage|percent|number|amount|proportion|share|size|cost|price)\b/i, 'number'],
  [/^(?:what|which) (?:[\w-]+ )?(?:rate|percentage)\b/i, 'number'],
  [/^why\b|^(?:what|which) (?:was |were |is |are )?(?:the )?(?:reason|cause|motive)s?\b/i, 'reason'],
  [/^what (?:did|does|do|has|have|had) .+ (?:say|said|tell|told|think|claim|warn|argue)\b/i, 'quote'],
  [/^who (?:said|says|stated|claimed|told|wrote)\b/i, 'person'],
  [/^(?:list|name)\b/i, 'list'],
  [new RegExp(`^(?:what|which) (?:other )?(?:\\w+ )?(?:${PLURAL_PLACE_OR_ORG})\\b`, 'i'), 'list'],
  // "Which ministers resigned?": the people, gathered.
  [new RegExp(`^(?:what|which) (?:other )?(?:[\\w-]+ ){0,2}(?:${PLURAL_PERSON})\\b`, 'i'), 'list'],
  [new RegExp(`^(?:in |from |to )?(?:what|which) (?:\\w+ )?(?:${PLACE_NOUNS})\\b`, 'i'), 'place'],
  [/^where\b/i, 'place'],
  [new RegExp(`^(?:what|which) (?:[\\w-]+ ){0,3}(?:${ORG_NOUNS})\\b`, 'i'), 'organisation'],
  [new RegExp(`^(?:what|which) (?:[\\w-]+ ){0,3}(?:${PERSON_NOUN_PATTERN})\\b`, 'i'), 'person'],
  // "Who was named prime minister?" asks for a person; "who is Ren?" for a description.
  [/^[Ww]ho (?:is|was|are|were) (?:being |been )?[a-z]{3,}ed\b/, 'person'],
  [/^who(?:m|se)? (?:is|was|are|were) (?:the |a |an )?\p{Lu}/iu, 'description'],
  [/^(?:who|whom|whose)\b/i, 'person'],
  [/^(?:what|who) (?:is|was|are|were) (?:a |an |the )?[\w-]+$/i, 'description'],
  [/^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b/i, 'yes-no'],
];

export function answerTypeOf(question: string): AnswerType {
  const text = question.trim();
  for (const [pattern, type] of RULES) if (pattern.test(text)) return type;
  // "Which broadcasters were knocked off air?": any plural noun gathered is a list.
  const plural = WHICH_PLURAL.exec(text)?.[1];
  if (plural && isPluralNoun(plural)) return 'list';
  return 'other';
}

/** "Which (other) (a word)? <plural>" heading a question ("what …" asks for things as often). */
const WHICH_PLURAL = /^[Ww]hich (?:other )?(?:(?!of )[\p{L}-]+ )?(\p{Ll}{3,}s)\b(?! of\b)/u;

/** A plural noun WordNet knows ("broadcasters", "airlines"), not a verb ("does") or a mass of
 * something ("means", "news"). */
function isPluralNoun(word: string): boolean {
  const lemma = lemmaOf(word);
  return lemma !== word && !/ss$/.test(word) && isWordNetWord(lemma) && isTopicWord(lemma);
}

const TYPE_NOUN = new RegExp(
  `^(?:in |on |at |from |to |of |for |by |during )?(?:what|which|how many|name the|list the)\\s+(?:[\\w'’-]+\\s+){0,3}?(${[DATE_NOUNS, PLACE_NOUNS, PERSON_NOUN_PATTERN, ORG_NOUNS].join('|')})\\b` +
    // "Who is the guy from gCaptain?": the noun asks for a person; it names no one.
    `|^who (?:is|was|are|were) (?:the|that|this) (${PERSON_NOUN_PATTERN}) (?:from|at|with|of|who|that)\\b`,
  'i',
);

/**
 * The noun that names the kind of answer ("which countries", "what year"): the answer states an
 * instance ("Japan", "1998"), rarely the noun itself, so it weighs little in a query.
 */
export function answerTypeNoun(question: string): string | undefined {
  const m = TYPE_NOUN.exec(question.trim()) ?? AMOUNT_NOUN.exec(question.trim());
  return (m?.[1] ?? m?.[2])?.toLowerCase();
}

/** "How much money …?": the amount is the answer; the articles write "$200 million", not "money". */
const AMOUNT_NOUN = /^(?:(?:in|for|by) )?how much (money|cash|funding)\b/i;

/** Whether a question's type noun is an amount ("money"), which the evidence states in figures. */
export function isAmountNoun(word: string): boolean {
  return AMOUNT_NOUN.test(`how much ${word}`);
}

const LIST_OF: [RegExp, EntityKind][] = (['place', 'org', 'person'] as const).map((kind) => [
  new RegExp(
    `\\b(?:${nouns(kind)
      .filter((n) => n.endsWith('s') || n === 'people' || n === 'men' || n === 'women')
      .join('|')})\\b`,
    'i',
  ),
  kind,
]);

/** The kind of entity a list question gathers ("which countries" → places), if it names one. */
export function listedEntityType(question: string): EntityKind | undefined {
  return listedNoun(question)?.kind ?? (/^who\b/i.test(question.trim()) ? 'person' : undefined);
}

/** The plural noun a question gathers by ("countries", "carriers") and the kind it names. */
export function listedNoun(question: string): { noun: string; kind: EntityKind } | undefined {
  for (const [pattern, kind] of LIST_OF) {
    const noun = pattern.exec(question)?.[0];
    if (noun) return { noun: noun.toLowerCase(), kind };
  }
  return undefined;
}

/** The kind of entity "which <noun>" asks for, singular or plural ("which company" → an organisation). */
export function askedKind(question: string): { noun: string; kind: EntityKind } | undefined {
  const noun = answerTypeNoun(question);
  if (!noun) return undefined;
  const kind = (['place', 'org', 'person'] as const).find((k) => nouns(k).includes(noun));
  return kind ? { noun, kind } : undefined;
}
