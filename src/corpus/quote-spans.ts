// Where the quotations are: balanced double quotes (curly or straight) across a paragraph run,
// a quote left open at a paragraph's end continuing into the next, and a closing mark with no
// opening one meaning the quote began with the paragraph. One linear scan.

export interface QuoteSpan {
  /** Paragraph and offset of the first quoted character, and of the closing mark. */
  from: { paragraph: number; offset: number };
  to: { paragraph: number; offset: number };
  /** The quoted words, paragraphs joined by a blank line. */
  text: string;
}

export function findQuoteSpans(paragraphs: string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { paragraph: number; offset: number } | null = null;
  let depth = 0;
  paragraphs.forEach((text, p) => {
    // A continued quote may be re-opened by the new paragraph's own opening mark.
    const reopened = open !== null && /^["“]/.test(text);
    for (let i = reopened ? 1 : 0; i < text.length; i++) {
      const ch = text[i];
      // Straight quotes cannot nest: one opens when none is open, and closes otherwise.
      const opening = ch === '“' || (ch === '"' && depth === 0);
      const closing = ch === '”' || ch === '"';
      if (opening) {
        if (depth === 0) open = { paragraph: p, offset: i + 1 };
        depth++;
      } else if (closing) {
        if (depth > 1) {
          depth--;
          continue;
        }
        const start: { paragraph: number; offset: number } =
          depth === 1 && open ? open : { paragraph: p, offset: 0 };
        spans.push({
          from: start,
          to: { paragraph: p, offset: i },
          text: slice(paragraphs, start, { paragraph: p, offset: i }),
        });
        depth = 0;
        open = null;
      }
    }
    // A quote still open two paragraphs on was a stray mark, not a quotation.
    if (open && p - open.paragraph >= 2) {
      open = null;
      depth = 0;
    }
    if (depth > 1) depth = 1;
  });
  return spans;
}

function slice(paragraphs: string[], from: QuoteSpan['from'], to: QuoteSpan['to']): string {
  if (from.paragraph === to.paragraph)
    return (paragraphs[from.paragraph] ?? '').slice(from.offset, to.offset).trim();
  const parts = [(paragraphs[from.paragraph] ?? '').slice(from.offset)];
  for (let p = from.paragraph + 1; p < to.paragraph; p++) parts.push(paragraphs[p] ?? '');
  parts.push((paragraphs[to.paragraph] ?? '').slice(0, to.offset).replace(/^["“]/, ''));
  return parts.map((part) => part.trim()).join('\n\n');
}
