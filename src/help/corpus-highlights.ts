// What a corpus is most about: its most quoted people, most named entities of a type. The source of
// every example the bot gives, so no example names a topic the loaded articles do not hold.
import type { Corpus, EntityType } from '../corpus/types.js';

/** Distinct values, most frequent first (ties alphabetical, so the choice is stable). */
export function byCount(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value]) => value);
}

export function mostQuoted(corpus: Corpus): string[] {
  return byCount(corpus.quotes.map((q) => q.speakerName));
}

export function mostNamed(corpus: Corpus, type: EntityType): string[] {
  return corpus.entities
    .filter((e) => e.type === type)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e) => e.name);
}
