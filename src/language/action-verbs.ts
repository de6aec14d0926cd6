// The actions news reports, by kind: general English verbs and nouns with their inflections. The
// parser reads events with them, and question analysis reads what a question asks about with them.

export type ActionKind =
  | 'restriction'
  | 'allowance'
  | 'investigation'
  | 'arrest'
  | 'charge'
  | 'bail'
  | 'extradition'
  | 'contract'
  | 'founding'
  | 'other';

export interface ActionVerb {
  lemma: string;
  kind: ActionKind;
  /** Inflected forms and nominalisations, as one alternation. */
  forms: string;
  /** Its forms mean other things too ("the war ended", "strip"): an event in an article's
   * sentence, but no sign of what a question asks. */
  ambiguous?: true;
}

export const ACTION_VERBS: readonly ActionVerb[] = [
  { lemma: 'ban', kind: 'restriction', forms: 'ban|bans|banned|banning' },
  { lemma: 'block', kind: 'restriction', forms: 'block|blocks|blocked|blocking' },
  {
    lemma: 'restrict',
    kind: 'restriction',
    forms: 'restrict|restricts|restricted|restricting|restriction|restrictions',
  },
  { lemma: 'limit', kind: 'restriction', forms: 'limit|limits|limited|limiting' },
  { lemma: 'exclude', kind: 'restriction', forms: 'exclude|excludes|excluded|excluding|exclusion' },
  { lemma: 'bar', kind: 'restriction', forms: 'bar|bars|barred|barring' },
  { lemma: 'drop', kind: 'restriction', forms: 'drop|drops|dropped|dropping' },
  { lemma: 'remove', kind: 'restriction', forms: 'remove|removes|removed|removing|removal' },
  { lemma: 'pause', kind: 'restriction', forms: 'pause|pauses|paused|pausing|on pause' },
  { lemma: 'suspend', kind: 'restriction', forms: 'suspend|suspends|suspended|suspending|suspension' },
  { lemma: 'prohibit', kind: 'restriction', forms: 'prohibit|prohibits|prohibited|prohibiting' },
  { lemma: 'phase out', kind: 'restriction', forms: 'phase out|phases out|phased out|phasing out' },
  {
    lemma: 'strip',
    kind: 'restriction',
    ambiguous: true,
    forms: 'strip out|strips out|stripped out|stripping out|strip|strips|stripped|stripping',
  },
  { lemma: 'rip out', kind: 'restriction', forms: 'rip out|rips out|ripped out|ripping out' },
  {
    lemma: 'blacklist',
    kind: 'restriction',
    forms: 'blacklist|blacklists|blacklisted|blacklisting|entity list',
  },
  {
    lemma: 'end',
    kind: 'restriction',
    ambiguous: true,
    forms: 'ends|ended|ending|terminated|terminates|cut ties|cuts ties',
  },
  {
    lemma: 'allow',
    kind: 'allowance',
    forms: 'allow|allows|allowed|allowing|permit|permits|permitted|enables|enabled|cleared|approved|approves',
  },
  {
    lemma: 'investigate',
    kind: 'investigation',
    forms:
      'investigate|investigates|investigated|investigating|investigation|investigations|probe|probes|probing|inquiry|review',
  },
  {
    lemma: 'arrest',
    kind: 'arrest',
    forms: 'arrest|arrests|arrested|arresting|detained|detain|detains|detention',
  },
  { lemma: 'charge', kind: 'charge', forms: 'charged|charges|indicted|indictment|accused' },
  { lemma: 'bail', kind: 'bail', forms: 'bail' },
  { lemma: 'extradite', kind: 'extradition', forms: 'extradite|extradited|extradition|extraditing' },
  {
    lemma: 'contract',
    kind: 'contract',
    forms: 'contract|contracts|deal|deals|agreement|signed|signs|awarded|wins|won',
  },
  { lemma: 'reject', kind: 'other', forms: 'reject|rejects|rejected|rejecting|turned down|turns down' },
  { lemma: 'rule out', kind: 'other', forms: 'rule out|rules out|ruled out|ruling out' },
  { lemma: 'found', kind: 'founding', forms: 'founded|was established|were established|established in' },
];

/** The forms of one kind's unambiguous actions, as one alternation: what a question asks about. */
export function askedForms(kind: ActionKind): string {
  return ACTION_VERBS.filter((v) => v.kind === kind && !v.ambiguous)
    .map((v) => v.forms)
    .join('|');
}

/** The one-word lemmas of one kind's unambiguous actions: words a question may use for one another. */
export function actionLemmas(kind: ActionKind): string[] {
  return ACTION_VERBS.filter((v) => v.kind === kind && !v.ambiguous && !v.lemma.includes(' ')).map(
    (v) => v.lemma,
  );
}
