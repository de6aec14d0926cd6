// Keeps the current Dossier in step with the corpus folder: a file added, changed or removed is
// re-parsed in the background while questions go on being answered from the previous corpus.
import { type FSWatcher, watch } from 'node:fs';
import { createDossier, type Dossier, type Logger, type ParseCache, parseCorpus } from '../src/index.js';
import { readCorpusFiles } from './corpus-files.js';

export interface CorpusHolder {
  /** The Dossier over the latest corpus that loaded. */
  current(): Dossier;
  /** Re-reads the folder now; resolves once the new corpus is in place (or kept the old one). */
  reload(reason: string): Promise<void>;
  stop(): void;
}

export async function loadDossier(dir: string, logger: Logger, cache?: ParseCache): Promise<Dossier> {
  const corpus = parseCorpus(await readCorpusFiles(dir), cache);
  for (const w of corpus.warnings) logger.warn(`corpus: ${w.file}: ${w.message}`);
  logger.info(
    `corpus: ${corpus.documents.length} articles, ${corpus.quotes.length} quotes, ${corpus.events.length} events from ${dir}`,
  );
  return createDossier(corpus);
}

export async function watchCorpus(dir: string, logger: Logger, debounceMs = 300): Promise<CorpusHolder> {
  // Unchanged files are not parsed again on reload.
  const cache: ParseCache = new Map();
  let dossier = await loadDossier(dir, logger, cache);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const reload = (reason: string): Promise<void> => {
    running = running.then(async () => {
      try {
        dossier = await loadDossier(dir, logger, cache);
        logger.info(`corpus reloaded (${reason})`);
      } catch (error) {
        // A folder that cannot be read right now leaves the previous corpus answering.
        logger.error('corpus reload failed; still answering from the previous corpus', { error });
      }
    });
    return running;
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, (_event, file) => {
      if (file && (file.startsWith('.') || !/\.(txt|md|markdown|text)$/i.test(file))) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(`${file ?? 'a file'} changed`), debounceMs);
    });
    watcher.on('error', (error) => logger.warn('corpus watcher stopped', { error }));
  } catch (error) {
    logger.warn('cannot watch the corpus folder; changes need a restart', { error });
  }
  return {
    current: () => dossier,
    reload,
    stop: () => {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
