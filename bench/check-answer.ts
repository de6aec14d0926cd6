// The public scorer's checks, reimplemented (shared/eval/score.mjs is a CLI, not a library):
// found as expected, every expected group present, short enough, and a verbatim cited snippet.

export interface EvalQuestion {
  q: string;
  /** Groups of alternatives; each group needs one of its strings in the answer. */
  expect?: string[][];
  /** Source files, one of which must hold a cited snippet verbatim. */
  docs?: string[];
  found?: boolean;
}

export interface CandidateAnswer {
  found: boolean;
  answer: string;
  citations: { snippet: string }[];
}

export const MAX_ANSWER = 1500;
const MIN_SNIPPET = 20;

/** The scorer's normal form: NFKC, lower case, straight quotes and dashes, no emphasis marks. */
export function normaliseForCheck(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Why the answer fails, or [] when it passes.
 * `docText` gives a source file's text already normalised, or null when the file is missing.
 */
export function checkAnswer(
  question: EvalQuestion,
  answer: CandidateAnswer,
  docText: (file: string) => string | null,
): string[] {
  const why: string[] = [];
  const wantFound = question.found ?? true;
  if (answer.found !== wantFound) why.push(`found=${answer.found}, expected ${wantFound}`);
  if (!wantFound) return why;
  const text = normaliseForCheck(answer.answer);
  if (answer.answer.length > MAX_ANSWER) why.push(`answer longer than ${MAX_ANSWER} chars`);
  for (const group of question.expect ?? []) {
    if (!group.some((alternative) => text.includes(normaliseForCheck(alternative))))
      why.push(`missing one of ${JSON.stringify(group)}`);
  }
  const docs = question.docs ?? [];
  if (docs.length > 0) {
    const snippets = answer.citations
      .map((c) => normaliseForCheck(c.snippet))
      .filter((s) => s.length >= MIN_SNIPPET);
    const grounded = snippets.some((s) => docs.some((d) => docText(d)?.includes(s) ?? false));
    if (!grounded) why.push(`no citation snippet found verbatim in ${docs.join(' or ')}`);
  }
  return why;
}
