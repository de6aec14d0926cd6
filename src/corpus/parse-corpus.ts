// Raw files → one Corpus: every article analysed on its own, then entities merged across
// articles ("Ansip" in one is "Andrus Ansip" of another) and every fact given its sentence.
import { analyseDocument, type DocumentAnalysis } from './analyse-document.js';
import { type DraftEvent, extractEvents } from './extract-events.js';
import { type DraftQuote, extractQuotes } from './extract-quotes.js';
import { type DraftRole, extractRoles } from './extract-roles.js';
import { isDemonym, PLACE_ALIASES } from './lexicon.js';
import { type DraftEntity, entityId, personTokens } from './link-entities.js';
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

export interface Parsed {
  doc: DocumentAnalysis;
  quotes: DraftQuote[];
  roles: DraftRole[];
  events: DraftEvent[];
}

/**
 * Per-file results of an earlier parse, reused while a file's bytes are unchanged, so a hot reload
 * re-reads only what changed. Entries of files no longer present are dropped.
 */
export type ParseCache = Map<string, Parsed | { skipped: string }>;

export function parseCorpus(files: SourceFile[], cache?: ParseCache): Corpus {
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
  const seen = new Set<string>();
  for (const file of files) {
    if (file.unreadable !== undefined) {
      // Not cached: the entry may be readable on the next reload.
      corpus.warnings.push({ file: file.file, message: `skipped: ${file.unreadable}` });
      continue;
    }
    const key = `${file.file}\u0000${file.size ?? file.bytes.length}\u0000${fingerprint(file.bytes)}`;
    seen.add(key);
    const cached = cache?.get(key);
    if (cached) {
      if ('skipped' in cached) corpus.warnings.push({ file: file.file, message: cached.skipped });
      else parsed.push(cached);
      continue;
    }
    try {
      const analysed = analyseDocument(file);
      if (!analysed.ok) {
        corpus.warnings.push({ file: file.file, message: `skipped: ${analysed.reason}` });
        cache?.set(key, { skipped: `skipped: ${analysed.reason}` });
        continue;
      }
      const doc = analysed.doc;
      const quotes = extractQuotes(doc);
      const roles = extractRoles(doc);
      const result = { doc, quotes, roles, events: extractEvents(doc, subjectResolver(doc, quotes, roles)) };
      parsed.push(result);
      cache?.set(key, result);
    } catch (error) {
      // One article the rules choke on must never take the corpus down.
      corpus.warnings.push({
        file: file.file,
        message: `skipped: the parser failed (${error instanceof Error ? error.message : String(error)})`,
      });
    }
  }
  if (cache) for (const key of cache.keys()) if (!seen.has(key)) cache.delete(key);
  const rename = mergeEntities(parsed.map((p) => p.doc));
  const entities = new Map<string, Entity>();
  for (const { doc, quotes, roles, events } of parsed) {
    const base = corpus.sentences.length;
    const id = (local: string) => rename.get(`${doc.file}\u0000${local}`) ?? local;
    const sentenceAt = (paragraph: number, offset: number) => {
      const local = doc.sentences.findLastIndex((s) => s.paragraph === paragraph && s.start <= offset);
      return (
        base +
        Math.max(
          local,
          doc.sentences.findIndex((s) => s.paragraph === paragraph),
          0,
        )
      );
    };
    corpus.sentences.push(
      ...doc.sentences.map<Sentence>((s, index) => ({
        doc: doc.file,
        index,
        paragraph: s.paragraph,
        text: s.text,
      })),
    );
    corpus.documents.push(toDocument(doc, base));
    for (const draft of doc.entities.values()) {
      const key = id(draft.id);
      const entity = entities.get(key) ?? {
        id: key,
        name: draft.name,
        type: draft.type,
        aliases: [],
        roles: [],
        mentions: [],
      };
      entities.set(key, entity);
      if (draft.name.length > entity.name.length && entityId(draft.name) === key) entity.name = draft.name;
      for (const alias of [draft.name, ...draft.aliases])
        if (alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
    }
    for (const m of doc.mentions) {
      const entity = entities.get(id(m.entity));
      const ref = { doc: doc.file, sentence: sentenceAt(m.paragraph, m.start) };
      if (entity && !entity.mentions.some((r) => r.sentence === ref.sentence)) entity.mentions.push(ref);
    }
    for (const role of roles) {
      entities.get(id(role.entity))?.roles.push({
        title: role.title,
        ...(role.of ? { of: role.of } : {}),
        source: { doc: doc.file, sentence: sentenceAt(role.paragraph, role.offset) },
      });
    }
    corpus.quotes.push(
      ...quotes.map((q) => toQuote(q, doc, id(q.speaker), entities, sentenceAt(q.paragraphs[0], q.offset))),
    );
    corpus.events.push(...events.map<CorpusEvent>((e) => toEvent(e, doc, base, id)));
    corpus.dates.push(...datesOf(doc, base));
  }
  corpus.entities = [...entities.values()].map(withGazetteerAliases);
  return corpus;
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

/**
 * Corpus-wide identities: the same name in two articles is one entity, and a lone word that is
 * part of exactly one person's full name anywhere ("Ansip") is that person.
 */
function mergeEntities(docs: DocumentAnalysis[]): Map<string, string> {
  const people = new Map<string, DraftEntity>();
  for (const doc of docs)
    for (const e of doc.entities.values())
      if (e.type === 'person' && e.name.includes(' ')) people.set(e.id, e);
  const byToken = personTokens(people);
  const rename = new Map<string, string>();
  for (const doc of docs) {
    for (const e of doc.entities.values()) {
      if (e.name.includes(' ') || e.type === 'place') continue;
      const person = byToken.get(e.name.toLowerCase());
      if (person && person !== e.id) rename.set(`${doc.file}\u0000${e.id}`, person);
    }
  }
  return rename;
}

function organisationCalled(
  doc: DocumentAnalysis,
  noun: string,
  paragraph: number,
  before: number,
): string | null {
  const nouns = noun === 'operator' || noun === 'carrier' ? ['operator', 'carrier'] : [noun];
  const candidates = doc.mentions.filter(
    (m) =>
      (m.paragraph < paragraph || (m.paragraph === paragraph && m.end <= before)) &&
      doc.entities.get(m.entity)?.type === 'org',
  );
  for (const m of [...candidates].reverse()) {
    const text = doc.paragraphs[m.paragraph] ?? '';
    // Named as one ("Ministry of Digital Affairs") or called one nearby ("Swedish carrier Telvara").
    const name = doc.entities.get(m.entity)?.name ?? '';
    const near =
      `${text.slice(Math.max(0, m.start - 30), m.start)} ${name} ${text.slice(m.end, m.end + 30)}`.toLowerCase();
    if (nouns.some((n) => near.includes(n))) return m.entity;
  }
  // "the company" with no organisation called one: the organisation the article is most about.
  if (!/^(company|firm|group)$/.test(noun)) return null;
  const counts = new Map<string, number>();
  for (const m of candidates) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Who "we", "it" and "them" are in a sentence: the speaker of a quote holding it, or the story's organisation. */
function subjectResolver(doc: DocumentAnalysis, quotes: DraftQuote[], roles: DraftRole[]) {
  const counts = new Map<string, number>();
  for (const m of doc.mentions)
    if (doc.entities.get(m.entity)?.type === 'org') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const salient = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return (sentence: number, pronoun: string): string | null => {
    const s = doc.sentences[sentence];
    if (!s) return null;
    // "the operator": the organisation the article called an operator ("Swedish carrier Telvara").
    if (!/^(it|them|they|we|i|he|she)$/.test(pronoun))
      return organisationCalled(doc, pronoun, s.paragraph, s.start);
    const quote = quotes.find(
      (q) =>
        s.paragraph >= q.paragraphs[0] &&
        s.paragraph <= q.paragraphs[1] &&
        (q.text.includes(s.text.slice(0, 30)) || q.reported),
    );
    // "In August she rejected ...": the person last named before the sentence.
    if (pronoun === 'he' || pronoun === 'she') {
      const before = doc.mentions.filter(
        (m) =>
          doc.entities.get(m.entity)?.type === 'person' &&
          (m.paragraph < s.paragraph || (m.paragraph === s.paragraph && m.end <= s.start)),
      );
      return before[before.length - 1]?.entity ?? null;
    }
    if (pronoun === 'them' || pronoun === 'it' || pronoun === 'they') {
      const speakerOrg = quote ? roles.find((r) => r.entity === quote.speaker)?.of : undefined;
      const others = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
      return (
        others.find((id) => doc.entities.get(id)?.name !== speakerOrg && id !== quote?.speaker) ?? salient
      );
    }
    if (!quote) return null;
    const of = roles.find((r) => r.entity === quote.speaker && r.of)?.of;
    const org = of ? [...doc.entities.values()].find((e) => e.name === of)?.id : undefined;
    return org ?? quote.speaker;
  };
}
