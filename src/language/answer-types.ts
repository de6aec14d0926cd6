// What kind of answer a question asks for, read from its wh-word and head noun. General English,
// no topic words: "which countries" asks for a list, "in what year" for a date.

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
const PLACE_NOUNS =
  'country|countries|city|cities|town|towns|place|places|region|state|nation|continent|island|location|area';
const PERSON_NOUNS =
  'person|man|woman|leader|king|queen|president|ceo|chief|official|minister|author|scientist|spokesman|spokeswoman|spokesperson|people|individual';
const ORG_NOUNS =
  'company|companies|firm|firms|organisation|organization|group|operator|operators|carrier|carriers|agency|government|governments|university|party|bank|network';

const RULES: [RegExp, AnswerType][] = [
  [/^(?:when|what time)\b/i, 'date'],
  [new RegExp(`^(?:in |on |during |by )?(?:what|which) (?:${DATE_NOUNS})\\b`, 'i'), 'date'],
  [/^(?:(?:in|on|at|for|with|from|to|by) )?how (?:many|much|long|old|far|big|large|often)\b/i, 'number'],
  [/^(?:what|which) (?:percentage|percent|number|amount|proportion|share|size|cost|price)\b/i, 'number'],
  [/^why\b|^(?:what|which) (?:was |were |is |are )?(?:the )?(?:reason|cause|motive)s?\b/i, 'reason'],
  [/^what (?:did|does|do|has|have|had) .+ (?:say|said|tell|told|think|claim|warn|argue)\b/i, 'quote'],
  [/^who (?:said|says|stated|claimed|told|wrote)\b/i, 'person'],
  [/^(?:list|name)\b/i, 'list'],
  [
    new RegExp(
      `^(?:what|which) (?:other )?(?:\\w+ )?(?:${PLACE_NOUNS.split('|')
        .filter((n) => n.endsWith('s'))
        .join('|')}|${ORG_NOUNS.split('|')
        .filter((n) => n.endsWith('s'))
        .join('|')})\\b`,
      'i',
    ),
    'list',
  ],
  [new RegExp(`^(?:in |from |to )?(?:what|which) (?:\\w+ )?(?:${PLACE_NOUNS})\\b`, 'i'), 'place'],
  [/^where\b/i, 'place'],
  [new RegExp(`^(?:what|which) (?:[\\w-]+ ){0,3}(?:${ORG_NOUNS})\\b`, 'i'), 'organisation'],
  [new RegExp(`^(?:what|which) (?:[\\w-]+ ){0,3}(?:${PERSON_NOUNS})\\b`, 'i'), 'person'],
  [/^who(?:m|se)? (?:is|was|are|were) (?:the |a |an )?\p{Lu}/iu, 'description'],
  [/^(?:who|whom|whose)\b/i, 'person'],
  [/^(?:what|who) (?:is|was|are|were) (?:a |an |the )?[\w-]+$/i, 'description'],
  [/^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b/i, 'yes-no'],
];

export function answerTypeOf(question: string): AnswerType {
  const text = question.trim();
  for (const [pattern, type] of RULES) if (pattern.test(text)) return type;
  return 'other';
}

const TYPE_NOUN = new RegExp(
  `^(?:in |on |at |from |to |of |for |by |during )?(?:what|which|how many|name the|list the)\\s+(?:[\\w'’-]+\\s+){0,3}?(${[DATE_NOUNS, PLACE_NOUNS, PERSON_NOUNS, ORG_NOUNS].join('|')})\\b`,
  'i',
);

/**
 * The noun that names the kind of answer ("which countries", "what year"): the answer states an
 * instance ("Japan", "1998"), rarely the noun itself, so it weighs little in a query.
 */
export function answerTypeNoun(question: string): string | undefined {
  return TYPE_NOUN.exec(question.trim())?.[1]?.toLowerCase();
}
