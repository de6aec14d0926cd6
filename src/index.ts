// The core's public API: the only module adapters import.
export type * from './corpus/types.js';
export type * from './reply.js';
export type * from './ports.js';
export type * from './dossier-types.js';
export type * from './subscriptions/types.js';
export type * from './commands/types.js';
export { replyToPlainText } from './reply.js';
export { systemClock } from './ports.js';
export { parseCommand, normaliseMonthDay, isTimeZone } from './commands/parse-command.js';
export { runCommand, type CommandDeps } from './commands/run-command.js';
export { texts } from './texts.js';
