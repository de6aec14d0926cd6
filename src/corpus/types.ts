// The knowledge model the corpus engine builds and the answer engine reads.
// Every extracted fact keeps the verbatim sentence it came from, so any answer can be cited.
import type { ActionKind } from '../language/action-verbs.js';

export type Precision = 'day' | 'month' | 'year';

/** A date as precise as the text states it; never a guessed day or month. */
export interface PartialDate {
  year: number;
  month?: number; // 1-12, set for month and day precision
  day?: number; // 1-31, set for day precision
  precision: Precision;
  /** "2018-12-12", "2018-12" or "2018": sortable and printable. */
  iso: string;
}

/** One raw file handed to the parser by the adapter that read it. */
export interface SourceFile {
  file: string; // file name relative to the corpus folder: the document's id
  bytes: Uint8Array;
  /** Size on disk when the reader cut the file short (bytes.length < size). */
  size?: number;
  /** Why the entry could not be read (a dangling link, a file gone); it is skipped with this reason. */
  unreadable?: string;
}

export type EntityType = 'person' | 'org' | 'place';

export interface SentenceRef {
  doc: string;
  /** Index into Corpus.sentences. */
  sentence: number;
}

export interface Sentence {
  doc: string;
  /** Position of this sentence in its document. */
  index: number;
  paragraph: number;
  /** Verbatim text as it stands in the raw file (citable). */
  text: string;
}

export interface Role {
  /** "founder and CEO", "spokesman for Foreign Affairs in China". */
  title: string;
  /** Organisation or place the role belongs to, when named. */
  of?: string;
  /** The country the paragraph names before the holder, when the role's owner is no place: "France
   * has taken a different route … Guillaume Poupard, the head of the national cyber-security agency". */
  in?: string;
  source: SentenceRef;
}

export interface Entity {
  /** Stable key: the canonical name lower-cased. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: Role[];
  mentions: SentenceRef[];
}

export interface Quote {
  /** Entity id of the speaker. */
  speaker: string;
  speakerName: string;
  /** The quoted words, verbatim. */
  text: string;
  /** The verbatim source passage holding the quote (citable). */
  source: string;
  doc: string;
  sentence: number;
  /** true when the words are reported speech without quote marks. */
  reported: boolean;
}

/** What an event is: an action of src/language/action-verbs.ts, or something someone said. */
export type EventKind = ActionKind | 'statement';

export interface CorpusEvent {
  kind: EventKind;
  /** Entity ids (or names when unlinked) of who acted. */
  actors: string[];
  /** The verb phrase as written: "block or limit purchases", "dropping". */
  action: string;
  /** Lemma of the main verb: "block", "drop", "remove". */
  verb: string;
  /** true when the text negates the action ("didn't ban"). */
  negated: boolean;
  targets: string[];
  /** "5G", "4G network", "core network", "radio", "purchases of network equipment". */
  scope: string[];
  place?: string;
  date: PartialDate | null;
  doc: string;
  sentence: number;
  /** Verbatim sentence. */
  source: string;
}

export interface DatedMention {
  date: PartialDate;
  /** The words that gave the date: "yesterday", "In December, 2018". */
  phrase: string;
  doc: string;
  sentence: number;
  relative: boolean;
}

export interface CorpusDocument {
  /** File name: the id used in citations. */
  file: string;
  title: string;
  author: string | null;
  outlet: string | null;
  /** Publication date "YYYY-MM-DD" or null when the text does not give one. */
  date: string | null;
  url: string | null;
  /** The original text, decoded, for verbatim citations. */
  raw: string;
  /** Paragraphs kept after boilerplate removal, verbatim. */
  paragraphs: string[];
  /** First and one-past-last index into Corpus.sentences. */
  sentenceRange: [number, number];
  warnings: string[];
}

export interface CorpusWarning {
  file: string;
  message: string;
}

export interface Corpus {
  documents: CorpusDocument[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  events: CorpusEvent[];
  dates: DatedMention[];
  /** Files that could not be parsed at all, and why. */
  warnings: CorpusWarning[];
}
