// Bytes → text, with the encoding problems of real web copies turned into warnings.

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

/** Past this many characters an article is cut (and warned about): parsing stays bounded. */
export const MAX_ARTICLE_CHARS = 400_000;

export function decodeText(bytes: Uint8Array, sizeOnDisk?: number): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const warnings: string[] = [];
  if (looksBinary(bytes)) return { ok: false, reason: 'the file is binary, not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Real copies saved by old tools are often Latin-1 / Windows-1252.
    text = new TextDecoder('windows-1252').decode(bytes);
    warnings.push('not valid UTF-8; read as Windows-1252 (Latin-1)');
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

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
