// A store outage in the log: one line when it starts, one when it ends, however many operations
// failed in between (a stalled Redis fails every command of every tick, for minutes).
import type { Logger } from '../../src/index.js';
import { describe } from './store-unavailable-error.js';

export interface OutageLog {
  failed(cause: unknown): void;
  succeeded(): void;
}

export function outageLog(name: string, logger: Logger, now: () => number = Date.now): OutageLog {
  let downSince: number | undefined;
  return {
    failed(cause) {
      if (downSince !== undefined) return;
      downSince = now();
      logger.error(`${name} store unreachable; operations fail until it is back`, { error: describe(cause) });
    },
    succeeded() {
      if (downSince === undefined) return;
      logger.info(`${name} store reachable again`, { downSeconds: Math.round((now() - downSince) / 1000) });
      downSince = undefined;
    },
  };
}
