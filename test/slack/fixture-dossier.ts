// The real core over the small fictional article of fixtures/ (Northland, Vendorco, Mara Voss).
import { readFileSync } from 'node:fs';
import { createDossier, parseCorpus } from '../../src/index.js';

export const FIXTURE_FILE = 'slack-fixture-article.txt';

export const fixtureDossier = createDossier(
  parseCorpus([
    { file: FIXTURE_FILE, bytes: readFileSync(new URL(`./fixtures/${FIXTURE_FILE}`, import.meta.url)) },
  ]),
);
