// A parse whose texts are slices of the article's own text. Paragraphs, sentences and quotes are
// verbatim substrings of the article, but a parse read back from the cache (or sent by a worker)
// holds each as a separate copy: at 10,000 articles the copies are most of the heap. A slice of
// a kept string costs a few bytes in V8, so the same text is held once.
import type { ArticleResult } from './parse-article.js';

export function shareText(result: ArticleResult): ArticleResult {
  if (!result.ok) return result;
  const { doc, quotes } = result.parsed;
  let from = 0;
  const paragraphs = doc.paragraphs.map((p) => {
    const at = doc.raw.indexOf(p, from);
    if (at < 0) return p;
    from = at + p.length;
    return doc.raw.slice(at, from);
  });
  const within = (paragraph: number, start: number, text: string): string => {
    const p = paragraphs[paragraph] ?? '';
    return p.startsWith(text, start) ? p.slice(start, start + text.length) : text;
  };
  return {
    ok: true,
    parsed: {
      ...result.parsed,
      doc: {
        ...doc,
        paragraphs,
        sentences: doc.sentences.map((s) => ({ ...s, text: within(s.paragraph, s.start, s.text) })),
      },
      quotes: quotes.map((q) => ({ ...q, text: within(q.paragraphs[0], q.offset, q.text) })),
    },
  };
}
