// A title standing alone on the text's first line, set off from the body by a blank line: how
// encyclopaedia articles, plain-text exports and most hand-made files begin ("Huguenot", "Steam
// engine"). Too short for the headline rules of web copies (three words or more), which must not
// take a lone section word ("Banking") for a headline; the blank line and the paragraph under it
// make the difference: a kicker stands in a run of header lines, a title above the text itself.

const WORDS = /\S+/g;
/** Ends like a sentence or a label: not a title ("?" and "!" end headlines too, so they pass). */
const CLOSED = /[.:;,]["”’')\]]*$/;
/** "World | Trade war", "News / Europe": a section path, not a title. */
const SECTION_PATH = /\s[|/›»>]\s/;

/** A kicker or section line: a section path, or a short line in capitals ("BUSINESS", "AP NEWS"). */
export function isKicker(line: string): boolean {
  const words = line.match(WORDS)?.length ?? 0;
  return SECTION_PATH.test(line) || (words <= 5 && line === line.toUpperCase());
}

/**
 * The first non-blank line when it reads as the text's title: at most 12 words, not closed by a
 * period, colon or comma, not a kicker, with a blank line under it (kicker lines between are
 * allowed) and then a paragraph of prose. `lines` are the text's lines, trimmed, blanks kept.
 */
export function leadingTitle(lines: string[], isProse: (line: string) => boolean): string | undefined {
  const first = lines.findIndex((line) => line !== '');
  const title = lines[first];
  if (title === undefined) return undefined;
  const words = title.match(WORDS)?.length ?? 0;
  if (words > 12 || title.length > 120 || CLOSED.test(title) || isKicker(title)) return undefined;
  let blank = false;
  for (const line of lines.slice(first + 1)) {
    if (line === '') blank = true;
    else if (isKicker(line)) continue;
    else return blank && isProse(line) ? title : undefined;
  }
  return undefined;
}
