// References by role → people: "Vodafone's boss", "the spokesman for China's foreign affairs",
// "the company's finance chief". A person is named when at least two of the question's words meet
// one of their roles (one of them in the role's title), and a possessive owner ("Vodafone's")
// belongs to that role; a generic owner ("the company's") constrains nothing.
import type { Entity } from '../corpus/types.js';
import { isEntityNoun } from '../language/answer-types.js';
import type { Steps } from '../steps.js';
import { expand, stem, terms } from './terms.js';

export interface RoleFinder {
  find(question: string): Entity[];
}

interface RoleEntry {
  entity: Entity;
  title: Set<string>;
  words: Set<string>;
}

const POSSESSIVE = /([\p{L}][\p{L}\p{N}&-]*)['’]s?\s+[\p{L}]/gu;

/** Built as steps (see steps.ts): tens of thousands of roles at 10,000 articles. */
export function* createRoleFinderSteps(entities: Entity[]): Steps<RoleFinder> {
  const entries: RoleEntry[] = [];
  for (const [n, entity] of entities.entries()) {
    if (n % 100 === 99) yield;
    if (entity.type !== 'person') continue;
    for (const role of entity.roles) {
      const title = new Set(terms(role.title));
      if (title.size) entries.push({ entity, title, words: new Set([...title, ...terms(role.of ?? '')]) });
    }
  }
  return {
    find(question) {
      const asked = [...new Set(terms(question))];
      if (asked.length < 2 || entries.length === 0) return [];
      // "the company's" names a kind, not an owner: only a name constrains the role.
      const owners = [...question.matchAll(POSSESSIVE)]
        .map((m) => (m[1] ?? '').toLowerCase())
        .filter((o) => !isEntityNoun(o))
        .map(stem);
      const scored = new Map<Entity, number>();
      for (const entry of entries) {
        if (owners.length && !owners.some((o) => entry.words.has(o))) continue;
        const inTitle = asked.filter((t) => meets(t, entry.title)).length;
        const count = asked.filter((t) => meets(t, entry.words)).length;
        if (inTitle >= 1 && count >= 2)
          scored.set(entry.entity, Math.max(scored.get(entry.entity) ?? 0, count));
      }
      const best = Math.max(0, ...scored.values());
      return [...scored]
        .filter(([, s]) => s === best)
        .map(([e]) => e)
        .slice(0, 2);
    },
  };
}

/** The term, a synonym, or a stem that extends it ("financ" and "financi"). */
function meets(term: string, words: Set<string>): boolean {
  if ([term, ...expand(term)].some((x) => words.has(x))) return true;
  if (term.length < 5) return false;
  for (const w of words) if (w.length >= 5 && (w.startsWith(term) || term.startsWith(w))) return true;
  return false;
}
