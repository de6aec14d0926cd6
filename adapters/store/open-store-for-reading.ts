// The store as a report reads it (npm run feedback). Redis is opened as usual. The embedded file is
// read as a snapshot, without opening the file store: the running bot owns that file (it holds its
// lock and removes unfinished temp files on start), and a report must not disturb it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Keyv } from 'keyv';
import { createStore, type StoreOptions } from './create-store.js';
import { STORE_FILE } from './file-backend.js';
import { parseEntries } from './json-file-adapter.js';
import { type ClosableStore, keyvKeyValueStore } from './keyv-key-value-store.js';

export async function openStoreForReading(
  url: string | undefined,
  options: StoreOptions,
): Promise<ClosableStore> {
  if (url?.trim()) return createStore(url, options);
  const path = join(options.dataDir, STORE_FILE);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '{"entries":{}}';
    throw error;
  });
  const now = Date.now();
  const live = [...parseEntries(text)].filter(
    ([, entry]) => entry.expires === undefined || entry.expires > now,
  );
  // Keyv over a Map of the serialised envelopes reads them exactly as the file store would.
  const map = new Map(live.map(([key, entry]) => [key, entry.value]));
  return keyvKeyValueStore({
    name: 'file snapshot',
    keyv: new Keyv({ store: map, useKeyPrefix: false }),
    claim: () => Promise.reject(new Error('the store snapshot is read-only')),
    keys: async (prefix) => [...map.keys()].filter((key) => key.startsWith(prefix)),
    close: async () => undefined,
  });
}
