// Reply → terminal text: the answer, then numbered sources with their verbatim snippets.
import { type Reply, replyToPlainText } from '../../src/index.js';

export function renderConsole(reply: Reply, color = false): string {
  const dim = (text: string) => (color ? `\x1b[2m${text}\x1b[0m` : text);
  const lines = reply.items.length
    ? [
        reply.text,
        ...reply.items.map(
          (item) =>
            `  • ${item.text}${item.cites.length ? ` ${item.cites.map((c) => `[${c + 1}]`).join('')}` : ''}`,
        ),
      ]
    : [replyToPlainText(reply)];
  if (reply.more > 0) lines.push(`  …and ${reply.more} more.`);
  if (reply.citations.length) {
    lines.push(dim('Sources:'));
    reply.citations.forEach((c, i) => {
      const snippet = c.snippet.length > 200 ? `${c.snippet.slice(0, 199)}…` : c.snippet;
      lines.push(dim(`  [${i + 1}] ${c.title}${c.date ? ` (${c.date})` : ''}: “${snippet}”`));
    });
  }
  if (reply.suggestions.length) lines.push(dim(`Try: ${reply.suggestions.join(' · ')}`));
  return lines.join('\n');
}
