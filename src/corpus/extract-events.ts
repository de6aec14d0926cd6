// Who did what to whom: an action word of a known kind, its actors (the names before it, with
// coordinated lists), its targets (the names after it), negation, scope and date.

import { ACTION_VERBS, type ActionVerb } from '../language/action-verbs.js';
import type { DocumentAnalysis, LocalSentence } from './analyse-document.js';
import { datelineLength } from './dateline.js';
import { lemmaOf, NEGATION, SCOPES } from './event-verbs.js';
import { isDemonym } from './lexicon.js';
import type { Mention } from './link-entities.js';
import type { EventKind, PartialDate } from './types.js';

export interface DraftEvent {
  kind: EventKind;
  verb: string;
  action: string;
  actors: string[];
  targets: string[];
  negated: boolean;
  scope: string[];
  place?: string;
  date: PartialDate | null;
  /** Index of the sentence in doc.sentences. */
  sentence: number;
}

/** Who "we" and "it" are inside a sentence: the quote's speaker, for one. */
export type SubjectResolver = (sentence: number, pronoun: string) => string | null;

const BY_FORM = new Map<string, ActionVerb>();
for (const verb of ACTION_VERBS) for (const form of verb.forms.split('|')) BY_FORM.set(form, verb);
const FORMS = [...BY_FORM.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, '\\s+'));
const ACTION = new RegExp(`\\b(?:${FORMS.join('|')})\\b`, 'gi');
const NOMINAL =
  /^(arrest|arrests|investigation|investigations|probe|inquiry|review|extradition|removal|restriction|restrictions|exclusion|suspension|detention|indictment|deal|deals|contract|contracts|agreement|bail|charges|entity list|on pause)$/i;
/** Verbs that carry a noun's action: "started an investigation", "put them on pause", "followed with a ban". */
const LIGHT =
  'started|opened|launched|began|begun|announced|ordered|signed|won|made|placed|imposed|put|putting|released|asking for|wants|requested|seeks|sought|agreed|followed|responded|retaliated';
const LIGHT_VERB = new RegExp(`\\b(${LIGHT})\\b[^.;]{0,40}$`, 'i');
const NOMINAL_FORM =
  /^(contract|contracts|deal|deals|agreement|ban|investigation|review|probe|inquiry|arrest|charges|bail|extradition|restriction|restrictions)$/;
const REPORTED_WHEN = /\b(said|says|told|announced|reported|confirmed|added)\s+(\S+\s+){0,1}$/i;
/** Words before a verb that make its action owed or due: "must remove", "will have to remove". */
const OWED =
  /\b(?:must|have to|has to|had to|will|shall|required to|ordered to|told to|until \S+ to)\s+(?:\S+\s+){0,2}$/i;
/** A date phrase that sets a deadline: "by June 28, 2024", "until Dec. 31", "before 2027". */
const DEADLINE = /^(?:by|until|till|before|no later than)\b/i;
const INSTITUTION =
  /\b(?:[\p{Lu}][\p{L}.]+ )(?:police|prosecutors|officials|authorities|regulators|investigators|customs|courts?)\b(?=\s+(?:\S+\s+){0,3}$)/u;

/** "The operator will also remove ...", "The company, founded in 2003, ...": a generic noun as subject. */
const STAND_IN =
  /\b(?:the|this) (company|firm|operator|carrier|group|bank|government|ministry|maker|vendor|regulator|university|agency)\b,?(?:\s+\w+){0,3}\s*$/i;
