// Chat shorthand → the words it stands for ("y r u" → "why are you"), so questions typed in a hurry
// reach the same terms as careful ones. Whole words only; names are never touched.

const SHORTHAND: Record<string, string> = {
  y: 'why',
  r: 'are',
  u: 'you',
  ur: 'your',
  abt: 'about',
  bc: 'because',
  bcz: 'because',
  cuz: 'because',
  coz: 'because',
  w: 'with',
  wo: 'without',
  pls: 'please',
  plz: 'please',
  govt: 'government',
  gov: 'government',
  ppl: 'people',
  tho: 'though',
  thru: 'through',
  b4: 'before',
  '2day': 'today',
  dept: 'department',
  intl: 'international',
  mgmt: 'management',
  info: 'information',
  yr: 'year',
  yrs: 'years',
  mil: 'million',
  bn: 'billion',
  bil: 'billion',
  wat: 'what',
  wht: 'what',
  whta: 'what',
  waht: 'what',
  hwo: 'who',
  woh: 'who',
  whos: 'who is',
  "who's": 'who is',
  'who’s': 'who is',
  "what's": 'what is',
  'what’s': 'what is',
  whats: 'what is',
  sya: 'say',
  siad: 'said',
  dose: 'does',
};

export function expandChat(text: string): string {
  return text
    .split(' ')
    .map((word) => {
      const lower = word.toLowerCase();
      // A capitalised "U" or "Y" may be a name's initial: a single capital is left alone, while
      // "Wat" or "Whats" opening a question is shorthand all the same.
      const shorthand =
        word === lower || (word.length > 1 && word === lower[0]?.toUpperCase() + lower.slice(1));
      return shorthand ? (SHORTHAND[lower] ?? word) : word;
    })
    .join(' ');
}
