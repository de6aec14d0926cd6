// `npm run ask -- [--json] [--corpus DIR] ["question"]`: one answer, or one per stdin line.
import { createInterface } from 'node:readline';
import { createDossier, type Dossier, type Reply, replyToPlainText, warmUp } from '../../src/index.js';
import { fail, readArgs } from './args.js';
import { corpusDir, loadCorpus } from './load-corpus.js';
import { renderConsole } from './render-console.js';

const args = readArgs(process.argv.slice(2), ['--corpus']);
const json = args.flags.has('--json');

try {
  const dossier = createDossier(await loadCorpus(corpusDir(args.options.get('--corpus')), json));
  warmUp(dossier);
  const question = args.positionals.join(' ');
  if (question) print(ask(dossier, question));
  else
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }))
      print(ask(dossier, line));
} catch (error) {
  fail(`ask: ${error instanceof Error ? error.message : String(error)}`, 1);
}

function ask(dossier: Dossier, question: string): { question: string; reply: Reply; ms: number } {
  const started = performance.now();
  const reply = dossier.answer(question);
  return { question, reply, ms: performance.now() - started };
}

function print({ question, reply, ms }: { question: string; reply: Reply; ms: number }): void {
  if (!json) {
    process.stdout.write(`${renderConsole(reply)}\n\n`);
    return;
  }
  const line = {
    question,
    found: reply.found,
    answer: replyToPlainText(reply),
    citations: reply.citations,
    entities: reply.entities,
    ms: Math.round(ms * 1000) / 1000,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
