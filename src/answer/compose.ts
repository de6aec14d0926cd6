// Builds a Reply item by item, citing as it goes, and keeps the plain text within the limit by
// cutting whole items ("…and N more") rather than sentences.
import type { Citation, Reply, ReplyKind } from '../reply.js';
import { replyToPlainText } from '../reply.js';
import { CitationList } from '../reply-builders.js';

export const MAX_ANSWER_CHARS = 1500;
/** More items than fit in 1500 characters in any case. */
const MAX_ITEMS = 60;

export class ReplyDraft {
  private readonly citations = new CitationList();
  private readonly items: { text: string; cites: number[] }[] = [];
  private readonly texts = new Set<string>();
  private overflow = 0;
  private readonly suggestions: string[] = [];
  private readonly entities: string[] = [];

  constructor(
    private readonly kind: ReplyKind,
    private lead: string,
  ) {}

  setLead(lead: string): this {
    this.lead = lead;
    return this;
  }

  item(text: string, ...citations: Citation[]): this {
    if (this.texts.has(text)) return this;
    this.texts.add(text);
    // Past what any reply can show, items are only counted ("…and N more").
    if (this.items.length >= MAX_ITEMS) this.overflow++;
    else this.items.push({ text, cites: citations.map((c) => this.citations.add(c)) });
    return this;
  }

  /**
   * As item(), with the citations made only when the item is shown: past MAX_ITEMS an item is
   * only counted, and a reply about a much-named entity walks tens of thousands of them.
   */
  itemCiting(text: string, cite: () => Citation[]): this {
    if (this.texts.has(text)) return this;
    if (this.items.length >= MAX_ITEMS) {
      this.texts.add(text);
      this.overflow++;
      return this;
    }
    return this.item(text, ...cite());
  }

  get size(): number {
    return this.items.length;
  }

  /** No more items will be shown, only counted: a caller may skip writing them out. */
  get full(): boolean {
    return this.items.length >= MAX_ITEMS;
  }

  suggest(...questions: string[]): this {
    for (const q of questions)
      if (q && !this.suggestions.includes(q) && this.suggestions.length < 4) this.suggestions.push(q);
    return this;
  }

  entity(...names: string[]): this {
    for (const name of names) if (!this.entities.includes(name)) this.entities.push(name);
    return this;
  }

  build(found = true, maxChars = MAX_ANSWER_CHARS): Reply {
    const reply: Reply = {
      kind: this.kind,
      found,
      text: this.lead,
      items: [...this.items],
      more: this.overflow,
      citations: [],
      suggestions: this.suggestions,
      entities: this.entities,
    };
    while (reply.items.length > 1 && replyToPlainText(reply).length > maxChars) {
      reply.items.pop();
      reply.more++;
    }
    if (replyToPlainText(reply).length > maxChars) reply.text = clip(reply.text, 300);
    const used = [...new Set(reply.items.flatMap((i) => i.cites))].sort((a, b) => a - b);
    const renumber = new Map(used.map((old, index) => [old, index]));
    reply.citations = used.map((i) => this.citations.citations[i] as Citation);
    reply.items = reply.items.map((i) => ({ text: i.text, cites: i.cites.map((c) => renumber.get(c) ?? 0) }));
    return reply;
  }
}

/** Cuts a text at a word boundary, marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** The leading sentences of a verbatim text that fit in max characters (still verbatim). */
export function leadingSentences(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentences = text.match(/[^.!?…]+[.!?…]+["”’)]*\s*/g) ?? [text];
  let out = '';
  for (const sentence of sentences) {
    if ((out + sentence).trimEnd().length > max) break;
    out += sentence;
  }
  return out.trimEnd() || clip(text, max);
}

export function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "2018-12-12" → "12 December 2018", "2018-12" → "December 2018", "2018" → "2018". */
export { formatPartialDate as formatPartial } from '../on-this-day/month-day.js';
