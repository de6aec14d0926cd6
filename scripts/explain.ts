// Prints how the answer path saw a question: the analysed query, the best passages with their
// features and score, the focus check and the answerability probability. A debugging aid.
//   npx tsx scripts/explain.ts [--corpus DIR] "question" ["question" ...]
import { parseArgs } from 'node:util';
import { readCorpusFiles } from '../adapters/corpus-files.js';
import { analyseQuestion } from '../src/answer/analyse-question.js';
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

const { values, positionals } = parseArgs({
  options: { corpus: { type: 'string', default: 'corpus' }, top: { type: 'string', default: '3' } },
  allowPositionals: true,
});
const ctx = buildContext(parseCorpus(await readCorpusFiles(String(values.corpus))));
const round = (n: number) => Math.round(n * 100) / 100;
for (const question of positionals) {
  const query = analyseQuestion(ctx, question);
  console.log(`\n# ${question}`);
  console.log(
    `type ${query.answerType}; intent ${query.intent.kind}; named [${query.named.map((e) => e.name).join(', ')}]; unknown [${query.unknownNames.join(', ')}]`,
  );
  console.log(
    `terms ${query.terms.map((k) => `${k.word}${k.corrected ? `→${k.term}` : ''}:${round(k.weight)}${k.unseen ? '?' : ''}`).join(' ')}`,
  );
  const ranked = rankPassages(ctx, query);
  const meets = focusMeets(ctx, query, ranked);
  const model = answerabilityModel();
  const best = ranked[0];
  const evidence = best ? evidenceSignals(ctx, query, best.sentence) : undefined;
  const features = answerabilityFeatures(questionSignals(query), ranked, evidence, meets);
  console.log(
    `focusMeets ${round(meets)}; answerable ${model ? round(answerable(features, model)) : '-'} (threshold ${model?.threshold})`,
  );
  console.log(
    `answerability ${Object.entries(features)
      .map(([k, v]) => `${k} ${round(v)}`)
      .join(', ')}`,
  );
  for (const c of ranked.slice(0, Number(values.top))) {
    console.log(`- ${round(c.score)} ${ctx.corpus.sentences[c.sentence]?.text.slice(0, 160)}`);
    console.log(
      `  ${Object.entries(c.features)
        .map(([k, v]) => `${k} ${round(v)}`)
        .join(', ')}`,
    );
  }
}
