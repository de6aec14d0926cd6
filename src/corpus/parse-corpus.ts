// Raw files → one Corpus: every article parsed on its own (parse-article), then entities merged
// across articles ("Ansip" in one is "Andrus Ansip" of another) and every fact given its sentence.
// The merge is linear in the mentions: at 10,000 articles it runs once per reload.
import { finish, type Steps } from '../steps.js';
import type { DocumentAnalysis } from './analyse-document.js';
import type { DraftEvent } from './extract-events.js';
import type { DraftQuote } from './extract-quotes.js';
import { isDemonym, isJoiningWord, PLACE_ALIASES } from './lexicon.js';
import { type DraftEntity, entityId, personTokens } from './link-entities.js';
import { type ArticleResult, type Parsed, parseArticle } from './parse-article.js';
import type {
  Corpus,
  CorpusDocument,
  CorpusEvent,
  DatedMention,
  Entity,
  Quote,
  Sentence,
  SourceFile,
} from './types.js';

/**
 * Per-file results of an earlier parse, reused while a file's bytes are unchanged, so a hot reload
 * re-reads only what changed. Entries of files no longer present are dropped.
 */
export type ParseCache = Map<string, ArticleResult>;

/** An article's parse beside the file it came from, in corpus order. */
export interface ArticleEntry {
  file: string;
  result: ArticleResult;
}

export function parseCorpus(files: SourceFile[], cache?: ParseCache): Corpus {
  const seen = new Set<string>();
  const entries = files.map((file): ArticleEntry => {
    // Not cached: the entry may be readable on the next reload.
    if (file.unreadable !== undefined)
      return { file: file.file, result: { ok: false, skipped: `skipped: ${file.unreadable}` } };
    const key = `${file.file}\u0000${file.size ?? file.bytes.length}\u0000${fingerprint(file.bytes)}`;
    seen.add(key);
    const result = cache?.get(key) ?? parseArticle(file);
    cache?.set(key, result);
    return { file: file.file, result };
  });
  if (cache) for (const key of cache.keys()) if (!seen.has(key)) cache.delete(key);
  return assembleCorpus(entries);
}

export function assembleCorpus(entries: ArticleEntry[]): Corpus {
  return finish(assembleCorpusSteps(entries));
}

/**
 * Articles merged between two yields of assembleCorpusSteps. Few: the slice runner decides by the
 * clock when to let the event loop turn, and while the old corpus is being collected an article
 * can take 10-30 ms instead of 0.2 (50 per step made 100-240 ms waits in the bench's reload).
 */
const ARTICLES_PER_STEP = 5;

