// Which Unicode encoding a file declares with its byte-order mark, or plainly is (UTF-16 without
// a mark: every other byte NUL). Plain UTF-8 without a mark is left to the caller's default.

export interface UnicodeEncoding {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** "UTF-16 LE", for messages. */
  name: string;
  /** How the encoding was recognised, for a skip reason: "it starts with a UTF-16 LE byte-order mark". */
  label: string;
  /** Bytes of the mark. */
  skip: number;
  /** Set when the encoding was guessed rather than declared. */
  warning?: string;
}

export function detectUnicode(bytes: Uint8Array): UnicodeEncoding | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return declared('utf-8', 'UTF-8', 3);
  if (a === 0xff && b === 0xfe) return declared('utf-16le', 'UTF-16 LE', 2);
  if (a === 0xfe && b === 0xff) return declared('utf-16be', 'UTF-16 BE', 2);
  const side = nulSide(bytes);
  if (!side) return undefined;
  const name = side === 'odd' ? 'UTF-16 LE' : 'UTF-16 BE';
  return {
    encoding: side === 'odd' ? 'utf-16le' : 'utf-16be',
    name,
    label: `it looks like ${name} without a byte-order mark`,
    skip: 0,
    warning: `no byte-order mark; read as ${name}`,
  };
}

function declared(encoding: UnicodeEncoding['encoding'], name: string, skip: number): UnicodeEncoding {
  return { encoding, name, label: `it starts with a ${name} byte-order mark`, skip };
}

/**
 * Latin-script UTF-16 has a NUL in (nearly) every high byte and in no low byte. Binary files have
 * NULs too, but not so regularly on one side only.
 */
function nulSide(bytes: Uint8Array): 'odd' | 'even' | undefined {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? even++ : odd++;
  const pairs = sample.length / 2;
  if (odd >= pairs * 0.9 && even === 0) return 'odd';
  if (even >= pairs * 0.9 && odd === 0) return 'even';
  return undefined;
}
