// Opens the embedded store file under the data folder, locked for this process alone. An unreadable
// or corrupt file is reported and renamed aside (`*.corrupt-<timestamp>`), never overwritten, so
// nothing is lost silently.
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Keyv } from 'keyv';
import type { Logger } from '../../src/index.js';
import { errorCode, StartupError } from '../startup-error.js';
import { type LockOptions, lockDataFolder } from './folder-lock.js';
import { type Entries, JsonFileAdapter, parseEntries } from './json-file-adapter.js';
import type { KeyvBackend } from './keyv-key-value-store.js';
import { outageLog } from './outage-log.js';
import { describe } from './store-unavailable-error.js';

export const STORE_FILE = 'dossier-store.json';

export async function openFileBackend(
  dataDir: string,
  logger: Logger,
  options: LockOptions & { now?: () => Date } = {},
): Promise<KeyvBackend> {
  const now = options.now ?? (() => new Date());
  await mkdir(dataDir, { recursive: true }).catch((error: unknown) => {
    throw new StartupError(
      'DATA_DIR',
      `cannot create or open the folder "${dataDir}" (${errorCode(error) ?? describe(error)}): point DATA_DIR at a writable folder`,
      { cause: error },
    );
  });
  const release = await lockDataFolder(dataDir, logger, options);
  const path = join(dataDir, STORE_FILE);
  let entries: Entries;
  try {
    await removeStaleTemps(dataDir, logger);
    entries = await load(path, logger, now);
  } catch (error) {
    await release();
    throw error;
  }
  const adapter = new JsonFileAdapter(path, entries);
  const keyv = new Keyv(adapter, { useKeyPrefix: false, throwOnErrors: true });
  // Outages are logged by their operations' outcomes (outage-log.ts), once at the start and end.
  keyv.on('error', (error: unknown) =>
    logger.debug('file store error', { file: path, error: describe(error) }),
  );
  logger.info('store: embedded file', { file: path, keys: entries.size });
  return {
    name: 'file',
    keyv,
    outage: outageLog('file', logger),
    claim: (key, serialised, ttlMs) => adapter.claim(key, serialised, ttlMs),
    keys: (prefix) => adapter.keys(prefix),
    close: async () => {
      try {
        await adapter.flush();
      } finally {
        await release();
      }
    },
  };
}

async function load(path: string, logger: Logger, now: () => Date): Promise<Entries> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    return setAside(path, error, logger, now);
  }
  try {
    return parseEntries(text);
  } catch (error) {
    return setAside(path, error, logger, now);
  }
}

/** Moves the bad file out of the way and starts empty; if it cannot be moved, refuses to start. */
async function setAside(path: string, reason: unknown, logger: Logger, now: () => Date): Promise<Entries> {
  const aside = `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
  try {
    await rename(path, aside);
  } catch (error) {
    logger.error('store file unreadable and could not be set aside; not starting over it', {
      file: path,
      reason: describe(reason),
      error: describe(error),
    });
    throw new Error(`store file ${path} is unreadable (${describe(reason)}); move it away or fix it`, {
      cause: reason,
    });
  }
  logger.error('store file was unreadable: set aside, starting with an empty store', {
    file: path,
    setAside: aside,
    reason: describe(reason),
  });
  return new Map();
}

/** A crash mid-write leaves a temp file; the store file itself is intact, so the temp goes. */
async function removeStaleTemps(dataDir: string, logger: Logger): Promise<void> {
  const prefix = `${STORE_FILE}.`;
  for (const name of await readdir(dataDir)) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      await rm(join(dataDir, name), { force: true });
      logger.warn('removed an unfinished store write', { file: basename(name) });
    }
  }
}
