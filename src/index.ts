// The core's public API: the only module adapters import.

export { MAX_QUESTION } from './answer/answer-question.js';
export { isTimeZone, normaliseMonthDay, parseCommand } from './commands/parse-command.js';
export {
  type CommandDeps,
  isReadCommand,
  type ReadCommand,
  readCommand,
  runCommand,
} from './commands/run-command.js';
export type * from './commands/types.js';
export { type ParseCache, parseCorpus } from './corpus/parse-corpus.js';
export type * from './corpus/types.js';
export { createDossier } from './dossier.js';
export type * from './dossier-types.js';
export { isValidZone, localDate } from './on-this-day/local-date.js';
export { formatMonthDay, isMonthDay } from './on-this-day/month-day.js';
export { onThisDay } from './on-this-day/on-this-day.js';
export { onThisDayReply } from './on-this-day/on-this-day-reply.js';
export {
  type DailySchedule,
  lastRun,
  nextRun,
  type SlotDecision,
  slotDecision,
} from './on-this-day/schedule.js';
export type { OnThisDayItem, OnThisDayOptions, OnThisDayResult } from './on-this-day/types.js';
export type * from './ports.js';
export { systemClock } from './ports.js';
export type * from './reply.js';
export { replyToPlainText } from './reply.js';
export { SubscriptionError } from './subscriptions/subscription-error.js';
export { createSubscriptionService } from './subscriptions/subscription-service.js';
export type * from './subscriptions/types.js';
export { texts } from './texts.js';
