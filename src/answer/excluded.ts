// "Which carriers other than Nordlink …?", "besides GameStop", "outside Britain": the names a
// list question sets aside. They are no answer, and no constraint on the evidence either.
import { placeNames } from '../corpus/lexicon.js';
import type { Entity } from '../corpus/types.js';
import { escapeRegExp } from '../escape-reg-exp.js';

export const SETTING_ASIDE =
  '(?:other than|besides|apart from|aside from|except(?: for)?|excluding|not counting|outside(?: of)?)';
const EXCLUDING = new RegExp(`\\b${SETTING_ASIDE}\\s+(?:the\\s+)?([^,?;]{1,60})`, 'gi');

/** Whether the question sets the entity aside, by any of its names. */
export function isExcluded(question: string, entity: Entity): boolean {
  const names = [entity.name, ...entity.aliases, ...placeNames(entity.name)].map((n) => n.toLowerCase());
  for (const m of question.matchAll(EXCLUDING)) {
    const words = (m[1] ?? '').toLowerCase().split(/\s+/).slice(0, 4).join(' ');
    if (names.some((n) => n.length > 1 && words.startsWith(n))) return true;
  }
  return false;
}

/** The question less the words that set an entity aside: "Nordlink" in "other than Nordlink" is
 * no term to search by. */
export function withoutExcluded(question: string, excluded: readonly Entity[]): string {
  let text = question;
  for (const entity of excluded)
    for (const name of [entity.name, ...entity.aliases].filter((n) => n.length > 1))
      text = text.replace(
        new RegExp(`\\b${SETTING_ASIDE}\\s+(?:the\\s+)?${escapeRegExp(name)}\\b`, 'gi'),
        ' ',
      );
  return text;
}
