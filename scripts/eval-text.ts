// How the evaluation (../shared/eval/score.mjs) compares an answer with an expected fact, for the
// scripts that label development data the same way.
export const normaliseForEval = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');

/** Every group of alternatives has one in the text. */
export function holdsExpected(text: string, expect: readonly (readonly string[])[] | undefined): boolean {
  const t = normaliseForEval(text);
  return (
    (expect ?? []).length > 0 && (expect ?? []).every((g) => g.some((a) => t.includes(normaliseForEval(a))))
  );
}
