// Fits the ranker's feature weights and the answerability threshold on development data only:
// the SQuAD 2.0 dev articles and questions and the public questions (../shared/eval), and the
// fixture questions (test/fixtures). Prints what it chose from; --write saves ranker-weights.json.
//   npx tsx scripts/fit-ranker.ts [--write] [--full]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusFiles } from '../adapters/corpus-files.js';
import { analyseQuestion } from '../src/answer/analyse-question.js';
import {
  ANSWERABILITY_FEATURES,
  type AnswerabilityFeatures,
  answerabilityFeatures,
  answerable,
  type EvidenceSignals,
  evidenceSignals,
  type QuestionSignals,
  questionSignals,
} from '../src/answer/answerability.js';
import { buildContext } from '../src/answer/context.js';
import { focusMeets } from '../src/answer/focus-meets.js';
import { FEATURES, type Features } from '../src/answer/passage-features.js';
import { type RankerWeights, rankPassages, score } from '../src/answer/ranker.js';
import { parseCorpus } from '../src/index.js';
import { holdsExpected } from './eval-text.js';

interface DevQuestion {
  q: string;
  expect?: string[][];
  found?: boolean;
}
interface Sample {
  set: string;
  answerable: boolean;
  signals: QuestionSignals;
  focusMeets: number;
  candidates: { f: Features; label: boolean; ev: EvidenceSignals }[];
}

const args = process.argv.slice(2);
const evalDir = join(import.meta.dirname, '..', '..', 'shared', 'eval');
const sets: { name: string; corpus: string; questions: DevQuestion[] }[] = [];
if (existsSync(evalDir)) {
  const squad = join(evalDir, 'squad-dev');
  sets.push({
    name: 'squad',
    corpus: join(squad, 'texts'),
    questions: JSON.parse(
      readFileSync(join(squad, args.includes('--full') ? 'questions.json' : 'questions-500.json'), 'utf8'),
    ),
  });
  sets.push({
    name: 'public',
    corpus: join(evalDir, '..', 'seed-corpus'),
    questions: JSON.parse(readFileSync(join(evalDir, 'questions.json'), 'utf8')),
  });
}
const fixtures = JSON.parse(readFileSync('test/fixtures/articles.expected.json', 'utf8')) as {
  questions?: { q: string; expect?: string[]; found?: boolean }[];
}[];
sets.push({
  name: 'fixtures',
  corpus: 'test/fixtures/articles',
  questions: fixtures.flatMap((a) =>
    (a.questions ?? []).map((q) => ({
      q: q.q,
      expect: (q.expect ?? []).map((e) => [e]),
      ...(q.found === false ? { found: false } : {}),
    })),
  ),
});

const samples: Sample[] = [];
for (const set of sets) {
  const ctx = buildContext(parseCorpus(await readCorpusFiles(set.corpus)));
  for (const q of set.questions) {
    const query = analyseQuestion(ctx, q.q);
    const ranked = rankPassages(ctx, query, { limit: 80 });
    const answerable = q.found !== false;
    const holds = (s: number) => holdsExpected(ctx.corpus.sentences[s]?.text ?? '', q.expect);
    samples.push({
      set: set.name,
      answerable,
      signals: questionSignals(query),
      focusMeets: focusMeets(ctx, query, ranked),
      candidates: ranked.map((c) => ({
        f: c.features,
        label: answerable && holds(c.sentence),
        ev: evidenceSignals(ctx, query, c.sentence),
      })),
    });
  }
}

// Logistic regression with L2, plain gradient descent: a dozen features need nothing more.
function fitLogistic<F extends string>(
  names: readonly F[],
  data: { f: Record<F, number>; label: boolean }[],
): Record<string, number> {
  const w: Record<string, number> = Object.fromEntries(names.map((f) => [f, 0]));
  const positives = data.filter((r) => r.label).length;
  const posWeight = (data.length - positives) / Math.max(1, positives);
  for (let epoch = 0; epoch < 800; epoch++) {
    const grad: Record<string, number> = Object.fromEntries(names.map((f) => [f, 0]));
    for (const r of data) {
      let z = 0;
      for (const f of names) z += (w[f] ?? 0) * r.f[f];
      const g = (1 / (1 + Math.exp(-z)) - (r.label ? 1 : 0)) * (r.label ? posWeight : 1);
      for (const f of names) grad[f] = (grad[f] ?? 0) + g * r.f[f];
    }
    for (const f of names)
      w[f] = (w[f] ?? 0) - (0.5 * (grad[f] ?? 0)) / data.length - 0.001 * (f === 'bias' ? 0 : (w[f] ?? 0));
  }
  return w;
}

const current = JSON.parse(readFileSync('src/answer/ranker-weights.json', 'utf8')) as RankerWeights;
const train = samples.filter((s) => s.answerable && s.candidates.some((c) => c.label));
const w = fitLogistic(
  FEATURES,
  train.flatMap((s) => s.candidates),
);
const fittedWeights: RankerWeights = { weights: w };

