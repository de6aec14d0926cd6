// Loads the corpus folder once for a CLI command, reporting skipped files on stderr.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Corpus, parseCorpus } from '../../src/index.js';
import { readCorpusFiles } from '../corpus-files.js';

export function corpusDir(option: string | undefined): string {
  return resolve(option ?? process.env.CORPUS_DIR ?? 'corpus');
}

export async function loadCorpus(dir: string, quiet = false): Promise<Corpus> {
  if (!existsSync(dir)) throw new Error(`corpus folder not found: ${dir}`);
  const corpus = parseCorpus(await readCorpusFiles(dir));
  if (!quiet) for (const w of corpus.warnings) process.stderr.write(`warning: ${w.file}: ${w.message}\n`);
  return corpus;
}
