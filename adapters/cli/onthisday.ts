// `npm run onthisday -- [--json] [--date MM-DD] [--corpus DIR] [--nearest]`: what the archive holds
// for a month and day. --json prints the contract's object (DESIGN.md); otherwise the post as a
// person would see it, with the nearest dates when the day is empty only if --nearest is given.
import {
  localDate,
  normaliseMonthDay,
  onThisDay,
  onThisDayReply,
  replyToPlainText,
  systemClock,
} from '../../src/index.js';
import { fail, readArgs } from './args.js';
import { corpusDir, loadCorpus } from './load-corpus.js';

const USAGE = 'usage: npm run --silent onthisday -- [--json] [--date MM-DD] [--corpus DIR] [--nearest]';
const args = readArgs(process.argv.slice(2), ['--date', '--corpus']);
const unknown = [...args.flags].filter((flag) => !['--json', '--nearest', '--help'].includes(flag));
if (args.flags.has('--help')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (unknown.length > 0 || args.positionals.length > 0) {
  fail(`onthisday: unexpected ${[...unknown, ...args.positionals].join(' ').slice(0, 80)}\n${USAGE}`);
}

const given = args.options.get('--date');
// No --date: today, in the zone of TZ (UTC when unset), like a daily post would see it.
const monthDay =
  given === undefined
    ? localDate(systemClock.now(), process.env.TZ || 'UTC').monthDay
    : normaliseMonthDay(given);
if (!monthDay) {
  fail(
    `onthisday: "${(given ?? '').slice(0, 40)}" is not a day of the year; use MM-DD, e.g. --date 12-12\n${USAGE}`,
  );
}

try {
  const json = args.flags.has('--json');
  const corpus = await loadCorpus(corpusDir(args.options.get('--corpus')), json);
  const result = onThisDay(corpus, monthDay);
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const reply = onThisDayReply(result, args.flags.has('--nearest') ? 'nearest' : 'skip');
    const sources = reply.citations.map(
      (c, i) => `  [${i + 1}] ${c.title} (${c.doc}, ${c.date ?? 'undated'})`,
    );
    process.stdout.write(
      `${[replyToPlainText(reply), ...(sources.length ? ['Sources:', ...sources] : [])].join('\n')}\n`,
    );
  }
} catch (error) {
  fail(`onthisday: ${error instanceof Error ? error.message : String(error)}`, 1);
}
