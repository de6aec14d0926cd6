// Who "we", "it", "the company" and "she" are in an article's sentence, for the events extractor.
import type { DocumentAnalysis } from './analyse-document.js';
import type { DraftQuote } from './extract-quotes.js';
import type { DraftRole } from './extract-roles.js';
import type { Mention } from './link-entities.js';

/** The organisation the text last named or called a kind of body ("Swedish carrier Telvara"). */
export function organisationCalled(
  doc: DocumentAnalysis,
  noun: string,
  paragraph: number,
  before: number,
): string | null {
  const nouns = noun === 'operator' || noun === 'carrier' ? ['operator', 'carrier'] : [noun];
  const alternatives = nouns.join('|');
  // "Swedish carrier Telvara", "Telvara, the Swedish carrier".
  const calledBefore = new RegExp(`\\b(?:${alternatives})\\s+$`);
  const calledAfter = new RegExp(
    `^,?\\s+(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${alternatives})\\b`,
    'u',
  );
  const candidates = doc.mentions.filter(
    (m) =>
      (m.paragraph < paragraph || (m.paragraph === paragraph && m.end <= before)) &&
      doc.entities.get(m.entity)?.type === 'org',
  );
  // Named as one ("Ministry of Digital Affairs") or called one ("Swedish carrier Telvara"); else,
  // the last one the noun was said near ("PRCON lost five board members" for "the board's chair").
  // ("told the committee that SolarWinds' …" calls SolarWinds nothing when a committee was named.)
  const around = (m: Mention, reach: number): [string, string] => {
    const text = doc.paragraphs[m.paragraph] ?? '';
    return [
      text.slice(Math.max(0, m.start - reach), m.start).toLowerCase(),
      text.slice(m.end, m.end + reach).toLowerCase(),
    ];
  };
  for (const m of [...candidates].reverse()) {
    const name = (doc.entities.get(m.entity)?.name ?? '').toLowerCase();
    const [preceding, following] = around(m, 40);
    if (nouns.some((n) => name.includes(n)) || calledBefore.test(preceding) || calledAfter.test(following))
      return m.entity;
  }
  // (After the name only: "a subcommittee questioned Kestrel" is no board of Kestrel's.)
  for (const m of [...candidates].reverse())
    if (nouns.some((n) => around(m, 30)[1].includes(n))) return m.entity;
  // "the company" with no organisation called one: the organisation the article is most about.
  if (!/^(company|firm|group)$/.test(noun)) return null;
  const counts = new Map<string, number>();
  for (const m of candidates) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Who "we", "it" and "them" are in a sentence: the speaker of a quote holding it, or the story's organisation. */
export function subjectResolver(doc: DocumentAnalysis, quotes: DraftQuote[], roles: DraftRole[]) {
  const counts = new Map<string, number>();
  for (const m of doc.mentions)
    if (doc.entities.get(m.entity)?.type === 'org') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const salient = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return (sentence: number, pronoun: string): string | null => {
    const s = doc.sentences[sentence];
    if (!s) return null;
    // "the operator": the organisation the article called an operator ("Swedish carrier Telvara").
    if (!/^(it|them|they|we|i|he|she)$/.test(pronoun))
      return organisationCalled(doc, pronoun, s.paragraph, s.start);
    const quote = quotes.find(
      (q) =>
        s.paragraph >= q.paragraphs[0] &&
        s.paragraph <= q.paragraphs[1] &&
        (q.text.includes(s.text.slice(0, 30)) || q.reported),
    );
    // "In August she rejected ...": the person last named before the sentence.
    if (pronoun === 'he' || pronoun === 'she') {
      const before = doc.mentions.filter(
        (m) =>
          doc.entities.get(m.entity)?.type === 'person' &&
          (m.paragraph < s.paragraph || (m.paragraph === s.paragraph && m.end <= s.start)),
      );
      return before[before.length - 1]?.entity ?? null;
    }
    if (pronoun === 'them' || pronoun === 'it' || pronoun === 'they') {
      const speakerOrg = quote ? roles.find((r) => r.entity === quote.speaker)?.of : undefined;
      const others = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
      return (
        others.find((id) => doc.entities.get(id)?.name !== speakerOrg && id !== quote?.speaker) ?? salient
      );
    }
    if (!quote) return null;
    const of = roles.find((r) => r.entity === quote.speaker && r.of)?.of;
    const org = of ? [...doc.entities.values()].find((e) => e.name === of)?.id : undefined;
    return org ?? quote.speaker;
  };
}
