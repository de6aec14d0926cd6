// Small constructors so every module builds Replies the same way.
import type { Citation, Reply, ReplyKind } from './reply.js';

export function messageReply(kind: ReplyKind, text: string, found = true, suggestions: string[] = []): Reply {
  return { kind, found, text, items: [], more: 0, citations: [], suggestions, entities: [] };
}

/** Collects citations without duplicates, so items can point at them by index. */
export class CitationList {
  readonly citations: Citation[] = [];

  add(citation: Citation): number {
    const at = this.citations.findIndex((c) => c.doc === citation.doc && c.snippet === citation.snippet);
    if (at >= 0) return at;
    this.citations.push(citation);
    return this.citations.length - 1;
  }
}
