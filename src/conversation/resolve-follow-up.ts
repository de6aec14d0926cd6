// "and what happened to her?" after "who is Meng Wanzhou?" → "and what happened to Meng Wanzhou?".
// A short follow-up that leans on a pronoun is rewritten to the previous question's focus, so the
// answer engine (which reads each question alone) sees a complete question. Pure.
import type { EntityType } from '../corpus/types.js';

/** What a conversation remembers of its last answered question. */
export interface ConversationContext {
  question: string;
  /** Corpus entities the question was linked to, focus first. */
  entities: { name: string; type: EntityType }[];
  kind: string;
  /** A date the question named ("12 December 2018"), for "then". */
  date?: string;
  /** ISO time of the answer. */
  at: string;
}

/** Longer messages are new questions, not follow-ups leaning on the last one. */
const MAX_FOLLOW_UP_WORDS = 12;

const PERSON = /^(he|she|him|her|his|hers)$/i;
const THING = /^(it|its|they|them|their)$/i;
const TOPIC = /^(that|this)$/i;
// "about that?" stands for the topic; "who said that?" asks about a quote, not about the topic.
const TOPIC_BEFORE = /^(about|on|of|to|with|for|over|against|behind)$/i;
// "her" is possessive before a noun ("her arrest") and an object before these or the end ("to her?").
const OBJECT_AFTER =
  /^(about|and|or|but|in|on|at|to|for|with|from|then|now|again|say|said|do|did|after|before)$/i;

/**
 * The question with its pronouns replaced by the previous focus; unchanged when there is no previous
 * context, when the question names its own focus, or when it is too long to be a follow-up.
 */
export function resolveFollowUp(
  question: string,
  previous: ConversationContext | undefined,
  namesOwnFocus: (question: string) => boolean,
): string {
  if (!previous) return question;
  const words = question.trim().split(/\s+/);
  if (words.length > MAX_FOLLOW_UP_WORDS || namesOwnFocus(question)) return question;
  // Gender is not in the corpus: he/she mean the previous person, it/they the previous organisation or topic.
  const focus: Focus = {
    person: previous.entities.find((e) => e.type === 'person')?.name,
    thing: previous.entities.find((e) => e.type !== 'person')?.name,
    place: previous.entities.find((e) => e.type === 'place')?.name,
    date: previous.date,
  };
  const tokens = question.trim().split(/(\s+)/);
  let changed = false;
  const out = tokens.map((token, i) => {
    const match = /^([\p{L}']+)([?!.,;:]*)$/u.exec(token);
    if (!match?.[1]) return token;
    const next = /^[\p{L}']+/u.exec(tokens[i + 2] ?? '')?.[0] ?? '';
    const before = tokens[i - 2] ?? '';
    const atEnd = (match[2] ?? '') !== '' || next === '';
    const replacement = replace(match[1].toLowerCase(), { before, next, atEnd }, focus);
    if (replacement === undefined) return token;
    changed = true;
    return replacement + (match[2] ?? '');
  });
  return changed ? out.join('') : question;
}

interface Focus {
  person: string | undefined;
  thing: string | undefined;
  place: string | undefined;
  date: string | undefined;
}

interface Around {
  before: string;
  next: string;
  atEnd: boolean;
}

function replace(word: string, { before, next, atEnd }: Around, focus: Focus): string | undefined {
  if (PERSON.test(word) && focus.person) {
    const possessive =
      word === 'his' || word === 'hers' || (word === 'her' && !atEnd && !OBJECT_AFTER.test(next));
    return possessive ? `${focus.person}'s` : focus.person;
  }
  if (THING.test(word) && focus.thing)
    return word === 'its' || word === 'their' ? `${focus.thing}'s` : focus.thing;
  // Only a bare "that" closing the question after a preposition stands for the topic.
  if (TOPIC.test(word) && focus.thing && atEnd && TOPIC_BEFORE.test(before)) return focus.thing;
  if (word === 'there' && focus.place && atEnd) return `in ${focus.place}`;
  if (word === 'then' && focus.date && atEnd) return `on ${focus.date}`;
  return undefined;
}
