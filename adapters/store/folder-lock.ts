// The embedded file store keeps its state in memory and serves one process: two instances on one
// data folder would each claim and post every daily post. So the store holds an exclusive lock on
// the folder (proper-lockfile: an atomic mkdir, refreshed while held, taken over once stale after
// a crash) and a second instance refuses to start.
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import type { Logger } from '../../src/index.js';
import { errorCode, StartupError } from '../startup-error.js';

export const LOCK_NAME = 'dossier-store.lock';

export interface LockOptions {
  /** A lock not refreshed for this long belongs to a process that died; default 10 s (minimum 2 s). */
  staleMs?: number;
  /** How long to wait for a held lock to go stale (a restart right after a crash); default stale + 2 s. */
  waitMs?: number;
}

export type ReleaseLock = () => Promise<void>;

export async function lockDataFolder(
  dataDir: string,
  logger: Logger,
  options: LockOptions = {},
): Promise<ReleaseLock> {
  const lockfilePath = join(dataDir, LOCK_NAME);
  const stale = Math.max(options.staleMs ?? 10_000, 2000);
  const waitMs = options.waitMs ?? stale + 2000;
  const attempt = (wait: number) =>
    lockfile.lock(dataDir, {
      lockfilePath,
      stale,
      retries:
        wait > 0 ? { retries: Math.ceil(wait / 1000), factor: 1, minTimeout: 1000, maxTimeout: 1000 } : 0,
      onCompromised: (error) =>
        logger.error('store lock lost: another instance may be using the data folder; restart this one', {
          lock: lockfilePath,
          error: error.message,
        }),
    });
  try {
    try {
      return await attempt(0);
    } catch (error) {
      if (errorCode(error) !== 'ELOCKED' || waitMs <= 0) throw error;
      logger.warn('store folder is locked by another instance, or by one that just stopped: waiting for it', {
        lock: lockfilePath,
        waitSeconds: Math.round(waitMs / 1000),
      });
      return await attempt(waitMs);
    }
  } catch (error) {
    if (errorCode(error) === 'ELOCKED') {
      throw new StartupError(
        'DATA_DIR',
        `another Dossier instance is using "${dataDir}" (it holds ${LOCK_NAME}). The embedded store serves one instance: stop the other one, give this one its own DATA_DIR, or set STORE_URL=redis://… for several instances`,
        { cause: error },
      );
    }
    throw new StartupError(
      'DATA_DIR',
      `cannot write to "${dataDir}" (${errorCode(error) ?? String(error)}): point DATA_DIR at a writable folder`,
      { cause: error },
    );
  }
}
