// A slash command's subcommand and option values → the core's Command. Values that have a grammar
// (dates, times, zones) go through the core's parser so its checks and messages stay in one place.
import { type Command, parseCommand } from '../../src/index.js';
import { ADMIN_COMMAND, COMMAND } from './command-definitions.js';

export interface SlashInput {
  command: string;
  subcommand: string;
  options: Readonly<Record<string, string | boolean | undefined>>;
}

export function slashToCommand({ command, subcommand, options }: SlashInput): Command {
  const value = (name: string): string => {
    const raw = options[name];
    return typeof raw === 'string' ? raw.trim() : '';
  };
  const key = `${command} ${subcommand}`;
  switch (key) {
    case `${COMMAND} ask`:
      return { kind: 'ask', question: value('question') };
    case `${COMMAND} quotes`:
      return value('person') ? { kind: 'quotes', person: value('person') } : parseCommand('quotes');
    case `${COMMAND} who`:
      return value('name') ? { kind: 'who', name: value('name') } : parseCommand('who');
    case `${COMMAND} timeline`:
      return value('topic') ? { kind: 'timeline', topic: value('topic') } : { kind: 'timeline' };
    case `${COMMAND} sources`:
      return { kind: 'sources' };
    case `${COMMAND} help`:
      return { kind: 'help' };
    case `${COMMAND} onthisday`:
      return value('date') ? parseCommand(`onthisday ${oneWord(value('date'))}`) : { kind: 'onthisday' };
    case `${ADMIN_COMMAND} subscribe`:
      return subscribe(oneWord(value('time')), oneWord(value('timezone')), options.nearest);
    case `${ADMIN_COMMAND} unsubscribe`:
      return { kind: 'unsubscribe' };
    default:
      return { kind: 'help' };
  }
}

/** Commands that change a channel's subscription: Discord asks for Manage Server. */
export function needsManageServer(command: Command): boolean {
  return command.kind === 'subscribe' || command.kind === 'unsubscribe' || command.kind === 'settings';
}

function subscribe(time: string, zone: string, nearest: string | boolean | undefined): Command {
  const parsed = parseCommand(['subscribe', time, zone].filter(Boolean).join(' '));
  if (parsed.kind !== 'subscribe' || typeof nearest !== 'boolean') return parsed;
  return { ...parsed, emptyDay: nearest ? 'nearest' : 'skip' };
}

/** An option is one value: "09:00 nearest" must not smuggle in a second argument. */
function oneWord(text: string): string {
  return text.replace(/\s+/g, '_');
}
