// vitest globalSetup: build dist/ from the current sources once per run (package.json "build"),
// so the CLI tests run the compiled commands users run, and worker tests use the compiled worker
// (workers do not inherit vitest's TypeScript loader).
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build'], {
    stdio: 'inherit',
  });
}
