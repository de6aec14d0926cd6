// The slash commands as Discord's REST API takes them. Everyone gets /dossier; subscribing a channel
// to the daily post lives in /dossier-admin, because default_member_permissions applies to a whole
// command: Discord hides it from members without Manage Server, and the adapter checks again in code
// (server admins can override command permissions per role).
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  type APIApplicationCommandBasicOption as BasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody as CommandBody,
  InteractionContextType,
  ApplicationCommandOptionType as Option,
  PermissionFlagsBits,
  type APIApplicationCommandSubcommandOption as SubcommandOption,
} from 'discord.js';

export const COMMAND = 'dossier';
export const ADMIN_COMMAND = 'dossier-admin';
/** Options whose values autocomplete from corpus people and organisations. */
export const entityOptions: ReadonlySet<string> = new Set(['person', 'name', 'topic']);
export const ZONE_OPTION = 'timezone';

type TextExtras = { required?: boolean; autocomplete?: boolean; min_length?: number; max_length?: number };

const text = (name: string, description: string, extra: TextExtras = {}): BasicOption =>
  ({ type: Option.String, name, description, ...extra }) as BasicOption;
const flag = (name: string, description: string): BasicOption => ({
  type: Option.Boolean,
  name,
  description,
});
const sub = (name: string, description: string, options: BasicOption[] = []): SubcommandOption => ({
  type: Option.Subcommand,
  name,
  description,
  options,
});

export const dossierCommand: CommandBody = {
  type: ApplicationCommandType.ChatInput,
  name: COMMAND,
  description: 'Ask the news archive; answers quote the articles word for word.',
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    sub('ask', 'Ask a question in your own words', [
      text('question', 'In your own words; /dossier help shows questions these articles answer', {
        required: true,
        max_length: 1000,
      }),
    ]),
    sub('quotes', 'What a person said, verbatim', [
      text('person', 'Who (autocompletes)', { required: true, autocomplete: true, max_length: 100 }),
    ]),
    sub('who', 'Who a person or organisation is', [
      text('name', 'Person or organisation (autocompletes)', {
        required: true,
        autocomplete: true,
        max_length: 100,
      }),
    ]),
    sub('timeline', 'Dated events, oldest first', [
      text('topic', 'Limit to a person, organisation or topic', { autocomplete: true, max_length: 100 }),
    ]),
    sub('sources', 'The articles I know'),
    sub('onthisday', 'What happened on this day in earlier years', [
      text('date', 'Month and day as MM-DD (default: today)', { min_length: 3, max_length: 10 }),
    ]),
    sub('help', 'What I can answer and how'),
  ],
};

export const adminCommand: CommandBody = {
  type: ApplicationCommandType.ChatInput,
  name: ADMIN_COMMAND,
  description: 'Daily "on this day" posts in this channel (needs Manage Server).',
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  options: [
    sub('subscribe', 'Post "on this day" here every day', [
      text('time', 'Local time of day, HH:MM', { min_length: 1, max_length: 5 }),
      text(ZONE_OPTION, 'IANA time zone, e.g. Europe/Oslo (autocompletes)', {
        autocomplete: true,
        max_length: 64,
      }),
      flag('nearest', 'On a day with nothing, post the nearest dates instead of skipping'),
    ]),
    sub('unsubscribe', 'Stop the daily post in this channel'),
  ],
};

/** What `npm run discord:register` sends. */
export const commandDefinitions: CommandBody[] = [dossierCommand, adminCommand];
