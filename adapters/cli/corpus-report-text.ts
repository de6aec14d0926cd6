// The parse report as a corpus curator reads it in a terminal: one block per article (what was
// understood, with which warnings), then the files that were skipped and why, then the totals.
import type { CorpusReport, ReportDocument } from './corpus-report.js';

const WIDTH = 100;

/** Article text may carry control characters (escape sequences): never let them reach a terminal. */
function safe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

function cut(text: string, width = WIDTH): string {
  const clean = safe(text);
  return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean;
}

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

function counts(doc: ReportDocument): string {
  const { sentences, quotes, entities, events } = doc.counts;
  return [
    plural(sentences, 'sentence'),
    plural(quotes, 'quote'),
    plural(entities, 'entity', 'entities'),
    plural(events, 'event'),
  ].join(' · ');
}

function documentBlock(doc: ReportDocument): string[] {
  const rows: [string, string][] = [
    ['title', cut(doc.title)],
    ['author', doc.author ? safe(doc.author) : '—'],
    ['outlet', doc.outlet ? safe(doc.outlet) : '—'],
    ['date', doc.date ?? '— (the text gives none)'],
    ['found', counts(doc)],
  ];
  const lines = [safe(doc.file), ...rows.map(([key, value]) => `  ${key.padEnd(9)}${value}`)];
  if (doc.warnings.length === 0) lines.push(`  ${'warnings'.padEnd(9)}none`);
  else lines.push(...doc.warnings.map((w, i) => `  ${(i === 0 ? 'warnings' : '').padEnd(9)}${cut(w)}`));
  return [...lines, ...details(doc)];
}

/** With --full: what each fact is, one line each, so a curator can spot a wrong speaker or actor. */
function details(doc: ReportDocument): string[] {
  const lines: string[] = [];
  const section = (title: string, items: string[] | undefined) => {
    if (!items?.length) return;
    lines.push(`  ${title}:`, ...items.map((item) => `    - ${cut(item, WIDTH - 6)}`));
  };
  section(
    'quotes',
    doc.quotes?.map((q) => `${q.speaker}${q.reported ? ' (reported)' : ''}: “${q.text}”`),
  );
  section(
    'entities',
    doc.entities?.map(
      (e) =>
        `${e.name} (${e.type})${e.aliases.length ? ` aka ${e.aliases.join(', ')}` : ''}${e.roles.length ? ` — ${e.roles.join('; ')}` : ''}`,
    ),
  );
  section(
    'events',
    doc.events?.map(
      (e) =>
        `${e.kind}: ${e.actors.join(', ') || '?'} ${e.negated ? 'did not ' : ''}${e.verb} ${e.targets.join(', ') || '?'}` +
        `${e.scope.length ? ` [${e.scope.join(', ')}]` : ''}${e.date ? ` (${e.date})` : ''}`,
    ),
  );
  section(
    'dates',
    doc.dates?.map((d) => `${d.phrase} → ${d.date}`),
  );
  return lines;
}

export function renderCorpusReport(report: CorpusReport, dir: string): string {
  const lines = [`Corpus ${safe(dir)}`, ''];
  for (const doc of report.documents) lines.push(...documentBlock(doc), '');
  if (report.skipped.length > 0) {
    lines.push('Skipped files');
    for (const s of report.skipped) lines.push(`  ${safe(s.file)}: ${cut(s.reason)}`);
    lines.push('');
  }
  const t = report.totals;
  lines.push(
    `${plural(t.documents, 'article')} read, ${t.skipped} skipped; ${plural(t.sentences, 'sentence')}, ` +
      `${plural(t.quotes, 'quote')}, ${plural(t.entities, 'entity', 'entities')}, ${plural(t.events, 'event')}.`,
  );
  return lines.join('\n');
}
