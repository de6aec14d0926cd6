// The real core over one small fictional article with known facts (fixtures/discord-fixture-article.txt).
import { readFileSync } from 'node:fs';
import { createDossier, type Dossier, parseCorpus } from '../../src/index.js';

const FILE = 'discord-fixture-article.txt';
let dossier: Dossier | undefined;

export function fixtureDossier(): Dossier {
  dossier ??= createDossier(
    parseCorpus([{ file: FILE, bytes: readFileSync(new URL(`fixtures/${FILE}`, import.meta.url)) }]),
  );
  return dossier;
}
