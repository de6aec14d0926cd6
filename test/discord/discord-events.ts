// Gateway payloads as Discord sends them: slash commands, autocomplete, button clicks and messages.
import { ids, message, users } from './fake-discord.js';

let counter = 0n;
const nextId = () => String(700000000000000000n + ++counter);

type OptionValue = string | boolean;

export interface Asker {
  admin?: boolean;
  /** A DM instead of the guild channel. */
  dm?: boolean;
}

/** Manage Server (1 << 5) plus View Channel, or View Channel alone. */
const permissions = (admin: boolean) => (admin ? String(32 + 1024) : '1024');

function base(type: number, asker: Asker) {
  const id = nextId();
  const who = asker.admin ? users.admin : users.member;
  const where = asker.dm
    ? { channel_id: ids.dmChannel, channel: { id: ids.dmChannel, type: 1 }, user: who, context: 1 }
    : {
        guild_id: ids.guild,
        channel_id: ids.channel,
        channel: { id: ids.channel, type: 0, guild_id: ids.guild, name: 'news' },
        member: {
          user: who,
          roles: [],
          permissions: permissions(asker.admin ?? false),
          joined_at: '2024-01-01T00:00:00.000Z',
          deaf: false,
          mute: false,
          flags: 0,
          pending: false,
        },
        guild_locale: 'en-US',
        context: 0,
      };
  return {
    id,
    token: `token-${id}`,
    type,
    application_id: ids.application,
    version: 1,
    locale: 'en-US',
    app_permissions: '2048',
    entitlements: [],
    authorizing_integration_owners: { '0': ids.guild },
    ...where,
  };
}

const optionType = (value: OptionValue) => (typeof value === 'boolean' ? 5 : 3);

/** A `/command subcommand option:value…` interaction. */
export function slashCommand(
  command: string,
  subcommand: string,
  options: Record<string, OptionValue> = {},
  asker: Asker = {},
) {
  return {
    ...base(2, asker),
    data: {
      id: '600000000000000001',
      name: command,
      type: 1,
      options: [
        {
          type: 1,
          name: subcommand,
          options: Object.entries(options).map(([name, value]) => ({ type: optionType(value), name, value })),
        },
      ],
    },
  };
}

/** The user typing `typed` into `option` of `/command subcommand`. */
export function autocomplete(command: string, subcommand: string, option: string, typed: string) {
  return {
    ...base(4, {}),
    data: {
      id: '600000000000000001',
      name: command,
      type: 1,
      options: [
        { type: 1, name: subcommand, options: [{ type: 3, name: option, value: typed, focused: true }] },
      ],
    },
  };
}

/** A click on a button of one of the bot's messages. */
export function buttonClick(customId: string, options: { ephemeral?: boolean } = {}) {
  return {
    ...base(3, {}),
    data: { custom_id: customId, component_type: 2 },
    message: message({
      id: nextId(),
      channel: ids.channel,
      author: users.bot,
      flags: options.ephemeral ? 64 : 0,
    }),
  };
}

/**
 * A MESSAGE_CREATE from a member. Like real Discord for a bot without the Message Content intent,
 * a guild message that does not mention the bot arrives with empty content.
 */
export function userMessage(content: string, asker: Asker = {}) {
  const author = asker.admin ? users.admin : users.member;
  const mentionsBot = content.includes(`<@${ids.bot}>`) || content.includes(`<@!${ids.bot}>`);
  const visible = asker.dm || mentionsBot;
  return message({
    id: nextId(),
    channel: asker.dm ? ids.dmChannel : ids.channel,
    author,
    content: visible ? content : '',
    mentions: mentionsBot ? [users.bot] : [],
    mention_everyone: false,
    // Discord names the channel type, which is how a client learns an uncached channel is a DM.
    channel_type: asker.dm ? 1 : 0,
    ...(asker.dm
      ? {}
      : {
          guild_id: ids.guild,
          member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
        }),
  });
}
