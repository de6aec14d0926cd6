// Words that carry no information for retrieval: function words, and question framing ("what is
// the name of", "tell me") that says how a question is asked, not what it is about.

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but of to in on at by for with from as is are was were be been being am do does did doing ' +
    'have has had having it its this that these those there here what which who whom whose when where why how ' +
    'i me my we our you your he him his she her they them their about into over after before than then so such ' +
    'can could would should will shall may might must not no yes any some all each both just also very more most ' +
    'hey hi hello bot dossier please tell me know let give show find say said says about anything something ' +
    'according many much try tried tries trying get got gets anyone anybody everyone everybody someone somebody ' +
    'toward towards onto upon unto via amid amidst among amongst whilst'
  ).split(' '),
);

/** Framing: words that ask rather than inform. They weigh nothing in a query. */
const FRAMING: ReadonlySet<string> = new Set(
  (
    'name named called kind type sort example examples mean meaning happen happened happens occur occurred ' +
    'occurs thing things article articles ' +
    'exactly actually really basically generally usually often ever currently'
  ).split(' '),
);

/** Framing made of ordinary words: "when did the siege take place?" asks when it happened. */
const FRAMING_PHRASES = /\b(?:take|takes|took|taken|taking) place\b/gi;

/** The text without framing phrases, so their words ("place") are not taken for the topic. */
export function withoutFramingPhrases(text: string): string {
  return text.replace(FRAMING_PHRASES, ' ');
}

export function isStopWord(word: string): boolean {
  const lower = word.toLowerCase();
  // "wasn't", "don’t", "it'd", "they'll": a function word contracted is still a function word.
  return (
    STOP_WORDS.has(lower) ||
    STOP_WORDS.has(lower.replace(/n['’]t$/, '')) ||
    STOP_WORDS.has(lower.replace(/['’](?:d|ll|re|ve|m)$/, '')) ||
    /^(won|can|ain)['’]t$/.test(lower)
  );
}

export function isFramingWord(word: string): boolean {
  return FRAMING.has(word.toLowerCase());
}

/** Articles and possessive or demonstrative words: what follows them is a thing ("the ban"). */
export const DETERMINERS = 'the|a|an|its|their|his|her|this|that|these|those';
