// The console chat `npm start` opens when no chat platform is configured: a prompt with history
// and /help, /sources, /quit; without a terminal it answers each stdin line and exits.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  answerFollowUp,
  type Command,
  type ConversationContext,
  type Dossier,
  isReadCommand,
  parseCommand,
  type Reply,
  readCommand,
} from '../../src/index.js';
import { renderConsole } from './render-console.js';

export interface ConsoleChatOptions {
  dossier: () => Dossier;
  input: Readable;
  output: Writable;
  interactive: boolean;
  /** Today's date "YYYY-MM-DD" for "on this day". */
  today: () => string;
}

const QUIT = /^\/?(quit|exit|bye|q)$/i;

/** The console session's conversation: "what did she say?" follows on from the last question. */
export interface ConsoleSession {
  context?: ConversationContext;
}

export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { output, interactive } = options;
  const lines = createInterface({
    input: options.input,
    output: interactive ? output : undefined,
    terminal: interactive,
    historySize: 200,
  });
  const session: ConsoleSession = {};
  if (interactive) {
    output.write(
      `${renderConsole(options.dossier().help(), true)}\n\nType a question, /help, /sources or /quit.\n`,
    );
    lines.setPrompt('dossier> ');
    lines.prompt();
  }
  for await (const line of lines) {
    const text = line.trim();
    if (QUIT.test(text)) break;
    if (text) output.write(`${renderConsole(consoleAnswer(options, text, session), interactive)}\n\n`);
    if (interactive) lines.prompt();
  }
  lines.close();
}

/** Slash lines are commands; the channel-only ones say where they work. */
export function consoleAnswer(
  options: Pick<ConsoleChatOptions, 'dossier' | 'today'>,
  text: string,
  session?: ConsoleSession,
): Reply {
  const command: Command = text.startsWith('/')
    ? parseCommand(text.slice(1))
    : { kind: 'ask', question: text };
  if (session && command.kind === 'ask') {
    const turn = answerFollowUp(
      options.dossier(),
      command.question,
      session.context,
      new Date(),
      options.today(),
    );
    if (turn.context) session.context = turn.context;
    return turn.reply;
  }
  if (isReadCommand(command)) return readCommand(command, options.dossier(), options.today());
  return {
    kind: 'invalid',
    found: false,
    text: 'Subscriptions and channel settings work in Slack and Discord, not in the console.',
    items: [],
    more: 0,
    citations: [],
    suggestions: ['/help'],
    entities: [],
  };
}
