// Builds src/language/countries.json from the world-countries package (Mohammed Le Doze,
// https://github.com/mledoze/countries, ODbL-1.0): each country's common English name with its
// English demonyms, official name and other English spellings, so that "Lebanese", "Qatari" and
// "State of Kuwait" are the places the articles mean. The derived file is under the same licence.
// Run after upgrading the package: npx tsx scripts/build-countries.ts
import { writeFileSync } from 'node:fs';
import countries from 'world-countries';

const plain = (s: string) => /^[A-Za-z][A-Za-z .'-]{2,40}$/.test(s) && !/^[A-Z]{2,3}$/.test(s);
// Territories are places too ("Hong Kong", "Greenland").
const rows = countries.map((c) => {
  const names = new Set<string>();
  const english = c.demonyms?.eng;
  for (const n of [english?.m, english?.f, c.name.official, ...c.altSpellings])
    if (n && plain(n)) names.add(n);
  // "Republic of Turkey" → "Turkey": the short form of an official name is what the news writes.
  for (const n of [...names]) {
    const short =
      /^(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate) of (?:the )?(.+)$/.exec(
        n,
      )?.[1];
    if (short && plain(short)) names.add(short);
  }
  names.delete(c.name.common);
  return [c.name.common, ...names];
});
// A spelling two countries claim ("Republic of China", "Guinean") names neither.
const claims = new Map<string, number>();
for (const row of rows)
  for (const n of row) claims.set(n.toLowerCase(), (claims.get(n.toLowerCase()) ?? 0) + 1);
const out = rows.map((row) => row.filter((n, i) => i === 0 || claims.get(n.toLowerCase()) === 1));
writeFileSync(
  'src/language/countries.json',
  `${JSON.stringify(out.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? '')))}\n`,
);
console.log(`wrote ${out.length} countries`);
