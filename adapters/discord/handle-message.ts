// Mentions and DMs: the text after the mention is read like "/dossier <text>" and answered as a reply.
// Guild messages that do not mention the bot are ignored; they also arrive without content, since the
// bot does not ask for the privileged Message Content intent.
import { type Message, PermissionFlagsBits } from 'discord.js';
import { parseCommand, type Reply, runCommand } from '../../src/index.js';
import { commandDeps, discordContext, type HandlerDeps, notAllowedReply } from './discord-context.js';
import { noMentions } from './neutralise-mentions.js';
import { renderReply } from './render-reply.js';
import { conversationOf, rememberAnswer } from './reply-chains.js';
import { needsManageServer } from './slash-to-command.js';

/** Discord caps message content at 4000 characters; anything beyond is not a real message. */
const MAX_CONTENT = 4000;

/** Whether this message is for the bot: a DM, or a guild message that mentions it by user. */
export function isForBot(message: Message, botId: string): boolean {
  if (message.author.bot || message.system) return false;
  return !message.inGuild() || message.mentions.users.has(botId);
}

/** "<@123> who is Ren?" → "who is Ren?": drops the bot's own mention tokens wherever they are. */
export function mentionText(content: string, botId: string): string {
  return content
    .slice(0, MAX_CONTENT)
    .split(`<@${botId}>`)
    .join(' ')
    .split(`<@!${botId}>`)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function handleMessage(message: Message, botId: string, deps: HandlerDeps): Promise<void> {
  if (!isForBot(message, botId)) return;
  const text = mentionText(message.content, botId);
  const command = parseCommand(text);
  const isAdmin =
    message.inGuild() && (message.member?.permissions.has(PermissionFlagsBits.ManageGuild) ?? false);
  const asker = { channel: message.channelId, guild: message.guildId, user: message.author.id, isAdmin };
  const context = discordContext(asker, deps.clock.now());
  const conversation = deps.store ? await conversationOf(deps.store, message) : undefined;
  if (conversation) context.conversation = conversation;
  if (message.inGuild()) context.mention = true;
  const reply =
    needsManageServer(command) && !isAdmin
      ? notAllowedReply
      : await runCommand(command, context, commandDeps(deps));
  if (reply.kind === 'limited') return tellPrivately(message, reply, deps);
  const monthDay = command.kind === 'onthisday' ? (command.monthDay ?? context.today.slice(5)) : undefined;
  const options = { ...(monthDay ? { onThisDay: monthDay } : {}), question: text };
  for (const part of renderReply(reply, options)) {
    const sent = await message.reply({ ...part, allowedMentions: noMentions() });
    if (deps.store && conversation)
      await rememberAnswer(deps.store, sent, conversation, deps.conversationTtlMs);
  }
}

/** A channel message cannot be private: a fair-use notice goes to the asker's DMs, or nowhere. */
async function tellPrivately(message: Message, reply: Reply, deps: HandlerDeps): Promise<void> {
  const [part] = renderReply(reply);
  try {
    if (message.inGuild()) await message.author.send({ ...part, allowedMentions: noMentions() });
    else await message.reply({ ...part, allowedMentions: noMentions() });
  } catch (error) {
    deps.logger.debug('discord: fair-use notice not delivered', { error: (error as Error).message });
  }
}
