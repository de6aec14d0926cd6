// Corpus → the parse report of `npm run corpus` (contract in DESIGN.md): per document what the parser
// understood, and the files it skipped with why. Pure: the CLI prints it as JSON or as text.
import type { Corpus, CorpusDocument, CorpusEvent, Entity, EntityType } from '../../src/index.js';

export interface ReportCounts {
  sentences: number;
  quotes: number;
  entities: number;
  events: number;
}

export interface ReportQuote {
  speaker: string;
  text: string;
  reported: boolean;
}

export interface ReportEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  /** Roles this document gives the entity: "founder and CEO (Huawei)". */
  roles: string[];
}

export interface ReportEvent {
  kind: string;
  actors: string[];
  verb: string;
  action: string;
  negated: boolean;
  targets: string[];
  scope: string[];
  date: string | null;
  source: string;
}

export interface ReportDocument {
  file: string;
  title: string;
  author: string | null;
  outlet: string | null;
  date: string | null;
  counts: ReportCounts;
  warnings: string[];
  /** Only with --full. */
  quotes?: ReportQuote[];
  entities?: ReportEntity[];
  events?: ReportEvent[];
  dates?: { phrase: string; date: string }[];
}

export interface CorpusReport {
  documents: ReportDocument[];
  skipped: { file: string; reason: string }[];
  totals: ReportCounts & { documents: number; skipped: number };
}

export function buildCorpusReport(corpus: Corpus, full = false): CorpusReport {
  const byId = new Map(corpus.entities.map((entity) => [entity.id, entity]));
  const name = (id: string): string => byId.get(id)?.name ?? id;
  const documents = corpus.documents.map((doc) => documentReport(corpus, doc, full, name));
  return {
    documents,
    // The parser words its reasons "skipped: why"; the report's heading already says skipped.
    skipped: corpus.warnings.map((w) => ({ file: w.file, reason: w.message.replace(/^skipped:\s*/i, '') })),
    totals: {
      documents: documents.length,
      skipped: corpus.warnings.length,
      sentences: corpus.sentences.length,
      quotes: corpus.quotes.length,
      entities: corpus.entities.length,
      events: corpus.events.length,
    },
  };
}

function documentReport(
  corpus: Corpus,
  doc: CorpusDocument,
  full: boolean,
  name: (id: string) => string,
): ReportDocument {
  const mine = <T extends { doc: string }>(items: T[]): T[] => items.filter((item) => item.doc === doc.file);
  const quotes = mine(corpus.quotes);
  const events = mine(corpus.events);
  const entities = corpus.entities.filter((entity) => entity.mentions.some((ref) => ref.doc === doc.file));
  const report: ReportDocument = {
    file: doc.file,
    title: doc.title,
    author: doc.author,
    outlet: doc.outlet,
    date: doc.date,
    counts: {
      sentences: doc.sentenceRange[1] - doc.sentenceRange[0],
      quotes: quotes.length,
      entities: entities.length,
      events: events.length,
    },
    warnings: doc.warnings,
  };
  if (!full) return report;
  return {
    ...report,
    quotes: quotes.map((q) => ({ speaker: q.speakerName, text: q.text, reported: q.reported })),
    entities: entities.map((entity) => entityReport(entity, doc.file)),
    events: events.map((event) => eventReport(event, name)),
    dates: mine(corpus.dates).map((d) => ({ phrase: d.phrase, date: d.date.iso })),
  };
}

function entityReport(entity: Entity, file: string): ReportEntity {
  return {
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    roles: entity.roles
      .filter((role) => role.source.doc === file)
      .map((role) => (role.of && !role.title.includes(role.of) ? `${role.title} (${role.of})` : role.title)),
  };
}

function eventReport(event: CorpusEvent, name: (id: string) => string): ReportEvent {
  return {
    kind: event.kind,
    actors: event.actors.map(name),
    verb: event.verb,
    action: event.action,
    negated: event.negated,
    targets: event.targets.map(name),
    scope: event.scope,
    date: event.date?.iso ?? null,
    source: event.source,
  };
}
