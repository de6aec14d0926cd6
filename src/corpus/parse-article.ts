// One article on its own, from bytes to its facts: the unit a worker parses and the disk cache
// keeps. Everything here depends on the file's name and bytes only, never on the other articles.
import { analyseDocument, type DocumentAnalysis } from './analyse-document.js';
import { type DraftEvent, extractEvents } from './extract-events.js';
import { type DraftQuote, extractQuotes } from './extract-quotes.js';
import { type DraftRole, extractRoles } from './extract-roles.js';
import { subjectResolver } from './resolve-subject.js';
import type { SourceFile } from './types.js';

/**
 * Bump whenever a change to the parser changes what it produces for some article: cached parses
 * carry the version they were made with, and entries of another version are parsed afresh.
 */
export const PARSER_VERSION = 114;

export interface Parsed {
  doc: DocumentAnalysis;
  quotes: DraftQuote[];
  roles: DraftRole[];
  events: DraftEvent[];
}

/** A parsed article, or why it was skipped ("skipped: the file is binary"). */
export type ArticleResult = { ok: true; parsed: Parsed } | { ok: false; skipped: string };

export function parseArticle(file: SourceFile): ArticleResult {
  try {
    const analysed = analyseDocument(file);
    if (!analysed.ok) return { ok: false, skipped: `skipped: ${analysed.reason}` };
    const doc = analysed.doc;
    const quotes = extractQuotes(doc);
    const roles = extractRoles(doc);
    return {
      ok: true,
      parsed: { doc, quotes, roles, events: extractEvents(doc, subjectResolver(doc, quotes, roles)) },
    };
  } catch (error) {
    // One article the rules choke on must never take the corpus down.
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, skipped: `skipped: the parser failed (${why})` };
  }
}
