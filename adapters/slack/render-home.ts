// The App Home tab: what the bot covers (the sources) and how to ask (the help), from the core's Replies.
import type { types } from '@slack/bolt';
import type { Reply } from '../../src/index.js';
import { ACTION_IDS } from './action-ids.js';
import { chunkLines, escapeMrkdwn, truncate } from './render-mrkdwn.js';
import { SLACK_LIMITS as L } from './slack-limits.js';
import { SLACK_TEXTS as T } from './slack-texts.js';

type Block = types.KnownBlock;

export function renderHome(help: Reply, sources: Reply): types.HomeView {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(T.homeTitle, L.headerText) } },
    section(T.homeHowTo),
  ];
  // The examples are buttons that ask them (the suggestion action), not text to copy.
  const examples = help.suggestions.filter((s) => s.trim()).slice(0, L.actionsElements);
  const notes = help.items.filter((item) => !examples.includes(item.text));
  blocks.push(...sections([escapeMrkdwn(help.text)]));
  if (examples.length > 0)
    blocks.push({
      type: 'actions',
      elements: examples.map((question, i) => ({
        type: 'button',
        text: { type: 'plain_text', text: truncate(question, L.buttonText), emoji: true },
        action_id: `${ACTION_IDS.suggestionPrefix}${i}`,
        value: question.slice(0, L.buttonValue),
      })),
    });
  blocks.push(...sections(notes.map(bullet)));
  blocks.push(
    { type: 'divider' },
    ...sections([T.homeCovers, escapeMrkdwn(sources.text), ...sources.items.map(bullet)]),
  );
  if (sources.more > 0) blocks.push(section(`_${T.moreItems(sources.more)}_`));
  // A home view takes 100 blocks; a corpus listing never needs them all, but never send more.
  return { type: 'home', blocks: blocks.slice(0, L.blocksPerHomeView) };
}

function bullet(item: { text: string }): string {
  return `• ${escapeMrkdwn(item.text)}`;
}

function sections(lines: string[]): Block[] {
  return chunkLines(
    lines.filter((line) => line.length > 0),
    L.sectionText,
  ).map(section);
}

/** verbatim: the sections carry corpus text, which Slack must not auto-parse into mentions or links. */
function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}
