// References by role → people: "Vodafone's boss", "the spokesman for China's foreign affairs",
// "the company's finance chief". A person is named when the question's words cover the head of
// one of their roles and at least one more word of it (its organisation or a qualifier).
import type { Entity } from '../corpus/types.js';
import { expand, terms } from './terms.js';

export interface RoleFinder {
  find(question: string): Entity[];
}

interface RoleEntry {
  entity: Entity;
  head: string;
  words: Set<string>;
}

export function createRoleFinder(entities: Entity[]): RoleFinder {
  const entries: RoleEntry[] = [];
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const role of entity.roles) {
      const title = terms(role.title);
      const head = title[title.length - 1];
      if (!head) continue;
      entries.push({ entity, head, words: new Set([...title, ...terms(role.of ?? '')]) });
    }
  }
  return {
    find(question) {
      const asked = [...new Set(terms(question))];
      if (asked.length < 2 || entries.length === 0) return [];
      const scored = new Map<Entity, number>();
      for (const entry of entries) {
        const hit = (t: string) =>
          [t, ...expand(t)].some((x) => entry.words.has(x) || prefixOf(x, entry.words));
        const headHit = asked.some((t) =>
          [t, ...expand(t)].some((x) => x === entry.head || expand(entry.head).includes(x)),
        );
        if (!headHit) continue;
        const count = asked.filter(hit).length;
        if (count >= 2) scored.set(entry.entity, Math.max(scored.get(entry.entity) ?? 0, count));
      }
      const best = Math.max(0, ...scored.values());
      return [...scored]
        .filter(([, s]) => s === best)
        .map(([e]) => e)
        .slice(0, 2);
    },
  };
}

/** "financ" and "financi": one stem a prefix of another, both long enough to mean the same word. */
function prefixOf(term: string, words: Set<string>): boolean {
  if (term.length < 5) return false;
  for (const w of words) if (w.length >= 5 && (w.startsWith(term) || term.startsWith(w))) return true;
  return false;
}
