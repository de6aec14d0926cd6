// Typo distance between two words: Damerau-Levenshtein (an adjacent swap counts once), abandoned
// as soon as it exceeds the budget, so comparing against many words stays cheap. Beyond the
// budget the answer is budget + 1, whatever the true distance.

// Three reused rows: the linker compares a question word with thousands of name words.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if ((rows[0]?.length ?? 0) < width)
    rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  let [before, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, (before[j - 2] as number) + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return Math.min(prev[b.length] as number, max + 1);
}
