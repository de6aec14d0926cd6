// Text helpers for Slack mrkdwn. Escaping &, < and > is what Slack asks for, and it stops
// <!channel>, <!here>, <@U…> and <!subteam^…> in user or corpus text. The plain words @channel,
// @here and @everyone need more: Slack may auto-parse them into mentions in text objects without
// `verbatim: true`, so a zero-width space after the @ keeps them words, whatever the text object.

const ZERO_WIDTH_SPACE = '\u200b';
// A single-pass literal: linear time whatever the input.
const BROADCAST = /@(channel|here|everyone)/gi;

export function escapeMrkdwn(text: string): string {
  return neutraliseBroadcasts(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

/** "@channel" → "@\u200bchannel": reads the same, notifies nobody. */
export function neutraliseBroadcasts(text: string): string {
  return text.replace(BROADCAST, `@${ZERO_WIDTH_SPACE}$1`);
}

/** Cuts text to at most max UTF-16 units, ending with "…" when cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Escaped and cut to max, never leaving half an entity such as "&am" behind. */
export function escapeAndTruncate(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  const cut = truncate(escaped, max);
  // The entities are at most 5 long ("&amp;"): drop a partial one just before the ellipsis.
  return cut.replace(/&[a-z]{0,3}…$/, '…');
}

/**
 * Splits mrkdwn lines into chunks of at most max characters, keeping lines whole where they fit,
 * so each chunk can be one section block.
 */
export function chunkLines(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    const pieces = line.length <= max ? [line] : splitLong(line, max);
    for (const piece of pieces) {
      if (current && current.length + 1 + piece.length > max) {
        chunks.push(current);
        current = '';
      }
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function splitLong(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    // Prefer a break at a space, never inside an entity ("&amp;") or a surrogate pair.
    let end = rest.lastIndexOf(' ', max);
    if (end < max / 2) end = safeEnd(rest, max);
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function safeEnd(text: string, max: number): number {
  let end = max;
  const amp = text.lastIndexOf('&', end - 1);
  if (amp >= 0 && amp > end - 5 && text.indexOf(';', amp) >= end) end = amp;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return end;
}
