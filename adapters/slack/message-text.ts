// Reading a Slack message's text: bounded, with the bot's own mention removed.

/** Longer messages are cut: nothing useful is asked in more than this. */
export const MAX_MESSAGE_TEXT = 4000;

/** Removes every mention of the bot ("<@U0BOT>" or "<@U0BOT|dossier>") and trims. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const bounded = text.slice(0, MAX_MESSAGE_TEXT);
  if (!botUserId) return bounded.trim();
  let out = '';
  let from = 0;
  const open = `<@${botUserId}`;
  for (let at = bounded.indexOf(open); at >= 0; at = bounded.indexOf(open, from)) {
    const close = bounded.indexOf('>', at);
    const next = bounded[at + open.length];
    // "<@U0BOT2>" is somebody else: only ">" or "|" may follow the id.
    if (close < 0 || (next !== '>' && next !== '|')) {
      out += bounded.slice(from, at + open.length);
      from = at + open.length;
      continue;
    }
    out += bounded.slice(from, at);
    from = close + 1;
  }
  return (out + bounded.slice(from)).replace(/\s+/g, ' ').trim();
}

export function mentionsBot(text: string, botUserId: string | undefined): boolean {
  if (!botUserId) return false;
  const bounded = text.slice(0, MAX_MESSAGE_TEXT);
  return bounded.includes(`<@${botUserId}>`) || bounded.includes(`<@${botUserId}|`);
}
