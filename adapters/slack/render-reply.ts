// Reply → Block Kit message. Pure: the same Reply always renders the same blocks, within Slack's limits.
import type { types } from '@slack/bolt';
import { type Reply, replyToPlainText } from '../../src/index.js';
import { ACTION_IDS, encodeFeedback } from './action-ids.js';
import {
  chunkLines,
  escapeAndTruncate,
  escapeMrkdwn,
  neutraliseBroadcasts,
  truncate,
} from './render-mrkdwn.js';
import { SLACK_LIMITS as L } from './slack-limits.js';
import { SLACK_TEXTS as T } from './slack-texts.js';

type Block = types.KnownBlock;
type Button = types.Button;

export interface SlackMessage {
  /** Fallback text for notifications and clients without Block Kit (escaped mrkdwn). */
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** The question as asked: repeated above the answer, since nobody else sees a slash command's text. */
  question?: string;
  questionLabel?: string;
  /** Command text to re-run when shared: adds the "Share in channel" button (private answers). */
  share?: string;
  /** 👍/👎 buttons; by default on everything but help and error replies. */
  feedback?: boolean;
  /** The question a vote is about, when it is not shown above the answer (mentions, threads). */
  asked?: string;
}

const MAX_SUGGESTIONS = 5;

export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const head: Block[] = [];
  if (options.question) head.push(questionBlock(options.question, options.questionLabel ?? T.youAsked));
  const tail: Block[] = [];
  const suggestions = suggestionBlock(reply.suggestions);
  if (suggestions) tail.push(suggestions);
  const footer = footerBlock(reply, options);
  if (footer) tail.push(footer);

  const budget = L.blocksPerMessage - head.length - tail.length;
  let body = bodyBlocks(reply);
  const sourceBlockCount = Math.ceil(reply.citations.length / L.contextElements);
  // Sources get what the answer leaves, but at least one block when there are any.
  const sourceBudget = Math.min(
    sourceBlockCount,
    Math.max(sourceBlockCount > 0 ? 1 : 0, budget - body.length),
  );
  if (body.length > budget - sourceBudget) {
    body = [...body.slice(0, budget - sourceBudget - 1), contextBlock([`_${T.cut}_`])];
  }
  const sources = sourceBlocks(reply, sourceBudget);
  return { text: fallbackText(reply), blocks: [...head, ...body, ...sources, ...tail] };
}

function questionBlock(question: string, label: string): Block {
  const prefix = `*${label}* `;
  return sectionBlock(prefix + escapeAndTruncate(question, L.sectionText - prefix.length));
}

function bodyBlocks(reply: Reply): Block[] {
  const lines: string[] = [];
  if (reply.text) lines.push(escapeMrkdwn(reply.text));
  for (const item of reply.items) lines.push(`• ${escapeMrkdwn(item.text)}${citeMarks(item.cites, reply)}`);
  if (reply.more > 0) lines.push(`_${T.moreItems(reply.more)}_`);
  return chunkLines(lines, L.sectionText).map(sectionBlock);
}

function citeMarks(cites: number[], reply: Reply): string {
  const marks = cites.filter((i) => i >= 0 && i < reply.citations.length).map((i) => `[${i + 1}]`);
  return marks.length > 0 ? ` ${marks.join('')}` : '';
}

function sourceBlocks(reply: Reply, blockBudget: number): Block[] {
  const capacity = blockBudget * L.contextElements;
  const { citations } = reply;
  const shown = citations.length <= capacity ? citations.length : capacity - 1;
  const elements = citations.slice(0, shown).map((citation, i) => {
    const date = citation.date ? ` · ${escapeMrkdwn(citation.date)}` : '';
    const title = escapeAndTruncate(citation.title || citation.doc, L.headerText);
    const snippet = escapeAndTruncate(citation.snippet, L.snippetText);
    return `*[${i + 1}]* *${title}*${date}\n“${snippet}”`;
  });
  if (shown < citations.length) elements.push(`_${T.moreSources(citations.length - shown)}_`);
  const blocks: Block[] = [];
  for (let i = 0; i < elements.length; i += L.contextElements) {
    blocks.push(contextBlock(elements.slice(i, i + L.contextElements)));
  }
  return blocks;
}

function suggestionBlock(suggestions: string[]): Block | undefined {
  const buttons = suggestions
    .filter((s) => s.trim().length > 0)
    .slice(0, MAX_SUGGESTIONS)
    .map((s, i) => button(s, `${ACTION_IDS.suggestionPrefix}${i}`, s));
  return buttons.length > 0 ? { type: 'actions', elements: buttons } : undefined;
}

function footerBlock(reply: Reply, options: RenderOptions): Block | undefined {
  const buttons: Button[] = [];
  if (options.feedback ?? !['help', 'invalid', 'limited'].includes(reply.kind)) {
    const value = encodeFeedback(reply.kind, options.question ?? options.asked ?? reply.text, L.buttonValue);
    buttons.push(
      button(T.feedbackUp, ACTION_IDS.feedbackUp, value),
      button(T.feedbackDown, ACTION_IDS.feedbackDown, value),
    );
  }
  if (options.share) buttons.push({ ...button(T.share, ACTION_IDS.share, options.share), style: 'primary' });
  return buttons.length > 0 ? { type: 'actions', elements: buttons } : undefined;
}

function fallbackText(reply: Reply): string {
  const text = escapeAndTruncate(replyToPlainText(reply), L.fallbackText);
  return text || escapeMrkdwn(reply.kind);
}

// verbatim: every text object here carries corpus or user text, which Slack must not link-ify or
// auto-parse (mentions, channel names); our own *bold* and _italic_ still render.
function sectionBlock(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

function contextBlock(texts: string[]): Block {
  return { type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn', text, verbatim: true })) };
}

function button(label: string, actionId: string, value: string): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(neutraliseBroadcasts(label), L.buttonText), emoji: true },
    action_id: actionId,
    value: value.slice(0, L.buttonValue),
  };
}
