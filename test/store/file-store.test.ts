import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StartupError } from '../../adapters/startup-error.js';
import { createStore, StoreUnavailableError } from '../../adapters/store/create-store.js';
import { STORE_FILE } from '../../adapters/store/file-backend.js';
import { LOCK_NAME } from '../../adapters/store/folder-lock.js';
import { createSubscriptionService } from '../../src/subscriptions/subscription-service.js';
import { testLogger } from './test-logger.js';

const clock = { now: () => new Date('2025-05-01T10:00:00Z') };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('embedded file store', () => {
  it('keeps subscriptions across a restart (a new store over the same folder)', async () => {
    const first = await createStore(undefined, { dataDir: dir, logger: testLogger() });
    await createSubscriptionService(first, clock).subscribe({
      platform: 'discord',
      channel: '42',
      user: 'u1',
      time: '07:30',
      zone: 'Europe/Oslo',
    });
    await first.claim('post:discord:42:2025-05-01', { status: 'posted' });
    await first.close();

    const second = await createStore('', { dataDir: dir, logger: testLogger() });
    const subs = await createSubscriptionService(second, clock).list();
    expect(subs).toMatchObject([{ platform: 'discord', channel: '42', time: '07:30', zone: 'Europe/Oslo' }]);
    expect(await second.claim('post:discord:42:2025-05-01', { status: 'again' })).toBe(false);
    expect(await second.get('post:discord:42:2025-05-01')).toEqual({ status: 'posted' });
  });

  it('gives a key to exactly one of many concurrent claims', async () => {
    const store = await createStore(undefined, { dataDir: dir, logger: testLogger() });
    const wins = await Promise.all(Array.from({ length: 25 }, (_, i) => store.claim('post:x', { by: i })));
    expect(wins.filter(Boolean)).toHaveLength(1);
    expect(await store.get('post:x')).toEqual({ by: wins.indexOf(true) });
  });

  it('lists keys by prefix and deletes them', async () => {
    const store = await createStore(undefined, { dataDir: dir, logger: testLogger() });
    await store.set('sub:slack:A', 1);
    await store.set('sub:slack:B', 2);
    await store.set('settings:slack:A', 3);
    expect((await store.keys('sub:')).sort()).toEqual(['sub:slack:A', 'sub:slack:B']);
    expect(await store.delete('sub:slack:A')).toBe(true);
    expect(await store.delete('sub:slack:A')).toBe(false);
    expect(await store.keys('sub:')).toEqual(['sub:slack:B']);
  });

  it('writes a complete file and leaves no temp file behind', async () => {
    const store = await createStore(undefined, { dataDir: dir, logger: testLogger() });
    await Promise.all(Array.from({ length: 30 }, (_, i) => store.set(`k${i}`, { i })));
    await store.close();
    expect(await readdir(dir)).toEqual([STORE_FILE]);
    const data = JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8'));
    expect(Object.keys(data.entries)).toHaveLength(30);
  });

  it('treats an expired entry as absent, so it can be claimed again', async () => {
    const past = Date.now() - 1000;
    const entries = { 'post:old': { value: JSON.stringify({ value: 'x', expires: past }), expires: past } };
    await writeFile(join(dir, STORE_FILE), JSON.stringify({ version: 1, entries }));
    const store = await createStore(undefined, { dataDir: dir, logger: testLogger() });
    expect(await store.get('post:old')).toBeUndefined();
    expect(await store.claim('post:old', 'new')).toBe(true);
  });

  it('sets a corrupt file aside with its bytes intact, reports it, and starts empty', async () => {
    const garbage = '{"version":1,"entries":{"sub:slack:A": tru';
    await writeFile(join(dir, STORE_FILE), garbage);
    const logger = testLogger();
    const store = await createStore(undefined, { dataDir: dir, logger });
    const aside = (await readdir(dir)).filter((name) => name.startsWith(`${STORE_FILE}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, aside[0] as string), 'utf8')).toBe(garbage);
    const report = logger.entries.find((e) => e.level === 'error');
    expect(report?.message).toMatch(/set aside/);
    expect(report?.fields?.setAside).toContain('.corrupt-');
    expect(await store.keys('')).toEqual([]);
    await store.set('fresh', true);
    expect(await store.get('fresh')).toBe(true);
  });

  it('removes a temp file left by a crash mid-write and keeps the last complete state', async () => {
    const first = await createStore(undefined, { dataDir: dir, logger: testLogger() });
    await first.set('kept', 'yes');
    await first.close();
    await writeFile(join(dir, `${STORE_FILE}.999.0.tmp`), '{"version":1,"entr');
    const logger = testLogger();
    const second = await createStore(undefined, { dataDir: dir, logger });
    expect(await second.get('kept')).toBe('yes');
    expect((await readdir(dir)).sort()).toEqual([STORE_FILE, LOCK_NAME]);
    expect(logger.messages('warn')).toEqual(['removed an unfinished store write']);
  });

  it('rejects with StoreUnavailableError when it cannot write, and keeps serving after', async () => {
    const store = await createStore(undefined, { dataDir: dir, logger: testLogger() });
    await rm(dir, { recursive: true, force: true });
    const error = await store.set('k', 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).userMessage).toMatch(/could not reach my storage/);
    await mkdir(dir);
    await store.set('k2', 2);
    expect(await store.get('k2')).toBe(2);
  });

  it('rolls a claim back when its write fails, so the retry can win it once', async () => {
    const store = await createStore(undefined, { dataDir: dir, logger: testLogger() });
    await rm(dir, { recursive: true, force: true });
    await expect(store.claim('post:slack:C:2025-05-01', { by: 'first' })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(await store.get('post:slack:C:2025-05-01')).toBeUndefined();
    await mkdir(dir);
    expect(await store.claim('post:slack:C:2025-05-01', { by: 'retry' })).toBe(true);
    expect(await store.claim('post:slack:C:2025-05-01', { by: 'again' })).toBe(false);
    const onDisk = JSON.parse(await readFile(join(dir, STORE_FILE), 'utf8'));
    expect(Object.keys(onDisk.entries)).toEqual(['post:slack:C:2025-05-01']);
  });

  it('undoes a set and a delete whose write failed ("nothing was changed" stays true)', async () => {
    const store = await createStore(undefined, { dataDir: dir, logger: testLogger() });
    await store.set('sub:slack:A', 'old');
    await rm(dir, { recursive: true, force: true });
    await expect(store.set('sub:slack:A', 'new')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.get('sub:slack:A')).toBe('old');
    await expect(store.delete('sub:slack:A')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await store.get('sub:slack:A')).toBe('old');
  });

  it('refuses a second store on the same folder, pointing to Redis for several instances', async () => {
    const first = await createStore(undefined, { dataDir: dir, logger: testLogger() });
    const second = createStore(undefined, { dataDir: dir, logger: testLogger(), lock: { waitMs: 0 } });
    await expect(second).rejects.toBeInstanceOf(StartupError);
    await expect(second).rejects.toThrow(
      /^DATA_DIR: another Dossier instance is using .*STORE_URL=redis:\/\//,
    );
    await first.close();
    const third = await createStore(undefined, { dataDir: dir, logger: testLogger(), lock: { waitMs: 0 } });
    await third.close();
  });

  it('takes over the lock of an instance that died without releasing it, once the lock is stale', async () => {
    await mkdir(join(dir, LOCK_NAME)); // what a killed process leaves behind
    const past = new Date(Date.now() - 60_000);
    await utimes(join(dir, LOCK_NAME), past, past);
    const logger = testLogger();
    const store = await createStore(undefined, { dataDir: dir, logger, lock: { waitMs: 0 } });
    await store.set('k', 1);
    expect(await store.get('k')).toBe(1);
    await store.close();
  });

  it('names DATA_DIR when the data folder cannot be created', async () => {
    const file = join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    await expect(
      createStore(undefined, { dataDir: join(file, 'data'), logger: testLogger() }),
    ).rejects.toThrow(
      /^DATA_DIR: cannot create or open the folder ".*not-a-folder\/data" \(ENOTDIR\): point DATA_DIR at a writable folder$/,
    );
  });

  it('refuses a store URL it does not support', async () => {
    await expect(
      createStore('sqlite://data/db.sqlite', { dataDir: dir, logger: testLogger() }),
    ).rejects.toThrow(/^STORE_URL: scheme "sqlite" is not supported: leave it empty .* or use redis:\/\//);
  });
});
