// Reads the corpus folder into raw files for the core's parser. The only corpus I/O there is.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceFile } from '../src/index.js';

/** Articles larger than this are read only up to it; the parser warns about the cut. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
const ARTICLE = /\.(txt|md|markdown|text)$/i;

export async function readCorpusFiles(dir: string): Promise<SourceFile[]> {
  const names = (await readdir(dir)).filter((name) => ARTICLE.test(name) && !name.startsWith('.')).sort();
  const files: SourceFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path);
    if (!info.isFile()) continue;
    const bytes = await readFile(path);
    files.push({
      file: name,
      bytes: bytes.length > MAX_ARTICLE_BYTES ? bytes.subarray(0, MAX_ARTICLE_BYTES) : bytes,
      size: info.size,
    });
  }
  return files;
}
