// Cutting text to Discord's field limits without splitting a word or a surrogate pair when avoidable.

const ELLIPSIS = '…';

/** text if it fits in max UTF-16 units, else a prefix ending in "…" that does. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let cut = max - ELLIPSIS.length;
  // Never leave half of an emoji or other astral character behind.
  if (isLowSurrogate(text.charCodeAt(cut))) cut -= 1;
  const space = text.lastIndexOf(' ', cut);
  // Prefer a word boundary, unless it would throw away most of the room.
  if (space > cut * 0.8) cut = space;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
