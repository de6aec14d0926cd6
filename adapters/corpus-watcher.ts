// Keeps the current Dossier in step with the corpus folder: a file added, changed or removed is
// re-parsed in the background while questions go on being answered from the previous corpus.
// A folder replaced by a deploy is noticed and watched again.
import { type FSWatcher, watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createDossierSteps, type Dossier, type Logger } from '../src/index.js';
import { checkCorpusFolder, isArticleName } from './corpus-files.js';
import { type CorpusLoader, corpusLoader } from './corpus-loader.js';
import { runInSlices } from './event-loop-slices.js';
import { createParsePool } from './parse-pool.js';

export interface CorpusHolder {
  /** The Dossier over the latest corpus that loaded. */
  current(): Dossier;
  /** Re-reads the folder now; resolves once the new corpus is in place (or kept the old one). */
  reload(reason: string): Promise<void>;
  stop(): void;
}

export async function loadDossier(
  dir: string,
  logger: Logger,
  loader: CorpusLoader,
  inlineBelow?: number,
): Promise<Dossier> {
  const { corpus } = await loader.load(inlineBelow);
  for (const w of corpus.warnings) logger.warn(`corpus: ${w.file}: ${w.message}`);
  logger.info(
    `corpus: ${corpus.documents.length} articles, ${corpus.quotes.length} quotes, ${corpus.events.length} events from ${dir}`,
  );
  // Indexed in slices, like the merge: the previous Dossier answers until this one is ready.
  logger.debug(`corpus: indexing ${corpus.sentences.length} sentences`);
  return runInSlices(createDossierSteps(corpus), loader.sliceMs);
}

/**
 * Watches `dir` and reloads on changes. A deploy that replaces the folder (`rm -r` and recreate,
 * `mv corpus.new corpus`) leaves an fs.watch watcher on the old, deleted folder, silent for ever;
 * so the folder's identity is checked every `pollMs` and the watcher re-attached when it changed.
 */
export async function watchCorpus(
  dir: string,
  logger: Logger,
  debounceMs = 300,
  pollMs = 2000,
  // Unchanged files are not parsed again on reload; changed ones are parsed in worker threads.
  loader: CorpusLoader = corpusLoader(dir, { logger, pool: createParsePool() }),
): Promise<CorpusHolder> {
  await checkCorpusFolder(dir);
  let folder = await folderIdentity(dir);
  let dossier = await loadDossier(dir, logger, loader);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const reload = (reason: string): Promise<void> => {
    running = running.then(async () => {
      try {
        // Always in the workers: the main thread goes on answering from the previous corpus.
        dossier = await loadDossier(dir, logger, loader, 0);
        logger.info(`corpus reloaded (${reason})`);
      } catch (error) {
        // A folder that cannot be read right now leaves the previous corpus answering.
        logger.error('corpus reload failed; still answering from the previous corpus', { error });
      }
    });
    return running;
  };

  let watcher: FSWatcher | undefined;
  const attach = () => {
    watcher?.close();
    watcher = undefined;
    try {
      watcher = watch(dir, (_event, file) => {
        // The watched folder itself was deleted or renamed away: this watcher hears nothing more.
        if (file === basename(dir)) {
          folder = undefined;
          void check();
          return;
        }
        if (file && !isArticleName(file)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void reload(`${file ?? 'a file'} changed`), debounceMs);
      });
      // The folder went away under the watcher; the identity check below finds out what replaced it.
      watcher.on('error', () => void check());
    } catch (error) {
      logger.warn('cannot watch the corpus folder; changes wait for the folder to be replaced or a restart', {
        error,
      });
    }
  };

  let checking: Promise<void> | undefined;
  let saidGone = false;
  const check = (): Promise<void> => {
    checking ??= (async () => {
      const now = await folderIdentity(dir);
      if (now !== undefined && now === folder) return;
      folder = undefined;
      if (now === undefined) {
        if (!saidGone)
          logger.warn(
            `corpus folder ${dir} is gone; still answering from the previous corpus until it is back`,
          );
        saidGone = true;
        return;
      }
      saidGone = false;
      attach();
      folder = now;
      logger.info(`corpus folder ${dir} was replaced: watching the new folder`);
      await reload('corpus folder replaced');
    })().finally(() => {
      checking = undefined;
    });
    return checking;
  };

  attach();
  const poll = setInterval(() => void check(), pollMs);
  poll.unref(); // never what keeps the process alive
  return {
    current: () => dossier,
    reload,
    stop: () => {
      clearTimeout(timer);
      clearInterval(poll);
      watcher?.close();
      void loader.close();
    },
  };
}

/**
 * Device, inode and creation time of the folder: a folder deleted and created again may get the
 * same inode number back, but not the same birth time.
 */
async function folderIdentity(dir: string): Promise<string | undefined> {
  try {
    const info = await stat(dir);
    return info.isDirectory() ? `${info.dev}:${info.ino}:${info.birthtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}
