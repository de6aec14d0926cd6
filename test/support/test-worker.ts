// The parse worker bundled for this test run (see parse-worker.ts), for createParsePool({ worker }).
import { inject } from 'vitest';

export const testWorker = (): URL => new URL(inject('parseWorker'));
