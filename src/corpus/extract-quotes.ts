// Quotes with their speakers: after the quote (`," said Younger`), before it (`Mr Ren told them, "`),
// continuing an attributed speech, and first-person reported speech after an attribution.
import type { DocumentAnalysis } from './analyse-document.js';
import { isRoleWord } from './lexicon.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import { resolvePhrase, type SpeakerContext } from './resolve-speaker.js';
import { ATTRIBUTION_VERBS, FIRST_PERSON, QUOTING_VERBS, SPEECH_VERBS, STANCE } from './speech-words.js';

export interface DraftQuote {
  speaker: string;
  text: string;
  /** Paragraph range of the verbatim passage holding the quote and its attribution. */
  paragraphs: [number, number];
  /** Offset of the quote's first character in its first paragraph (to find its sentence). */
  offset: number;
  reported: boolean;
}

/** A character of a speaker phrase: no sentence stop, but the dots of "U.S." and "Dr." are in it. */
const PHRASE_CHAR = `(?:[^.;:!?"“”()]|(?<=\\b\\p{Lu})\\.|(?<=\\b(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Col|Lt|Prof))\\.)`;
// (Not a participle: `," adding that it …` goes on with the same speaker; it names no one.)
const VERB_FIRST = new RegExp(
  `^[\\s,;:–—-]*(?:${ATTRIBUTION_VERBS.split('|')
    .filter((verb) => !verb.endsWith('ing'))
    .join('|')})\\s+((?:(?!,)${PHRASE_CHAR}){1,80})`,
  'iu',
);
// The subject may carry an apposition: `," a Huawei spokesman, Alykhan Velshi, told Reuters`.
const SUBJECT_FIRST = new RegExp(
  `^[\\s,;:–—-]*(${PHRASE_CHAR}{1,160}?),?\\s+(?:${ATTRIBUTION_VERBS})\\b`,
  'iu',
);
const LAST_VERB = new RegExp(`\\b(?:${QUOTING_VERBS})\\b`, 'gi');
// Case-sensitive: a reporting verb is written in lower case mid-sentence; "the United States"
// holds no verb "states".
const REPORTING = new RegExp(
  `^(.{1,160}?)\\s+(?:has |have |had |also |then |officially |once again |further )*(?:${SPEECH_VERBS}|${STANCE})\\b`,
);
const MIN_WORDS = 4;
/** A conjunction alone before a reporting verb after a quote names no one: the subject goes on. */
const GOES_ON = /^\s*(?:and|but|or|then|yet)\s*$/i;
const UNSAID = /\b(?:not|never|n['’]t|declined to|refused to|wouldn['’]t|won['’]t)$/i;

export function extractQuotes(doc: DocumentAnalysis): DraftQuote[] {
  const mentions = [...doc.mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const context: SpeakerContext = { doc, mentions, lastSpeaker: null };
  const spans = topLevel(findQuoteSpans(doc.paragraphs));
  const quotes: DraftQuote[] = [];
  doc.paragraphs.forEach((_paragraph, p) => {
    const here = spans.filter((span) => span.from.paragraph === p);
    let attributedHere: string | null = null;
    for (const span of here) {
      const found = attribute(context, span);
      if (found === UNRESOLVED) continue;
      const speaker: string | null =
        found ?? attributedHere ?? (standsAlone(doc, span) && here.length === 1 ? context.lastSpeaker : null);
      if (!speaker || wordCount(span.text) < 2 || isAuthor(doc, speaker)) continue;
      if (wordCount(span.text) < MIN_WORDS && !hasVerbBefore(doc, span)) continue;
      quotes.push({
        speaker,
        text: span.text,
        paragraphs: [span.from.paragraph, span.to.paragraph],
        offset: span.from.offset,
        reported: false,
      });
      context.lastSpeaker = speaker;
      attributedHere = speaker;
    }
    // Sentences outside the quotes (or holding only a quoted word or two) may be reported speech.
    const quoted = here.filter((span) => wordCount(span.text) >= MIN_WORDS);
    quotes.push(...reportedSpeech(context, p, quoted));
  });
  return quotes;
}

/** An attribution was there but named no one we know: better no quote than a wrong speaker. */
const UNRESOLVED = '';

/** A speaker named right after the quote, or before it in the same sentence. */
function attribute(context: SpeakerContext, span: QuoteSpan): string | null {
  const closing = context.doc.paragraphs[span.to.paragraph] ?? '';
  const after = closing.slice(span.to.offset + 1, span.to.offset + 140);
  const afterStart = span.to.offset + 1;
  let attributed = false;
  for (const pattern of [VERB_FIRST, SUBJECT_FIRST]) {
    const match = pattern.exec(after);
    // `… "was a decision …," and said …`: the sentence's own subject goes on speaking.
    if (!match?.[1] || GOES_ON.test(match[1])) continue;
    attributed = true;
    const at = afterStart + after.indexOf(match[1]);
    // "the newspaper cited the document as saying": the subject is the phrase's head.
    const words = match[1].trim().split(/\s+/);
    for (const n of [words.length, 3, 2]) {
      const head = words.slice(0, n).join(' ');
      const who = resolvePhrase(context, span.to.paragraph, at, at + head.length);
      if (who) return who;
    }
  }
  if (attributed) return UNRESOLVED;
  const opening = context.doc.paragraphs[span.from.paragraph] ?? '';
  // The sentence holding the opening mark (the splitter knows "St." and "U.S." are no ends).
  const holder = context.doc.sentences
    .filter((x) => x.paragraph === span.from.paragraph && x.start < span.from.offset)
    .pop();
  const sentenceStart = Math.max(holder?.start ?? 0, opening.lastIndexOf('” ', span.from.offset - 2) + 1);
  const prefix = opening.slice(sentenceStart, Math.max(sentenceStart, span.from.offset - 1));
  // ("a memo seen by the BBC and confirmed by people familiar with it": a passive verb's speaker
  // is after "by", whom the sentence does not name as the quote's.)
  const verbs = [...prefix.matchAll(LAST_VERB)].filter(
    (v) => !/^\s+by\b/i.test(prefix.slice(v.index + v[0].length)),
  );
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  const verbAt = sentenceStart + (verb.index ?? 0);
  // "According to Industry Minister Navdeep Bains, "...": the source follows the words.
  if (/^according to$/i.test(verb[0])) {
    const from = verbAt + verb[0].length;
    return resolvePhrase(context, span.from.paragraph, from, Math.max(from, span.from.offset - 1));
  }
  // The words just before the verb are its subject; else the person the sentence is about.
  const clause =
    opening
      .slice(sentenceStart, verbAt)
      .split(/[,;:–—]/)
      .pop() ?? '';
  const words = /(\S+(?: \S+){0,3})\s*$/.exec(clause)?.[1] ?? '';
  const subjectAt = verbAt - words.length - 1;
  // "X spoke at Y, saying that ...": a participle's subject is the sentence's person, not Y.
  const participle = /ing$/i.test(verb[0]);
  const direct = participle
    ? null
    : resolvePhrase(context, span.from.paragraph, Math.max(sentenceStart, subjectAt), verbAt);
  if (direct) return direct;
  const sentenceMentions = context.mentions.filter(
    (m) => m.paragraph === span.from.paragraph && m.start >= sentenceStart && m.end <= verbAt,
  );
  const person = sentenceMentions.filter((m) => context.doc.entities.get(m.entity)?.type === 'person').pop();
  return (
    person?.entity ??
    sentenceMentions.filter((m) => context.doc.entities.get(m.entity)?.type === 'org').pop()?.entity ??
    null
  );
}

/**
 * "X has officially responded to the allegations. We have noticed that ..." — words in the first
 * person without quote marks, after a sentence that names who speaks, are that speaker's.
 */
function reportedSpeech(context: SpeakerContext, p: number, quoted: QuoteSpan[]): DraftQuote[] {
  const inQuote = (s: { start: number; text: string }) =>
    quoted.some(
      (q) =>
        q.from.paragraph <= p &&
        q.to.paragraph >= p &&
        !(q.to.paragraph === p && q.to.offset < s.start) &&
        !(q.from.paragraph === p && q.from.offset > s.start + s.text.length),
    );
  const sentences = context.doc.sentences.filter((s) => s.paragraph === p && !inQuote(s));
  const quotes: DraftQuote[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    if (!sentence) continue;
    const match = REPORTING.exec(sentence.text);
    // "He did not say whether …", "declined to say": no statement.
    if (!match?.[1] || UNSAID.test(match[1])) continue;
    const speaker = reportingSubject(context, p, sentence.start, match[1]);
    if (!speaker || isAuthor(context.doc, speaker)) continue;
    context.lastSpeaker = speaker;
    const rest = sentences.slice(i + 1);
    const followed = rest.some((s) => FIRST_PERSON.test(s.text));
    // "X said (that) the company ...": what follows the verb is the reported statement.
    const indirect =
      sentence.text.slice(match[0].length).trim().split(/\s+/).length >= 3 &&
      !/^\s*(to|by)\b/.test(sentence.text.slice(match[0].length));
    const words = [...(indirect ? [sentence] : []), ...(followed ? rest : [])];
    if (words.length === 0) continue;
    quotes.push({
      speaker,
      text: words.map((w) => w.text).join(' '),
      paragraphs: [p, p],
      offset: (words[0] ?? sentence).start,
      reported: true,
    });
    if (followed) break;
  }
  return quotes;
}

/** A lower-case plural of up to three words: "officials", "two senior officials", "analysts". */
const UNNAMED_PEOPLE = /^(?:[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]*[^s\W]s$/u;

/**
 * The subject of a reporting verb: the words right before it when short ("..., she says",
 * "Huawei stated"), else the sentence's opening phrase ("Lu Kang, spokesman for ..., has responded").
 */
function reportingSubject(context: SpeakerContext, p: number, start: number, subject: string): string | null {
  const clauses = subject
    .split(/[,;:–—]/)
    .map((clause) => clause.trim())
    .filter(Boolean);
  const last = clauses[clauses.length - 1] ?? '';
  const first = clauses[0] ?? '';
  const at = (part: string) => start + subject.lastIndexOf(part);
  // "Jakub Wróblewski, a spokesman for UKE, has responded": the last clause is an apposition.
  // "…, officials said", "analysts said": unnamed people speak, not the news agency or the city
  // of the dateline that opens the sentence.
  if (
    clauses.length > 1 &&
    UNNAMED_PEOPLE.test(last) &&
    !resolvePhrase(context, p, at(last), at(last) + last.length)
  )
    return null;
  // "Writing on the NCSC website, technical director Ian Levy said": a person named at the end of
  // the last clause, title and all, is the one who speaks.
  const named = context.mentions.find(
    (m) =>
      m.paragraph === p &&
      m.start >= at(last) &&
      m.end >= at(last) + last.length - 2 &&
      m.end <= at(last) + last.length &&
      context.doc.entities.get(m.entity)?.type === 'person',
  );
  if (named && clauses.length > 1) return named.entity;
  // "ByteDance's founder and chief executive, Zhang Yiming, thanked … and said": a clause that is
  // a person's name alone is the subject its neighbours describe.
  for (const clause of clauses.slice(0, -1)) {
    const who = context.mentions.find(
      (m) =>
        m.paragraph === p &&
        m.start === at(clause) &&
        m.end - m.start >= clause.replace(/['’]s$/, '').length &&
        context.doc.entities.get(m.entity)?.type === 'person',
    );
    if (who) return who.entity;
  }
  if (last.split(/\s+/).length <= 4 && !last.split(/\s+/).some(isRoleWord)) {
    const who = resolvePhrase(context, p, at(last), at(last) + last.length);
    if (who) return who;
  }
  return (
    resolvePhrase(
      context,
      p,
      start + subject.indexOf(first),
      start + subject.indexOf(first) + first.length,
    ) ?? resolvePhrase(context, p, start, start + subject.length)
  );
}

/** A quote that is its whole paragraph continues the speech of the paragraph before. */
function standsAlone(doc: DocumentAnalysis, span: QuoteSpan): boolean {
  const closing = doc.paragraphs[span.to.paragraph] ?? '';
  return span.from.offset <= 1 && /^[\s"”’.,!?]*$/.test(closing.slice(span.to.offset + 1));
}

function hasVerbBefore(doc: DocumentAnalysis, span: QuoteSpan): boolean {
  const text = doc.paragraphs[span.from.paragraph] ?? '';
  return new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i').test(
    text.slice(Math.max(0, span.from.offset - 40), span.from.offset),
  );
}

function isAuthor(doc: DocumentAnalysis, speaker: string): boolean {
  return (
    doc.meta.author !== null &&
    doc.entities.get(speaker)?.name.toLowerCase() === doc.meta.author.toLowerCase()
  );
}

/** Quotes inside quotes (a headline cited in a statement) are part of the outer quote. */
function topLevel(spans: QuoteSpan[]): QuoteSpan[] {
  const key = (p: number, o: number) => p * 1e7 + o;
  return spans.filter(
    (inner) =>
      !spans.some(
        (outer) =>
          outer !== inner &&
          key(outer.from.paragraph, outer.from.offset) <= key(inner.from.paragraph, inner.from.offset) &&
          key(outer.to.paragraph, outer.to.offset) >= key(inner.to.paragraph, inner.to.offset),
      ),
  );
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
