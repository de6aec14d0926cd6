// Slash commands and button clicks → runCommand → embeds, through the interaction callback.
// Answers are public; help, errors and subscription changes are ephemeral.
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import {
  type Command,
  type CommandContext,
  conversationKey,
  type Reply,
  recordVote,
  runCommand,
  texts,
} from '../../src/index.js';
import { type ButtonAction, decodeButton } from './custom-ids.js';
import {
  commandDeps,
  discordContext,
  failedReply,
  type HandlerDeps,
  notAllowedReply,
} from './discord-context.js';
import { noMentions } from './neutralise-mentions.js';
import type { ComponentOptions } from './render-components.js';
import { renderReply } from './render-reply.js';
import { needsManageServer, slashToCommand } from './slash-to-command.js';

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

export async function handleChatInput(
  interaction: ChatInputCommandInteraction,
  deps: HandlerDeps,
): Promise<void> {
  const options: Record<string, string | boolean | undefined> = {};
  for (const option of interaction.options.data[0]?.options ?? []) {
    if (typeof option.value === 'string' || typeof option.value === 'boolean')
      options[option.name] = option.value;
  }
  const command = slashToCommand({
    command: interaction.commandName,
    subcommand: interaction.options.getSubcommand(false) ?? '',
    options,
  });
  await answer(interaction, command, deps);
}

export async function handleButton(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (!action) {
    await send(interaction, failedReply, { ephemeral: true });
    return;
  }
  if (action.kind === 'feedback') return vote(interaction, action, deps);
  const command: Command =
    action.kind === 'onthisday'
      ? { kind: 'onthisday', monthDay: action.monthDay }
      : { kind: 'ask', question: action.question };
  // Paging an ephemeral "on this day" edits it in place; paging a shared post must not change it for everyone.
  if (action.kind === 'onthisday' && interaction.message.flags.has(MessageFlags.Ephemeral)) {
    const reply = await run(command, contextOf(interaction, deps), deps);
    const [first] = render(reply, { onThisDay: action.monthDay });
    await interaction.update(first ?? {});
    return;
  }
  await answer(interaction, command, deps, action.kind === 'onthisday');
}

async function answer(interaction: Answerable, command: Command, deps: HandlerDeps, forcePrivate = false) {
  const admin = needsManageServer(command);
  if (admin && !isAdmin(interaction)) return send(interaction, notAllowedReply, { ephemeral: true });
  // Store I/O may be slow: acknowledge within Discord's 3 s, then edit the answer in.
  if (admin) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const context = contextOf(interaction, deps);
  const reply = await run(command, context, deps);
  const ephemeral = forcePrivate || admin || isPrivate(command, reply);
  const monthDay = command.kind === 'onthisday' ? (command.monthDay ?? context.today.slice(5)) : undefined;
  const question = command.kind === 'ask' ? command.question : undefined;
  await send(interaction, reply, {
    ephemeral,
    ...(monthDay ? { onThisDay: monthDay } : {}),
    ...(question ? { question } : {}),
  });
}

/** One vote per member and answer (voting again replaces it); the thanks is for the voter alone. */
async function vote(
  interaction: ButtonInteraction,
  action: Extract<ButtonAction, { kind: 'feedback' }>,
  deps: HandlerDeps,
): Promise<void> {
  if (!deps.store) return send(interaction, failedReply, { ephemeral: true });
  await recordVote(deps.store, deps.clock, {
    platform: 'discord',
    messageId: interaction.message.id,
    user: interaction.user.id,
    up: action.up,
    kind: action.replyKind,
    question: action.question,
    channel: interaction.channelId,
  });
  await interaction.reply({ content: texts.feedbackThanks(action.up), flags: MessageFlags.Ephemeral });
}

function isPrivate(command: Command, reply: Reply): boolean {
  return (
    command.kind === 'help' ||
    command.kind === 'invalid' ||
    ['help', 'invalid', 'limited'].includes(reply.kind)
  );
}

function isAdmin(interaction: Answerable): boolean {
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}

function contextOf(interaction: Answerable, deps: HandlerDeps): CommandContext {
  const asker = {
    channel: interaction.channelId ?? '',
    guild: interaction.guildId,
    user: interaction.user.id,
    isAdmin: isAdmin(interaction),
  };
  const context = discordContext(asker, deps.clock.now());
  // Slash commands have no reply chain; in a DM the whole conversation is one.
  if (!interaction.guildId)
    context.conversation = conversationKey({ platform: 'discord', dmUser: asker.user });
  return context;
}

function run(command: Command, context: CommandContext, deps: HandlerDeps): Promise<Reply> {
  return runCommand(command, context, commandDeps(deps));
}

interface SendOptions extends ComponentOptions {
  ephemeral: boolean;
}

/** First part answers the interaction (or fills the deferred reply); further parts are follow-ups. */
async function send(interaction: Answerable, reply: Reply, options: SendOptions): Promise<void> {
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  const parts = render(reply, options);
  for (const [index, part] of parts.entries()) {
    if (index > 0) await interaction.followUp({ ...part, ...(flags ? { flags } : {}) });
    else if (interaction.deferred) await interaction.editReply(part);
    else await interaction.reply({ ...part, ...(flags ? { flags } : {}) });
  }
}

function render(reply: Reply, options: ComponentOptions = {}) {
  return renderReply(reply, options).map((part) => ({ ...part, allowedMentions: noMentions() }));
}