function evaluate(weights: RankerWeights, top: number) {
  return samples.map((s) => {
    const ranked = s.candidates.map((c) => ({ ...c, p: score(c.f, weights) })).sort((a, b) => b.p - a.p);
    return {
      set: s.set,
      answerable: s.answerable,
      best: ranked[0]?.p ?? 0,
      hit: ranked.slice(0, top).some((c) => c.label),
    };
  });
}
for (const [name, weights] of [
  ['current', current],
  ['fitted', fittedWeights],
] as const) {
  for (const set of sets) {
    const r = evaluate(weights, 3).filter((x) => x.set === set.name && x.answerable);
    const r1 = evaluate(weights, 1).filter((x) => x.set === set.name && x.answerable);
    console.log(
      `${name} ${set.name}: answer in top 1 ${pct(r1.filter((x) => x.hit).length, r1.length)}, top 3 ${pct(r.filter((x) => x.hit).length, r.length)}`,
    );
  }
}
console.log(
  'weights:',
  Object.entries(w)
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(', '),
);

// Near ties: past the third passage, a candidate the ranker rates at least this share of the best
// is shown too (at most five). Each lower ratio shows more passages; the lowest is kept whose extra
// passages hold an answer found nowhere above them at least once in twenty: a short passage more
// is cheap to skim, an answer left out is not.
const MIN_EXTRA_YIELD = 0.05;
const answerableRanked = samples
  .filter((s) => s.answerable)
  .map((s) => s.candidates.map((c) => ({ ...c, p: score(c.f, fittedWeights) })).sort((a, b) => b.p - a.p));
const shownAt = (tie: number) => {
  let extra = 0;
  let found = 0;
  for (const ranked of answerableRanked) {
    const top = ranked[0]?.p ?? 0;
    const shown = ranked.filter((c, i) => i < 3 || (i < 5 && c.p >= tie * top));
    extra += shown.length - Math.min(3, ranked.length);
    if (shown.some((c) => c.label)) found++;
  }
  return { extra, found };
};
console.log('near-tie  extra-passages  answers-in-shown');
let nearTie = 1;
const threeOnly = shownAt(1);
for (let tie = 0.95; tie >= 0.5 - 1e-9; tie -= 0.05) {
  const now = shownAt(tie);
  const gained = now.found - threeOnly.found;
  console.log(
    `${tie.toFixed(2)}      ${now.extra}      ${now.found}/${answerableRanked.length} (+${gained})`,
  );
  if (now.extra > 0 && gained / now.extra >= MIN_EXTRA_YIELD) nearTie = tie;
}
console.log(`chosen near-tie ratio ${nearTie.toFixed(2)}`);

// The answerability model, then its curve: each threshold's answerable kept (found and held in
// the top 3) against unanswerable questions correctly refused, on the SQuAD set where both exist.
const decided = samples.map((s) => {
  const ranked = s.candidates
    .map((c) => ({ ...c, score: score(c.f, fittedWeights), features: c.f }))
    .sort((a, b) => b.score - a.score);
  return {
    s,
    f: answerabilityFeatures(s.signals, ranked, ranked[0]?.ev, s.focusMeets),
    hit: ranked.slice(0, 3).some((c) => c.label),
  };
});
const bad = decided.find((d) => Object.values(d.f).some((v) => !Number.isFinite(v)));
if (bad) console.log('non-finite answerability features:', bad.s.set, JSON.stringify(bad.f));
const aw = fitLogistic(
  ANSWERABILITY_FEATURES,
  decided.map((d) => ({ f: d.f as AnswerabilityFeatures, label: d.s.answerable })),
);
console.log(
  'answerability weights:',
  Object.entries(aw)
    .map(([k, v]) => `${k} ${v.toFixed(2)}`)
    .join(', '),
);
const squadOnly = decided.filter((d) => d.s.set === 'squad');
const ans = squadOnly.filter((d) => d.s.answerable);
const un = squadOnly.filter((d) => !d.s.answerable);
const others = decided.filter((d) => d.s.set !== 'squad' && d.s.answerable && d.hit);
const canAnswer = ans.filter((d) => d.hit).length;
// Never buy "not found" with answerable questions: the highest threshold that loses at most one
// in a hundred of the answerable questions the ranker answers, and none of the others' sets.
const maxLoss = Number(args[args.indexOf('--max-loss') + 1] ?? '') || 0.01;
console.log('threshold  answerable-kept  not-found-right  other-sets-kept');
let chosen = 0;
let bestRefused = -1;
for (let t = 0; t <= 0.95; t += 0.025) {
  const p = (d: (typeof decided)[number]) => answerable(d.f, { weights: aw, threshold: t });
  const kept = ans.filter((d) => d.hit && p(d) >= t).length;
  const refused = un.filter((d) => p(d) < t).length;
  const othersKept = others.filter((d) => p(d) >= t).length;
  console.log(
    `${t.toFixed(3)}      ${pct(kept, ans.length)}    ${pct(refused, un.length)}    ${othersKept}/${others.length}`,
  );
  if (kept >= canAnswer - maxLoss * ans.length && othersKept === others.length && refused > bestRefused) {
    bestRefused = refused;
    chosen = t;
  }
}
console.log(`chosen answerability threshold ${chosen.toFixed(3)}`);
if ([...Object.values(w), ...Object.values(aw)].some((v) => !Number.isFinite(v))) {
  console.log('the fit did not converge (non-finite weights); nothing written');
  process.exit(1);
}
if (args.includes('--write')) {
  const round = (o: Record<string, number>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  const out: RankerWeights = {
    weights: round(w),
    answerability: { weights: round(aw), threshold: Math.round(chosen * 1000) / 1000 },
    nearTie: Math.round(nearTie * 100) / 100,
  };
  writeFileSync('src/answer/ranker-weights.json', `${JSON.stringify(out, null, 2)}\n`);
  console.log('wrote src/answer/ranker-weights.json');
}

function pct(a: number, b: number): string {
  return `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : '0'}%)`;
}