/** The same merge as steps (see steps.ts), a few articles each. */
export function* assembleCorpusSteps(entries: ArticleEntry[]): Steps<Corpus> {
  const corpus: Corpus = {
    documents: [],
    sentences: [],
    entities: [],
    quotes: [],
    events: [],
    dates: [],
    warnings: [],
  };
  const parsed: Parsed[] = [];
  for (const { file, result } of entries) {
    if (result.ok) parsed.push(result.parsed);
    else corpus.warnings.push({ file, message: result.skipped });
  }
  const rename = yield* mergeEntities(parsed);
  const entities = new Map<string, Entity>();
  // Side sets keep "already listed?" checks constant-time however many articles name an entity.
  const aliasesOf = new Map<string, Set<string>>();
  const mentionedIn = new Map<string, Set<number>>();
  for (const [n, { doc, quotes, roles, events }] of parsed.entries()) {
    if (n % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
    const base = corpus.sentences.length;
    const id = (local: string) => rename.get(`${doc.file}\u0000${local}`) ?? local;
    const sentenceAt = sentenceLocator(doc, base);
    for (const [index, s] of doc.sentences.entries())
      corpus.sentences.push({
        doc: doc.file,
        index,
        paragraph: s.paragraph,
        text: s.text,
      } satisfies Sentence);
    corpus.documents.push(toDocument(doc, base));
    for (const draft of doc.entities.values()) {
      const key = id(draft.id);
      let entity = entities.get(key);
      if (!entity) {
        entity = { id: key, name: draft.name, type: draft.type, aliases: [], roles: [], mentions: [] };
        entities.set(key, entity);
        aliasesOf.set(key, new Set());
        mentionedIn.set(key, new Set());
      }
      if (draft.led && entity.type === 'person') entity.type = 'org';
      const aliases = aliasesOf.get(key) ?? new Set<string>();
      if (draft.name.length > entity.name.length && entityId(draft.name) === key) entity.name = draft.name;
      for (const alias of [draft.name, ...draft.aliases])
        if (alias !== entity.name && !aliases.has(alias)) {
          aliases.add(alias);
          entity.aliases.push(alias);
        }
    }
    for (const m of doc.mentions) {
      const key = id(m.entity);
      const entity = entities.get(key);
      const sentence = sentenceAt(m.paragraph, m.start);
      const seen = mentionedIn.get(key);
      if (!entity || !seen || seen.has(sentence)) continue;
      seen.add(sentence);
      entity.mentions.push({ doc: doc.file, sentence });
    }
    for (const role of roles) {
      entities.get(id(role.entity))?.roles.push({
        title: role.title,
        ...(role.of ? { of: role.of } : {}),
        ...(role.in ? { in: role.in } : {}),
        source: { doc: doc.file, sentence: sentenceAt(role.paragraph, role.offset) },
      });
    }
    for (const q of quotes)
      corpus.quotes.push(toQuote(q, doc, id(q.speaker), entities, sentenceAt(q.paragraphs[0], q.offset)));
    for (const e of events) corpus.events.push(toEvent(e, doc, base, id));
    for (const d of datesOf(doc, base)) corpus.dates.push(d);
  }
  corpus.entities = [...entities.values()].map(withGazetteerAliases);
  return corpus;
}

/**
 * The corpus index of the sentence holding an offset of a paragraph: the last sentence of that
 * paragraph starting at or before it, else the paragraph's first, else the article's first.
 * Sentences come in paragraph order, so each paragraph's are one run searched by bisection.
 */
function sentenceLocator(doc: DocumentAnalysis, base: number) {
  const runs = new Map<number, number[]>();
  doc.sentences.forEach((s, index) => {
    const run = runs.get(s.paragraph);
    if (run) run.push(index);
    else runs.set(s.paragraph, [index]);
  });
  return (paragraph: number, offset: number): number => {
    const run = runs.get(paragraph);
    if (!run) return base;
    let lo = 0;
    let hi = run.length - 1;
    let found = run[0] ?? 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const index = run[mid] ?? 0;
      if ((doc.sentences[index]?.start ?? 0) <= offset) {
        found = index;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return base + found;
  };
}

/** "United States" is also "US", "USA", "America" to a reader, whichever forms the articles used. */
function withGazetteerAliases(entity: Entity): Entity {
  if (entity.type === 'person') return entity;
  const known = (PLACE_ALIASES[entity.name] ?? []).filter(
    (alias) => !isDemonym(alias) && !entity.aliases.includes(alias),
  );
  return known.length ? { ...entity, aliases: [...entity.aliases, ...known] } : entity;
}

/** FNV-1a over the bytes: enough to notice an edited file, cheap next to parsing it. */
function fingerprint(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ (bytes[i] ?? 0), 0x01000193);
  return (hash >>> 0).toString(36);
}

function toDocument(doc: DocumentAnalysis, base: number): CorpusDocument {
  return {
    file: doc.file,
    ...doc.meta,
    raw: doc.raw,
    paragraphs: doc.paragraphs,
    sentenceRange: [base, base + doc.sentences.length],
    warnings: doc.warnings,
  };
}

function toQuote(
  q: DraftQuote,
  doc: DocumentAnalysis,
  speaker: string,
  entities: Map<string, Entity>,
  sentence: number,
): Quote {
  const [first, last] = q.paragraphs;
  return {
    speaker,
    speakerName: entities.get(speaker)?.name ?? speaker,
    text: q.text,
    source: doc.paragraphs.slice(first, last + 1).join('\n\n'),
    doc: doc.file,
    sentence,
    reported: q.reported,
  };
}

function toEvent(
  e: DraftEvent,
  doc: DocumentAnalysis,
  base: number,
  id: (local: string) => string,
): CorpusEvent {
  return {
    kind: e.kind,
    actors: e.actors.map(id),
    action: e.action,
    verb: e.verb,
    negated: e.negated,
    targets: e.targets.map(id),
    scope: e.scope,
    ...(e.place ? { place: e.place } : {}),
    date: e.date,
    doc: doc.file,
    sentence: base + e.sentence,
    source: doc.sentences[e.sentence]?.text ?? '',
  };
}

function datesOf(doc: DocumentAnalysis, base: number): DatedMention[] {
  return doc.sentenceDates.flatMap((dates, i) =>
    dates.map((d) => ({
      date: d.date,
      phrase: d.phrase,
      doc: doc.file,
      sentence: base + i,
      relative: d.relative,
    })),
  );
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The capitals of a name's words, joining words left out: "Court of Justice" → "CJ". Undefined
 * for a name with a word that is not capitalised or joining, or with fewer than two capitals. */
function initialsOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !isJoiningWord(w));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  return words.map((w) => w[0]).join('');
}

