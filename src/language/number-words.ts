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

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const SPELLED = new Set([
  ...SMALL_NUMBERS.slice(1),
  ...TEENS,
  ...TENS,
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'dozens',
]);

/** A number written out as one word ("Thirty-eight", "seven", "Hundreds"). */
export function isSpelledNumber(word: string): boolean {
  const [head = '', tail] = word.toLowerCase().split('-', 2);
  return SPELLED.has(head) && (tail === undefined || SMALL_NUMBERS.includes(tail));
}
