// `npm run feedback -- [--json]`: what users told the bot, for a curator. Reads the store the bot
// uses (STORE_URL, else the embedded file in DATA_DIR): questions voted unhelpful and the questions
// most often answered "not found". No user ids are read into the report.
import { resolve } from 'node:path';
import { feedbackReport, feedbackReportText, readFeedback } from '../../src/index.js';
import { readConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openStoreForReading } from '../store/open-store-for-reading.js';
import { fail, readArgs } from './args.js';

const USAGE = 'usage: npm run --silent feedback -- [--json] [--limit N]  (store from STORE_URL / DATA_DIR)';
const args = readArgs(process.argv.slice(2), ['--limit']);
if (args.flags.has('--help')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const unknown = [...args.flags].filter((flag) => flag !== '--json');
const limit = Number(args.options.get('--limit') ?? '20');
if (unknown.length > 0 || args.positionals.length > 0 || !Number.isInteger(limit) || limit < 1) {
  fail(
    `feedback: unexpected ${[...unknown, ...args.positionals].join(' ').slice(0, 80) || '--limit'}\n${USAGE}`,
  );
}
const result = readConfig(process.env);
if (!result.ok) fail(`feedback: configuration problems:\n  ${result.problems.join('\n  ')}`);

// Only warnings and errors: stdout is the report.
const logger = createLogger('warn');
try {
  const store = await openStoreForReading(result.config.storeUrl, {
    dataDir: resolve(result.config.dataDir),
    logger,
  });
  try {
    const { votes, unanswered } = await readFeedback(store);
    const report = feedbackReport(votes, unanswered, limit);
    process.stdout.write(
      `${args.flags.has('--json') ? JSON.stringify(report) : feedbackReportText(report)}\n`,
    );
  } finally {
    await store.close();
  }
} catch (error) {
  fail(`feedback: ${error instanceof Error ? error.message : String(error)}`, 1);
}