const LIGHT_VERBS = new RegExp(`\\b(${LIGHT})\\b`, 'gi');
const PASSIVE = /\b(been|was|were|is|are|be|being|get|got)\s+(\w+ly\s+)?$/i;
const CLAUSE_END = /;|[.”"](?=\s|$)|\b(after|because|when|while|although|but|which|who|despite)\b/i;
const LIST_GLUE = /^(\s*,\s*(and\s+|or\s+)?(the\s+)?|\s+(and|or)\s+(the\s+)?|\s*\(\s*|\s*\)\s*,?\s*)$/i;

/** Whom a pronoun subject a few words before the verb stands for ("we have decided", "he was arrested"). */
function pronounSubject(left: string, sentence: number, resolveSubject: SubjectResolver): string | null {
  const pronoun = /\b(we|it|they|i|he|she)\b(?:\s+\w+){0,4}\s*$/i.exec(left)?.[1];
  return pronoun ? resolveSubject(sentence, pronoun.toLowerCase()) : null;
}

export function extractEvents(doc: DocumentAnalysis, resolveSubject: SubjectResolver): DraftEvent[] {
  const events: DraftEvent[] = [];
  doc.sentences.forEach((sentence, index) => {
    // Demonyms ("Danish politicians", "a Canadian judge") describe, they do not act; nor does a
    // dateline ("HELSINKI (AP) —") name anyone in the news.
    const dateline = datelineLength(doc.paragraphs[sentence.paragraph] ?? '');
    const mentions = doc.mentions
      .filter(
        (m) =>
          m.paragraph === sentence.paragraph &&
          m.start >= sentence.start &&
          m.end <= sentence.start + sentence.text.length,
      )
      .filter((m) => !isDemonym(m.span.text) && m.start >= dateline)
      .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
    let last: DraftEvent | undefined;
    let lastStart = -1;
    let lastEnd = -1;
    for (const match of [...sentence.text.matchAll(ACTION)].slice(0, 8)) {
      const form = match[0].toLowerCase().replace(/\s+/g, ' ');
      const verb = BY_FORM.get(form);
      if (!verb) continue;
      const at = match.index ?? 0;
      // "block or limit": one action with two verbs.
      if (
        last &&
        at - lastEnd <= 5 &&
        /^\s*(or|and|,)\s*$/.test(sentence.text.slice(lastEnd, at)) &&
        last.kind === verb.kind
      ) {
        last.action = clauseFrom(sentence.text, lastStart);
        lastEnd = at + match[0].length;
        continue;
      }
      // "signed a contract": the noun repeats the verb's event.
      if (last && at - lastEnd <= 25 && last.kind === verb.kind && NOMINAL_FORM.test(form)) continue;
      const event = readEvent(doc, sentence, index, mentions, verb, at, match[0], resolveSubject);
      if (event) {
        events.push(event);
        last = event;
        lastStart = at;
        lastEnd = at + match[0].length;
      }
    }
  });
  return events;
}

function readEvent(
  doc: DocumentAnalysis,
  sentence: LocalSentence,
  index: number,
  mentions: Mention[],
  verb: ActionVerb,
  at: number,
  form: string,
  resolveSubject: SubjectResolver,
): DraftEvent | null {
  const text = sentence.text;
  const left = text.slice(0, at);
  const after = at + form.length;
  const rest = text.slice(after);
  const clauseEnd = after + (rest.search(CLAUSE_END) >= 0 ? rest.search(CLAUSE_END) : rest.length);
  const typeOf = (m: Mention) => doc.entities.get(m.entity)?.type;
  const afterMentions = mentions.filter((m) => m.start >= after && m.start < clauseEnd);
  const byAgent = afterMentions.filter((m) =>
    /\bby\s+(the\s+|a\s+)?(\w+\s+)?$/i.test(text.slice(Math.max(after, m.start - 16), m.start)),
  );
  const inPlace: Mention[] = [];
  for (const m of afterMentions) {
    const lead = text.slice(Math.max(0, m.start - 12), m.start);
    const listed =
      inPlace.length > 0 && LIST_GLUE.test(text.slice((inPlace[inPlace.length - 1] as Mention).end, m.start));
    if (typeOf(m) === 'place' && (/\b(in|across|throughout|at)\s+(the\s+)?$/i.test(lead) || listed))
      inPlace.push(m);
  }
  // "was removing" is progressive; "was removed" passive.
  const passive = PASSIVE.test(left) && /(ed|en|wn|ut)$/i.test(form);
  // "a pause is not a ban": a noun after an article acts only through a verb like "put".
  const nominal = NOMINAL.test(form) || /\b(a|an|the|this|that|its|their)\s+$/i.test(left);
  let actors: string[] = [];
  let targets: string[] = [];
  if (passive) {
    targets = nearestList(
      text,
      mentions.filter((m) => m.end <= at),
    );
    // "He was arrested by the FBI …": the one a pronoun subject stands for was acted on.
    if (targets.length === 0) {
      const who = pronounSubject(left, index, resolveSubject);
      if (who) targets = [who];
    }
    actors = byAgent.map((m) => m.entity);
  } else {
    const before = mentions.filter(
      (m) => m.end <= at && !CLAUSE_END.test(text.slice(m.end, at).replace(/^['’]s?/, '')),
    );
    // A noun ("the arrest of ...") has an actor only through a verb like "started" or a possessive.
    const ownsNoun = nominal ? LIGHT_VERB.test(left) || /['’]s?\s+$/.test(left) : true;
    // "Judge Heikkinen released Chen on bail": the light verb's subject acts, its object is the target.
    const light = nominal ? lightVerbAt(left) : undefined;
    const subjects = light === undefined ? before : before.filter((m) => m.end <= light);
    actors = ownsNoun ? nearestList(text, subjects) : byAgent.map((m) => m.entity);
    const standIn = STAND_IN.exec(left)?.[1];
    if (actors.length === 0 && standIn) {
      const who = resolveSubject(index, standIn.toLowerCase());
      if (who) actors = [who];
    }
    // "Finnish police", "U.S. prosecutors": a country's institution acts, named as the article names it.
    const institution = INSTITUTION.exec(left);
    if (actors.length === 0 && institution?.[0]) actors = [institution[0].trim()];
    if (actors.length === 0 && ownsNoun) {
      const who = pronounSubject(left, index, resolveSubject);
      if (who) actors = [who];
    }
    const objects =
      light === undefined ? [] : before.filter((m) => m.start >= light && !actors.includes(m.entity));
    targets = [...objects, ...afterMentions.filter((m) => !byAgent.includes(m) && !inPlace.includes(m))].map(
      (m) => m.entity,
    );
    // "equipment from Huawei, which Daugava Mobile removed": the object stands before "which".
    const relative = /,\s+which\s+[^,]*$/.exec(left);
    if (targets.length === 0 && relative) {
      const object = mentions.filter((m) => m.end <= relative.index && relative.index - m.end <= 3).pop();
      if (object && !actors.includes(object.entity)) targets = [object.entity];
    }
    // "let Huawei supply ... while barring it": a pronoun object is the organisation named just
    // before in the sentence, else the story's organisation ("put them on pause").
    if (
      targets.length === 0 &&
      /\b(them|it)\b/i.test(`${left.slice(-20)} ${text.slice(after, after + 30)}`)
    ) {
      const earlier = mentions
        .filter((m) => m.end <= at && typeOf(m) === 'org' && !actors.includes(m.entity))
        .pop();
      const who = earlier?.entity ?? resolveSubject(index, 'them');
      if (who) targets = [who];
    }
  }
  if (actors.length === 0 && !nominal && !passive) {
    // The sentence's subject acts, unless it is the very one acted on ("X welcomes ..., which enables X").
    actors = sentenceSubject(doc, mentions).filter((id) => !afterMentions.some((m) => m.entity === id));
  }
  // "X asked Finland to extradite Chen": the one who asks is the actor of the request.
  const request = /\b(asked|requested|urged|called on)\s+(?:\S+\s+){0,3}to\s+$/i.exec(left);
  if (request && !passive) {
    const asker = mentions.filter((m) => m.end <= request.index).pop();
    if (asker) actors = [asker.entity];
  }
  // The arrested, charged or bailed person is the target, unless the sentence names another one.
  if (PERSONAL_KINDS.has(verb.kind) && targets.length === 0) {
    targets = [...actors.filter((id) => doc.entities.get(id)?.type === 'person'), ...targets];
    actors = actors.filter((id) => doc.entities.get(id)?.type !== 'person');
  }
  targets = unique(targets.filter((t) => !actors.includes(t))).slice(0, 4);
  if (actors.length === 0 && targets.length === 0) return null;
  if (verb.kind === 'restriction' || verb.kind === 'allowance') {
    if (targets.length === 0 && actors.length === 0) return null;
  }
  const scope = unique([...text.matchAll(SCOPES)].map((m) => m[0])).slice(0, 4);
  // "..., officials said on Thursday": that is when it was reported, not when it happened.
  // ("following Sunday's deadly crash": a day's possessive dates the crash, not the grounding.)
  const dates = (doc.sentenceDates[index] ?? []).filter(
    (d) =>
      !REPORTED_WHEN.test(text.slice(Math.max(0, d.index - 30), d.index)) &&
      !/^['’]s\s/.test(text.slice(d.index + d.phrase.length, d.index + d.phrase.length + 3)),
  );
  // "… said on Thursday that carriers must remove the gear by June 28, 2024": an action owed is
  // dated by its deadline after it, not by the day it was announced.
  const deadline = OWED.test(text.slice(Math.max(0, at - 30), at))
    ? dates.find((d) => d.index > at && DEADLINE.test(d.phrase))
    : undefined;
  const date = (deadline ?? dates[0])?.date ?? null;
  const place = inPlace[0] ? doc.entities.get(inPlace[0].entity)?.name : undefined;
  return {
    kind: verb.kind,
    verb: lemmaOf(form, verb),
    action: clauseFrom(text, nominal ? (lightVerbAt(left) ?? at) : at),
    actors: unique(actors),
    targets,
    negated: NEGATION.test(left.slice(-40)),
    scope,
    ...(place ? { place } : {}),
    date,
    sentence: index,
  };
}

/** Where "put (them) on pause", "started an investigation" begins: the light verb before the noun. */
function lightVerbAt(left: string): number | undefined {
  const matches = [...left.matchAll(LIGHT_VERBS)];
  const last = matches[matches.length - 1];
  return last?.index !== undefined && left.length - last.index <= 60 ? last.index : undefined;
}

const PERSONAL_KINDS = new Set<EventKind>(['arrest', 'charge', 'bail', 'extradition']);

/** "European Union on Wednesday published rules ... but didn't ban": the sentence's subject acts. */
function sentenceSubject(doc: DocumentAnalysis, mentions: Mention[]): string[] {
  const first = [...mentions].sort((a, b) => a.start - b.start)[0];
  if (!first || first.start > 30 || doc.entities.get(first.entity)?.type === 'person') return [];
  return [first.entity];
}

/** The nearest name before the action, and the names listed with it ("the U.S., Canada and Japan"). */
function nearestList(text: string, before: Mention[]): string[] {
  const sorted = [...before].sort((a, b) => b.end - a.end);
  // "Judge Paavo Heikkinen of the Helsinki District Court released": the head of "X of Y" acts.
  while (sorted[1] && /^\s+of\s+(the\s+)?$/i.test(text.slice(sorted[1].end, sorted[0]?.start)))
    sorted.shift();
  const first = sorted[0];
  if (!first) return [];
  const list = [first];
  for (const m of sorted.slice(1)) {
    const glue = text.slice(m.end, (list[list.length - 1] as Mention).start).replace(/^['’]s?/, '');
    if (!LIST_GLUE.test(glue)) break;
    list.push(m);
  }
  return list.reverse().map((m) => m.entity);
}

function clauseFrom(text: string, at: number): string {
  const rest = text.slice(at);
  // A clause ends at a comma, semicolon or full stop, but not at the dot of "U.S." or "Mr.".
  const stops = [...rest.matchAll(/[;.,](?=\s|$)/g)].map((m) => m.index ?? 0);
  const end =
    stops.find(
      (i) =>
        rest[i] !== '.' ||
        !/(\b(?:[A-Z]\.)+[A-Z]|\b(?:Mr|Ms|Mrs|Dr|St|No|Inc|Ltd|Co))$/.test(rest.slice(0, i)),
    ) ?? -1;
  const clause = end >= 0 ? rest.slice(0, end) : rest;
  return clause.length > 90 ? `${clause.slice(0, clause.lastIndexOf(' ', 88))}…` : clause;
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];
