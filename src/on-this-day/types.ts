// The "on this day" result: the JSON contract of `npm run onthisday -- --json` (see DESIGN.md).

export interface OnThisDayItem {
  /** Day-precision date of the item, "2018-12-12". */
  date: string;
  /** Title of the article the item comes from. */
  title: string;
  /** One-line summary: the article's title, or the dated sentence trimmed. */
  text: string;
  /** File name of the article: the citation id. */
  doc: string;
  /** Verbatim sentence of the article. */
  snippet: string;
}

export interface OnThisDayResult {
  /** The month and day asked for, "MM-DD". */
  date: string;
  /** What the archive holds for that month and day in any year, ordered by date. */
  items: OnThisDayItem[];
  /** Only when items is empty: the closest day-precision items, closest first. */
  nearest: OnThisDayItem[];
}

export interface OnThisDayOptions {
  /** Days either side of the date that count as "near" (circular over the year). Default 7. */
  nearestWindowDays?: number;
  /** Most nearest items returned. Default 5. */
  maxNearest?: number;
  /**
   * Year of the local date being posted. In a non-leap year, 02-28 also takes the items of 02-29
   * so they are not skipped for three years out of four. Absent (a date asked for by hand): no merge.
   */
  year?: number;
}
