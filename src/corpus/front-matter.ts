// Optional YAML front matter: what the curator adds that the text lacks (outlet, url, date...).
import { parse } from 'yaml';

export interface FrontMatter {
  title?: string;
  author?: string;
  outlet?: string;
  date?: string;
  url?: string;
}

export interface SplitFrontMatter {
  meta: FrontMatter;
  /** The text after the front matter, and where it starts in the original. */
  body: string;
  offset: number;
  warnings: string[];
}

const FENCE = /^---[ \t]*\n/;

export function splitFrontMatter(text: string): SplitFrontMatter {
  if (!FENCE.test(text)) return { meta: {}, body: text, offset: 0, warnings: [] };
  const end = text.indexOf('\n---', 3);
  if (end < 0)
    return {
      meta: {},
      body: text,
      offset: 0,
      warnings: ['front matter opened with --- but never closed; read as text'],
    };
  const lineEnd = text.indexOf('\n', end + 4);
  const offset = lineEnd < 0 ? text.length : lineEnd + 1;
  const yamlText = text.slice(text.indexOf('\n') + 1, end + 1);
  const body = text.slice(offset);
  try {
    const data: unknown = parse(yamlText, { maxAliasCount: 10 });
    if (data === null || data === undefined) return { meta: {}, body, offset, warnings: [] };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { meta: {}, body, offset, warnings: ['front matter is not a YAML mapping; ignored'] };
    }
    return { meta: pickStrings(data as Record<string, unknown>), body, offset, warnings: [] };
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { meta: {}, body, offset, warnings: [`broken front matter ignored (${why})`] };
  }
}

function pickStrings(data: Record<string, unknown>): FrontMatter {
  const meta: FrontMatter = {};
  for (const key of ['title', 'author', 'outlet', 'date', 'url'] as const) {
    const value = data[key] ?? (key === 'outlet' ? (data.source ?? data.publication) : undefined);
    if (value instanceof Date) meta[key] = value.toISOString().slice(0, 10);
    else if (typeof value === 'string' || typeof value === 'number') meta[key] = String(value).trim();
  }
  return meta;
}
