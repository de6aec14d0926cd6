import { defineConfig } from 'vitest/config';

// Test files that replace modules (vi.mock) need a fresh module graph of their own; every other file
// shares its worker's modules, which saves re-importing compromise, chrono and WordNet per file
// (about two thirds of the suite's time on two cores).
const ISOLATED = ['test/corpus/corpus-files.test.ts'];

const common = {
  globalSetup: ['./test/support/build-dist.ts'],
  // Adapter end-to-end tests open loopback servers; keep them from starving each other on 2 cores.
  pool: 'forks' as const,
  testTimeout: 20_000,
  hookTimeout: 20_000,
};

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          ...common,
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: ISOLATED,
          isolate: false,
        },
      },
      { test: { ...common, name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