/**
 * Each organisation acronym of an article ("FAA", by id) with the full name it abbreviates: one
 * the article wrote before it whose initials it spells. "BT" is not "Bouygues Telecom" when no
 * article writes the one and then the other.
 */
function acronymsIn(doc: DocumentAnalysis): Map<string, string> {
  const first = new Map<string, number>();
  for (const m of doc.mentions) {
    const at = m.paragraph * 100_000 + m.start;
    if (!first.has(m.entity) || at < (first.get(m.entity) ?? 0)) first.set(m.entity, at);
  }
  const found = new Map<string, string>();
  const orgs = [...doc.entities.values()].filter((e) => e.type === 'org');
  for (const acronym of orgs) {
    if (!ACRONYM.test(acronym.name)) continue;
    const at = first.get(acronym.id) ?? 0;
    const full = orgs.find((e) => initialsOf(e.name) === acronym.name && (first.get(e.id) ?? at) < at);
    if (full) found.set(acronym.id, full.id);
  }
  // "The Electric Reliability Council of Texas (ERCOT)": the article made the acronym a name of the
  // full one (initials of "of" and all).
  for (const org of orgs)
    for (const alias of org.aliases)
      if (ACRONYM.test(alias) && alias !== org.name && !found.has(entityId(alias)))
        found.set(entityId(alias), org.id);
  return found;
}

/**
 * "Dave Calhoun" in some articles, "David Calhoun" in others: two full names with one surname whose
 * first names begin alike (three letters) and that no article writes both of (there they would be
 * two people) are one person, named as most articles name them. Variant id → that person's id.
 */
/** "Sam" of "Samuel", "Alex" of "Alexander": one first name the start of the other, so even one
 * article writing both ("arrested Samuel Bankman-Fried", in an official's words) means one person,
 * unless a paragraph names both. */
function shortFormOf(a: string, b: string): boolean {
  const [first = '', other = ''] = [a.split(' ')[0] ?? '', b.split(' ')[0] ?? ''].sort(
    (x, y) => x.length - y.length,
  );
  return first.length >= 3 && first !== other && other.startsWith(first);
}

/** Pairs of people ("a\u0000b", ids in order) named in one paragraph: "Dan Berg and Daniel Berg
 * run the firm" are two. */
function namedTogether(docs: readonly DocumentAnalysis[]): Set<string> {
  const pairs = new Set<string>();
  for (const doc of docs) {
    const byParagraph = new Map<number, Set<string>>();
    for (const m of doc.mentions) {
      if (doc.entities.get(m.entity)?.type !== 'person') continue;
      const here = byParagraph.get(m.paragraph) ?? new Set<string>();
      here.add(m.entity);
      byParagraph.set(m.paragraph, here);
    }
    for (const ids of byParagraph.values())
      if (ids.size > 1) for (const a of ids) for (const b of ids) if (a < b) pairs.add(`${a}\u0000${b}`);
  }
  return pairs;
}

function nameVariants(
  people: Map<string, DraftEntity>,
  docsOf: Map<string, Set<number>>,
  together: ReadonlySet<string>,
): Map<string, string> {
  const bySurname = new Map<string, string[]>();
  for (const id of people.keys()) {
    const words = id.split(' ');
    if (words.length !== 2 || (words[0]?.length ?? 0) < 3) continue;
    const surname = words[1] ?? '';
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), id]);
  }
  const variants = new Map<string, string>();
  const docCount = (id: string) => docsOf.get(id)?.size ?? 0;
  // "Hans Dieter Poetsch" and "Pötsch", "Mueller" and "Müller": an umlaut written out with an "e"
  // (ids already drop the dots) is one spelling, in articles that never use both.
  const bySpelling = new Map<string, string[]>();
  for (const id of people.keys()) {
    const folded = id.replace(/(?<=[aou])e/g, '');
    if (folded !== id || bySpelling.has(folded))
      bySpelling.set(folded, [...(bySpelling.get(folded) ?? []), id]);
    else bySpelling.set(folded, [id]);
  }
  for (const ids of bySpelling.values()) {
    if (ids.length < 2) continue;
    ids.sort((a, b) => docCount(b) - docCount(a) || a.localeCompare(b));
    const main = ids[0] ?? '';
    for (const variant of ids.slice(1))
      if (![...(docsOf.get(variant) ?? [])].some((d) => docsOf.get(main)?.has(d)))
        variants.set(variant, main);
  }
  for (const ids of bySurname.values()) {
    if (ids.length < 2) continue;
    ids.sort((a, b) => docCount(b) - docCount(a) || a.localeCompare(b));
    for (const [i, variant] of ids.entries())
      for (const main of ids.slice(0, i))
        if (
          !variants.has(main) &&
          main.slice(0, 3) === variant.slice(0, 3) &&
          ((shortFormOf(main, variant) && !together.has([main, variant].sort().join('\u0000'))) ||
            ![...(docsOf.get(variant) ?? [])].some((d) => docsOf.get(main)?.has(d)))
        ) {
          variants.set(variant, main);
          break;
        }
  }
  return variants;
}

