import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/language/edit-distance.js';

/** Optimal string alignment distance, the plain full-table way. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

describe('editDistance', () => {
  it('GIVEN typos THEN counts each edit once, an adjacent swap as one', () => {
    expect(editDistance('huawei', 'huwei', 2)).toBe(1);
    expect(editDistance('zhengfei', 'zhegnfei', 2)).toBe(1);
    expect(editDistance('ren', 'ren', 0)).toBe(0);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('GIVEN any two words THEN agrees with the full table within the budget, and says "over" beyond it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const exact = reference(a, b);
        expect(editDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
      { numRuns: 2000 },
    );
  });
});
