// Buttons under an answer: previous/next day for "on this day", and follow-up questions to click.
// Pure: the ids say what to run (see custom-ids.ts).
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { Reply } from '../../src/index.js';
import { askId, feedbackId, onThisDayId, shiftMonthDay } from './custom-ids.js';
import { neutraliseMentions } from './neutralise-mentions.js';
import { truncateText } from './truncate-text.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

const LABEL_MAX = 80;
/** Discord allows 5 buttons per row; four suggestions keep the row readable. */
const MAX_SUGGESTIONS = 4;

export interface ComponentOptions {
  /** The "MM-DD" an on-this-day reply shows; adds previous/next day buttons. */
  onThisDay?: string;
  /** What was asked: the 👍/👎 buttons record it with their vote (else the answer's lead line). */
  question?: string;
}

/** Help, refusals and fair-use notices are not answers to rate. */
const UNRATED = new Set(['help', 'invalid', 'limited']);

export function renderComponents(reply: Reply, options: ComponentOptions = {}): ButtonRow[] {
  const rows: ButtonRow[] = [];
  if (options.onThisDay) {
    const previous = shiftMonthDay(options.onThisDay, -1);
    const next = shiftMonthDay(options.onThisDay, 1);
    rows.push(row([button(`◀ ${previous}`, onThisDayId(previous)), button(`${next} ▶`, onThisDayId(next))]));
  }
  // Discord rejects a message whose buttons share a custom id.
  const ids = new Map<string, string>();
  for (const question of reply.suggestions) {
    const id = askId(question);
    if (id && !ids.has(id)) ids.set(id, question);
  }
  const suggestions = [...ids].slice(0, MAX_SUGGESTIONS).map(([id, question]) => button(question, id));
  if (suggestions.length) rows.push(row(suggestions));
  if (!UNRATED.has(reply.kind)) {
    const asked = options.question ?? reply.text;
    rows.push(
      row([
        button('👍', feedbackId(true, reply.kind, asked)),
        button('👎', feedbackId(false, reply.kind, asked)),
      ]),
    );
  }
  return rows;
}

function row(components: APIButtonComponent[]): ButtonRow {
  return { type: ComponentType.ActionRow, components };
}

function button(label: string, customId: string): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: truncateText(neutraliseMentions(label), LABEL_MAX),
    custom_id: customId,
  };
}
