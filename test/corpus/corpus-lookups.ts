// Lookups the corpus acceptance tests share: find what the parser extracted by the names an article
// uses, so a test states "Ren said X" rather than digging through ids and index arithmetic.
import type { Corpus, CorpusEvent, Entity, Quote } from '../../src/index.js';

/** Collapses whitespace and straightens curly quotes, so "don’t" in a test matches "don't" in a file. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const fold = (text: string): string => normalise(text).toLowerCase();

/** True when the normalised, lower-cased haystack holds the needle. */
export function holds(haystack: string, needle: string): boolean {
  return fold(haystack).includes(fold(needle));
}

/** The entity an article name stands for: by its name or one of its aliases, case-insensitive. */
export function entityNamed(corpus: Corpus, name: string): Entity | undefined {
  const wanted = fold(name);
  return (
    corpus.entities.find((entity) => fold(entity.name) === wanted) ??
    corpus.entities.find((entity) => entity.aliases.some((alias) => fold(alias) === wanted))
  );
}

/** Every spelling of an entity: its name and aliases, folded. */
function spellings(entity: Entity): string[] {
  return [entity.name, ...entity.aliases].map(fold);
}

/**
 * Whether an extracted id (or unlinked name) stands for the name an article uses: the same entity,
 * or a phrase such as "Finnish police" / "U.S. prosecutors" that names the entity as a whole word.
 */
export function standsFor(corpus: Corpus, id: string, name: string): boolean {
  const wanted = fold(name);
  if (fold(id) === wanted) return true;
  const entity = corpus.entities.find((candidate) => candidate.id === id);
  if (!entity) return fold(id).includes(wanted) || wanted.includes(fold(id));
  return spellings(entity).some((spelling) => spelling === wanted || containsWord(wanted, spelling));
}

function containsWord(phrase: string, word: string): boolean {
  if (word.length < 2) return false;
  return ` ${phrase.replace(/[^\p{L}\p{N}.]+/gu, ' ')} `.includes(` ${word} `);
}

/** Quotes of one document whose words hold the phrase (whitespace and quote marks normalised). */
export function quotesHolding(corpus: Corpus, doc: string, phrase: string): Quote[] {
  return corpus.quotes.filter((quote) => quote.doc === doc && holds(quote.text, phrase));
}

/** Whether a quote's speaker is the named person or organisation. */
export function spokenBy(corpus: Corpus, quote: Quote, name: string): boolean {
  return fold(quote.speakerName) === fold(name) || standsFor(corpus, quote.speaker, name);
}

export function eventsOf(corpus: Corpus, doc: string): CorpusEvent[] {
  return corpus.events.filter((event) => event.doc === doc);
}

/** One line per event, for failure messages that show what the parser did find. */
export function describeEvent(event: CorpusEvent): string {
  const not = event.negated ? 'not ' : '';
  return `${event.kind}: [${event.actors.join(', ')}] ${not}${event.verb} [${event.targets.join(', ')}] "${event.action}"`;
}

/** Words that must never stand as a speaker: pronouns and generic references left unresolved. */
export const UNRESOLVED_SPEAKERS = ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'the company', 'the firm'];
