// The compiled commands and worker in dist/ (built by build-dist.ts before the tests run).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const DIST = new URL('../../dist/', import.meta.url);

/** The compiled parse worker, for createParsePool({ worker }). */
export const testWorker = (): URL => new URL('parse-worker.js', DIST);

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Each test file keeps its parse cache apart from the repository's data/. */
const env = { ...process.env, DATA_DIR: mkdtempSync(`${tmpdir()}/dossier-cli-data-`) };
const script = (command: string) => fileURLToPath(new URL(`${command}.js`, DIST));

/** `npm run <command> -- args` as compiled: node dist/<command>.js. */
export function runCompiled(command: string, args: string[], input?: string): Run {
  return spawnSync(process.execPath, [script(command), ...args], {
    input,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
}

/** The same without blocking the test's event loop (several runs at once). */
export function runCompiledAsync(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script(command), ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
