// A wire story's dateline: "LONDON (AP) — ", "WASHINGTON/PARIS (Reuters) - ", "Frankfurt (AFP) - ",
// "OSLO, March 3, 2020 – ". It says where the story was filed, not who is in the news.

export const DATELINE =
  /^(?:\p{Lu}{2,}[\p{Lu} .'’/-]{0,30}(?:, [\p{L} .,\d]{1,30}?)?(?:\s*\([^)]{1,30}\))?|\p{Lu}[\p{L} .'’/-]{1,30}?\s*\([^)]{1,30}\))\s*[-–—]\s+/u;

/** How many characters of a paragraph or sentence its dateline takes (0 without one). */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}
