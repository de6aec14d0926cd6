// `npm run --silent corpus -- [--json] [--full] [--corpus DIR]`: the parse report. What the parser
// understood of each article and which files it skipped, with why; only the report goes to stdout.
import { fail, readArgs } from './args.js';
import { buildCorpusReport } from './corpus-report.js';
import { renderCorpusReport } from './corpus-report-text.js';
import { corpusDir, loadCorpus } from './load-corpus.js';

const USAGE = 'usage: npm run --silent corpus -- [--json] [--full] [--corpus DIR]';
const args = readArgs(process.argv.slice(2), ['--corpus']);
if (args.flags.has('--help')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const unknown = [...args.flags].filter((flag) => !['--json', '--full'].includes(flag));
if (unknown.length > 0 || args.positionals.length > 0) {
  fail(`corpus: unexpected ${[...unknown, ...args.positionals].join(' ').slice(0, 80)}\n${USAGE}`);
}
if (args.options.get('--corpus') === '') fail(`corpus: --corpus needs a folder\n${USAGE}`);

try {
  const dir = corpusDir(args.options.get('--corpus'));
  // Quiet: the skipped files are part of the report itself, not stderr noise.
  const report = buildCorpusReport(await loadCorpus(dir, true), args.flags.has('--full'));
  const out = args.flags.has('--json') ? JSON.stringify(report) : renderCorpusReport(report, dir);
  process.stdout.write(`${out}\n`);
} catch (error) {
  fail(`corpus: ${error instanceof Error ? error.message : String(error)}`, 1);
}
