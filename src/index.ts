// The core's public API: the only module adapters import.

export { MAX_QUESTION } from './answer/answer-question.js';
export { isTimeZone, normaliseMonthDay, parseCommand } from './commands/parse-command.js';
export {
  type CommandDeps,
  isReadCommand,
  type ReadCommand,
  readCommand,
  runCommand,
  type SessionDeps,
  type SessionOptions,
} from './commands/run-command.js';
export type * from './commands/types.js';
export {
  answerFollowUp,
  askInConversation,
  CONVERSATION_TTL_MS,
  type ConversationPlace,
  conversationKey,
  nextContext,
} from './conversation/conversation-memory.js';
export { namesEntity } from './conversation/names-entity.js';
export { type ConversationContext, resolveFollowUp } from './conversation/resolve-follow-up.js';
export { type ArticleResult, PARSER_VERSION, type Parsed, parseArticle } from './corpus/parse-article.js';
export {
  type ArticleEntry,
  assembleCorpus,
  assembleCorpusSteps,
  type ParseCache,
  parseCorpus,
} from './corpus/parse-corpus.js';
export { shareText } from './corpus/share-text.js';
export type * from './corpus/types.js';
export { createDossier, createDossierSteps, warmUp } from './dossier.js';
export type * from './dossier-types.js';
export { checkFairUse, DEFAULT_LIMITS, type FairUseLimits } from './fair-use/rate-limiter.js';
export { type Bucket, type RateLimit, takeToken } from './fair-use/token-bucket.js';
export { type FeedbackReport, feedbackReport, feedbackReportText } from './feedback/feedback-report.js';
export {
  type FeedbackVote,
  feedbackKey,
  readFeedback,
  recordUnanswered,
  recordVote,
  type UnansweredQuestion,
} from './feedback/feedback-store.js';
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
export { finish, type Steps } from './steps.js';
export { SubscriptionError } from './subscriptions/subscription-error.js';
export { createSubscriptionService } from './subscriptions/subscription-service.js';
export type * from './subscriptions/types.js';
export { texts } from './texts.js';