const HONORIFIC_ALIAS = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame)\.? /i;

/**
 * Corpus-wide identities: the same name in two articles is one entity; a lone word that is part
 * of exactly one person's full name anywhere ("Ansip") is that person; a lone word that one
 * article uses as the short form of exactly one organisation's full name ("Kestrel" for "Kestrel
 * Systems"), or an acronym an article writes after the one full name it spells ("FAA"), is that
 * organisation in every article; and a person's name variant ("Dave Calhoun") is that person.
 */
function* mergeEntities(articles: Parsed[]): Steps<Map<string, string>> {
  const docs = articles.map((a) => a.doc);
  const people = new Map<string, DraftEntity>();
  // People the articles show to be people: a title, words quoted, "Mr"/"Ms" before the name. Only
  // their names lend a first word ("Ren" of "Ren Zhengfei"); "Huawei" of "Huawei Kirin", two
  // capitalised words that are no one, lends nothing.
  const shownAsPeople = new Set<string>();
  for (const { doc, roles, quotes } of articles) {
    for (const r of roles) shownAsPeople.add(r.entity);
    for (const q of quotes) shownAsPeople.add(q.speaker);
    for (const e of doc.entities.values())
      if ([...e.aliases].some((a) => HONORIFIC_ALIAS.test(a))) shownAsPeople.add(e.id);
  }
  // Short form → the full names it stands for, as the articles themselves shortened them.
  const shortOf = new Map<string, Set<string>>();
  // Acronym → the full names an article wrote before it and it spells ("FAA": "Federal Aviation
  // Administration").
  const spelledBy = new Map<string, Set<string>>();
  const peopleDocs = new Map<string, Set<number>>();
  for (const [n, doc] of docs.entries()) {
    if (n % (ARTICLES_PER_STEP * 10) === 0) yield;
    for (const [acronym, full] of acronymsIn(doc))
      spelledBy.set(acronym, (spelledBy.get(acronym) ?? new Set<string>()).add(full));
    for (const e of doc.entities.values()) {
      if (e.type === 'person' && e.name.includes(' ')) {
        people.set(e.id, e);
        peopleDocs.set(e.id, (peopleDocs.get(e.id) ?? new Set<number>()).add(n));
      }
      if (e.type !== 'org' || !e.name.includes(' ')) continue;
      const first = e.name.split(' ')[0] ?? '';
      if (!e.aliases.has(first)) continue;
      const key = first.toLowerCase();
      const full = shortOf.get(key) ?? new Set<string>();
      full.add(e.id);
      shortOf.set(key, full);
    }
  }
  const shortened = nameVariants(people, peopleDocs, namedTogether(docs));
  for (const variant of shortened.keys()) people.delete(variant);
  // A word an article holds apart from the person it names in full is no short form of theirs
  // anywhere: "Sideloaded Google apps …" read as a name beside "Google" does not make Google a
  // person's surname.
  const apart = new Set<string>();
  for (const doc of docs)
    for (const e of doc.entities.values())
      if (e.type === 'person' && e.name.includes(' '))
        for (const word of e.name.toLowerCase().split(' '))
          if (doc.entities.has(word)) apart.add(`${e.id}\u0000${word}`);
  const byToken = personTokens(
    people,
    (entity, index, count) =>
      (index === count - 1 || shownAsPeople.has(entity.id)) &&
      !apart.has(`${entity.id}\u0000${entity.name.toLowerCase().split(' ')[index]}`),
  );
  yield;
  const rename = new Map<string, string>();
  for (const [n, doc] of docs.entries()) {
    if (n % (ARTICLES_PER_STEP * 10) === 0) yield;
    for (const e of doc.entities.values()) {
      const namedAs = shortened.get(e.id);
      if (namedAs) rename.set(`${doc.file}\u0000${e.id}`, namedAs);
      if (e.name.includes(' ') || e.type === 'place') continue;
      const person = byToken.get(e.name.toLowerCase());
      // Where the article names the person in full, it has already told the word apart from them.
      if (person && person !== e.id && !doc.entities.has(person))
        rename.set(`${doc.file}\u0000${e.id}`, person);
      const full = e.type !== 'org' || person ? undefined : (shortOf.get(e.id) ?? spelledBy.get(e.id));
      const only = full?.size === 1 ? [...full][0] : undefined;
      if (only && only !== e.id) rename.set(`${doc.file}\u0000${e.id}`, only);
    }
  }
  return rename;
}
