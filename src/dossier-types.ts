// The core's face to the adapters: one Dossier per parsed corpus (replaced on hot reload).
import type { Corpus, EntityType } from './corpus/types.js';
import type { Reply } from './reply.js';

export interface AnswerOptions {
  /** Today's date "YYYY-MM-DD" in the asker's zone, for "today" / "on this day" questions. */
  today?: string;
}

export interface EntityChoice {
  name: string;
  type: EntityType;
}

export type EmptyDayMode = 'skip' | 'nearest';

export interface Dossier {
  readonly corpus: Corpus;
  /** Any free-form question; never throws, always a Reply (found or not). */
  answer(question: string, options?: AnswerOptions): Reply;
  /** What the bot does, with example questions this corpus really answers (as suggestions). */
  help(): Reply;
  sources(): Reply;
  quotes(person: string): Reply;
  whoIs(name: string): Reply;
  timeline(topic?: string): Reply;
  /**
   * Post for a month and day ("12-12"): items of that day in earlier years, or nearest ones.
   * `options.year` (optional, added for the scheduler): the year of the local date being posted;
   * in a non-leap year, 02-28 then also lists the items of 02-29 (forward it to onThisDay()).
   */
  onThisDay(monthDay: string, emptyDay?: EmptyDayMode, options?: { year?: number }): Reply;
  /** Fuzzy autocomplete over corpus people and organisations, best first. */
  complete(prefix: string, limit?: number): EntityChoice[];
}
