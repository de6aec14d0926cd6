// Loads the corpus folder once for a CLI command, reporting skipped files on stderr. Parses are
// kept under DATA_DIR like the bot's, so a second command on the same folder parses nothing.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Corpus } from '../../src/index.js';
import { corpusLoader, openCorpusCache } from '../corpus-loader.js';
import { createLogger } from '../logger.js';
import { createParsePool } from '../parse-pool.js';

export function corpusDir(option: string | undefined): string {
  return resolve(option ?? process.env.CORPUS_DIR ?? 'corpus');
}

export async function loadCorpus(dir: string, quiet = false): Promise<Corpus> {
  if (!existsSync(dir)) throw new Error(`corpus folder not found: ${dir}`);
  // Logs go to stderr: stdout carries only the command's output (the JSON contracts).
  const logger = createLogger('warn');
  const loader = corpusLoader(dir, {
    logger,
    cache: openCorpusCache(resolve(process.env.DATA_DIR || 'data'), dir),
    pool: createParsePool(),
  });
  try {
    const { corpus } = await loader.load();
    if (!quiet) for (const w of corpus.warnings) process.stderr.write(`warning: ${w.file}: ${w.message}\n`);
    return corpus;
  } finally {
    await loader.close();
  }
}
