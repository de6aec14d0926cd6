// Where answers are lost on a development set: for each question, whether the ranker holds the
// answer (top 1 / 3 / shown), what the final reply was, and why it failed. A debugging aid.
//   npx tsx scripts/diagnose.ts [--full] > /tmp/diag.jsonl
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusFiles } from '../adapters/corpus-files.js';
import { analyseQuestion } from '../src/answer/analyse-question.js';
import { answerQuestion } from '../src/answer/answer-question.js';
import {
  answerabilityFeatures,
  answerable,
  evidenceSignals,
  questionSignals,
} from '../src/answer/answerability.js';
import { buildContext } from '../src/answer/context.js';
import { focusMeets } from '../src/answer/focus-meets.js';
import { answerabilityModel, rankPassages } from '../src/answer/ranker.js';
import { parseCorpus } from '../src/index.js';
import { replyToPlainText as plainText } from '../src/reply.js';
import { holdsExpected } from './eval-text.js';

const full = process.argv.includes('--full');
const squad = join(import.meta.dirname, '..', '..', 'shared', 'eval', 'squad-dev');
const questions = JSON.parse(
  readFileSync(join(squad, full ? 'questions.json' : 'questions-500.json'), 'utf8'),
) as {
  q: string;
  expect?: string[][];
  found?: boolean;
  docs?: string[];
}[];
const ctx = buildContext(parseCorpus(await readCorpusFiles(join(squad, 'texts'))));
const model = answerabilityModel();
for (const q of questions) {
  const query = analyseQuestion(ctx, q.q);
  const ranked = rankPassages(ctx, query);
  const holds = (text: string) => holdsExpected(text, q.expect);
  const rank = ranked.findIndex((c) => holds(ctx.corpus.sentences[c.sentence]?.text ?? ''));
  const meets = focusMeets(ctx, query, ranked);
  const evidence = ranked[0] ? evidenceSignals(ctx, query, ranked[0].sentence) : undefined;
  const f = answerabilityFeatures(questionSignals(query), ranked, evidence, meets);
  const p = model ? answerable(f, model) : 1;
  const reply = answerQuestion(ctx, q.q);
  const text = plainText(reply);
  const answerable_ = q.found !== false;
  const pass = reply.found === answerable_ && (!answerable_ || holds(text));
  console.log(
    JSON.stringify({
      q: q.q,
      answerable: answerable_,
      pass,
      found: reply.found,
      kind: reply.kind,
      rank,
      p: Math.round(p * 1000) / 1000,
      meets,
      type: query.answerType,
      intent: query.intent.kind,
    }),
  );
}
