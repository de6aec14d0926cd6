// Reads the corpus folder into raw files for the core's parser. The only corpus I/O there is.
// An entry that cannot be read (a dangling link, a file deleted between listing and reading, no
// permission) is handed on as unreadable, so the parser skips it by name and the rest loads.
import { readFileSync, statSync } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceFile } from '../src/index.js';
import { SLICE_MS, slicer } from './event-loop-slices.js';
import { errorCode, StartupError } from './startup-error.js';

/** Articles larger than this are read only up to it; the parser warns about the cut. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
const ARTICLE = /\.(txt|md|markdown|text)$/i;

/** Whether a folder entry is read as an article (hidden files never are). */
export function isArticleName(name: string): boolean {
  return ARTICLE.test(name) && !name.startsWith('.');
}

/** Refuses, naming CORPUS_DIR, a corpus folder that is missing, not a folder, or unreadable. */
export async function checkCorpusFolder(dir: string): Promise<void> {
  const problem = await stat(dir).then(
    (info) => (info.isDirectory() ? undefined : 'is a file, not a folder'),
    (error: unknown) =>
      errorCode(error) === 'ENOENT'
        ? 'does not exist'
        : `cannot be opened (${errorCode(error) ?? String(error)})`,
  );
  const unreadable = problem
    ? undefined
    : await readdir(dir).then(
        () => undefined,
        (error: unknown) => errorCode(error),
      );
  if (problem || unreadable) {
    throw new StartupError(
      'CORPUS_DIR',
      `"${dir}" ${problem ?? `cannot be read (${unreadable})`}: point CORPUS_DIR at the folder that holds the articles (.txt, .md), or create it`,
    );
  }
}

export async function readCorpusFiles(dir: string, sliceMs = SLICE_MS): Promise<SourceFile[]> {
  const names = (await readdir(dir)).filter(isArticleName).sort();
  const files: SourceFile[] = [];
  // Read synchronously in slices of a few milliseconds: an asynchronous read is four thread-pool
  // round trips per file, which at 10,000 articles cost ten times the reading itself.
  const pause = slicer(sliceMs);
  for (const name of names) {
    const file = readOne(dir, name);
    if (file) files.push(file instanceof Promise ? await file : file);
    await pause();
  }
  return files;
}

/** The file; undefined when the entry is not a file; why it is unreadable (asked asynchronously). */
function readOne(dir: string, name: string): SourceFile | undefined | Promise<SourceFile> {
  const path = join(dir, name);
  try {
    const info = statSync(path);
    if (!info.isFile()) return undefined;
    const bytes = readFileSync(path);
    return {
      file: name,
      bytes: bytes.length > MAX_ARTICLE_BYTES ? bytes.subarray(0, MAX_ARTICLE_BYTES) : bytes,
      size: info.size,
    };
  } catch (error) {
    return whyUnreadable(path, error).then((why) => ({
      file: name,
      bytes: new Uint8Array(0),
      unreadable: why,
    }));
  }
}

async function whyUnreadable(path: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'it is a symbolic link that loops back on itself';
  if (code === 'ENOENT') {
    const link = await lstat(path).then(
      (info) => info.isSymbolicLink(),
      () => false,
    );
    return link
      ? 'it is a symbolic link to a file that does not exist'
      : 'the file disappeared while the folder was being read';
  }
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read (permission denied)';
  return `the file cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}
