// Numbers written out: what a question's digits may be in an article ("3 layers", "three layers").

/** The small numbers by their value: SMALL_NUMBERS[3] is "three". */
export const SMALL_NUMBERS: readonly string[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** Other words that state a quantity: tens, scales and parts. */
export const QUANTITY_WORDS: readonly string[] = [
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'thousand',
  'million',
  'billion',
  'dozen',
  'half',
  'third',
  'quarter',
  'percent',
  'per cent',
  'single',
  'none',
];
