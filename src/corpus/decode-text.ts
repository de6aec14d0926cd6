// Bytes → text, with the encoding problems of real web copies turned into warnings.
import { detectUnicode } from './detect-unicode.js';

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

/** Past this many characters an article is cut (and warned about): parsing stays bounded. */
export const MAX_ARTICLE_CHARS = 400_000;

export function decodeText(bytes: Uint8Array, sizeOnDisk?: number): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const warnings: string[] = [];
  let text: string;
  // Windows "Unicode" saves are UTF-16 with a byte-order mark: full of NUL bytes, yet text.
  const unicode = detectUnicode(bytes);
  if (unicode) {
    try {
      text = new TextDecoder(unicode.encoding, { fatal: true }).decode(bytes.subarray(unicode.skip));
    } catch {
      return { ok: false, reason: `${unicode.label}, but the bytes after it are not valid ${unicode.name}` };
    }
    if (unicode.warning) warnings.push(unicode.warning);
    if (controlShare(text) > 0.05) return { ok: false, reason: `${unicode.label}, but it holds binary data` };
  } else {
    if (looksBinary(bytes)) return { ok: false, reason: 'the file is binary, not text' };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Real copies saved by old tools are often Latin-1 / Windows-1252.
      text = new TextDecoder('windows-1252').decode(bytes);
      warnings.push('not valid UTF-8; read as Windows-1252 (Latin-1)');
    }
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (sizeOnDisk !== undefined && sizeOnDisk > bytes.length) {
    warnings.push(
      `the file is ${formatBytes(sizeOnDisk)}; only the first ${formatBytes(bytes.length)} were read`,
    );
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    text = text.slice(0, MAX_ARTICLE_CHARS);
    warnings.push(
      `the text is longer than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters; the rest was ignored`,
    );
  }
  if (text.trim().length === 0) return { ok: false, reason: 'the file holds only white space' };
  return { ok: true, text, warnings };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / sample.length > 0.05;
}

/** Share of control characters (other than tab and line breaks) at the start of decoded text. */
function controlShare(text: string): number {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32)) control++;
  }
  return control / sample.length;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
