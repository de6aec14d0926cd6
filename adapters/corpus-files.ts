// Reads the corpus folder into raw files for the core's parser. The only corpus I/O there is.
// An entry that cannot be read (a dangling link, a file deleted between listing and reading, no
// permission) is handed on as unreadable, so the parser skips it by name and the rest loads.
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceFile } from '../src/index.js';
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

/** Files read at once: enough to keep the disk busy, few enough to stay far from the fd limit. */
const READ_AT_ONCE = 16;

export async function readCorpusFiles(dir: string): Promise<SourceFile[]> {
  const names = (await readdir(dir)).filter(isArticleName).sort();
  const files: SourceFile[] = [];
  // A batch at a time, in name order: one file after another took half of a 10,000-article restart.
  for (let at = 0; at < names.length; at += READ_AT_ONCE) {
    const batch = await Promise.all(names.slice(at, at + READ_AT_ONCE).map((name) => readOne(dir, name)));
    for (const file of batch) if (file) files.push(file);
  }
  return files;
}

async function readOne(dir: string, name: string): Promise<SourceFile | undefined> {
  const path = join(dir, name);
  try {
    const info = await stat(path);
    if (!info.isFile()) return undefined;
    const bytes = await readFile(path);
    return {
      file: name,
      bytes: bytes.length > MAX_ARTICLE_BYTES ? bytes.subarray(0, MAX_ARTICLE_BYTES) : bytes,
      size: info.size,
    };
  } catch (error) {
    return { file: name, bytes: new Uint8Array(0), unreadable: await whyUnreadable(path, error) };
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
