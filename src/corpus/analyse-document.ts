// One article from raw bytes to its cleaned paragraphs, sentences and name mentions: the shared
// ground the extractors (roles, quotes, events, dates) work on.
import { cleanArticle } from './clean-article.js';
import { type Decoded, decodeText } from './decode-text.js';
import { type DateMatch, extractDates, parsePublicationDate } from './extract-dates.js';
import { findNames, lowerCaseWords, speakingWords } from './find-names.js';
import { type FrontMatter, splitFrontMatter } from './front-matter.js';
import { type DraftEntity, linkEntities, type Mention } from './link-entities.js';
import { splitSentences } from './split-sentences.js';
import type { SourceFile } from './types.js';

export interface LocalSentence {
  paragraph: number;
  /** Offset in its paragraph. */
  start: number;
  text: string;
}

export interface DocumentAnalysis {
  file: string;
  raw: string;
  meta: {
    title: string;
    author: string | null;
    outlet: string | null;
    date: string | null;
    url: string | null;
  };
  paragraphs: string[];
  sentences: LocalSentence[];
  /** The dates each sentence states, read once (events and dated mentions both use them). */
  sentenceDates: DateMatch[][];
  entities: Map<string, DraftEntity>;
  mentions: Mention[];
  warnings: string[];
  dropped: string[];
}

export type Analysed = { ok: true; doc: DocumentAnalysis } | { ok: false; reason: string };

export function analyseDocument(source: SourceFile): Analysed {
  const decoded: Decoded = decodeText(source.bytes, source.size);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const warnings = [...decoded.warnings];
  const front = splitFrontMatter(decoded.text);
  warnings.push(...front.warnings);
  const clean = cleanArticle(front.body);
  if (clean.paragraphs.length === 0) {
    const why = 'no article text left once navigation and other page junk were dropped';
    return { ok: false, reason: [...front.warnings, why].join('; ') };
  }

  const sentences: LocalSentence[] = [];
  clean.paragraphs.forEach((text, paragraph) => {
    for (const span of splitSentences(text))
      sentences.push({ paragraph, start: span.start, text: span.text });
  });
  const lowerWords = lowerCaseWords(clean.paragraphs.join('\n'));
  const speaking = speakingWords(clean.paragraphs.join('\n'), lowerWords);
  const spans = clean.paragraphs.map((text, paragraph) => {
    const starts = new Set(
      sentences.filter((s) => s.paragraph === paragraph).map((s) => s.start + leadingQuote(s.text)),
    );
    return { paragraph, spans: findNames(text, starts, lowerWords, speaking), text };
  });
  const { entities, mentions } = linkEntities(spans);

  const meta = metadata(front.meta, clean, sentences[0]?.text ?? '');
  if (!clean.headline && !front.meta.title)
    warnings.push('no headline found; the first sentence stands for the title');
  if (!meta.date) warnings.push('no publication date in the text');
  return {
    ok: true,
    doc: {
      file: source.file,
      raw: decoded.text,
      meta,
      paragraphs: clean.paragraphs,
      sentences,
      sentenceDates: sentences.map((s) => extractDates(s.text, meta.date, clean.updated)),
      entities,
      mentions,
      warnings,
      dropped: clean.dropped,
    },
  };
}

function metadata(
  front: FrontMatter,
  clean: ReturnType<typeof cleanArticle>,
  lead: string,
): DocumentAnalysis['meta'] {
  const frontDate = front.date ? parsePublicationDate(front.date) : null;
  return {
    title: front.title ?? clean.headline ?? headlineFromLead(lead),
    author: front.author ?? clean.author,
    outlet: front.outlet ?? clean.outlet,
    date: frontDate ?? clean.date,
    url: front.url ?? null,
  };
}

/** Without a headline, the lead's first clause reads as one. */
function headlineFromLead(lead: string): string {
  const text = lead.replace(/[.!?]$/, '');
  if (text.length <= 120) return text;
  const cut = text.lastIndexOf(' ', 117);
  return `${text.slice(0, cut > 40 ? cut : 117)}…`;
}

const leadingQuote = (text: string): number => (/^["“‘'(]/.test(text) ? 1 : 0);
