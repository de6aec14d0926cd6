// What a curator learns from users: 👍/👎 votes on answers and the questions the articles could not
// answer. Both live in the KeyValueStore; user ids stay in the vote's key (one vote per person and
// message) and never in what the report reads.
import type { Clock, KeyValueStore } from '../ports.js';
import type { Platform } from '../subscriptions/types.js';

export interface FeedbackVote {
  vote: 'up' | 'down';
  /** The reply's kind ("search", "not-found", …) and the question it answered. */
  kind: string;
  question: string;
  platform?: Platform;
  channel: string | null;
  at: string;
}

export interface UnansweredQuestion {
  question: string;
  count: number;
  last: string;
}

const VOTE_PREFIX = 'feedback:';
const UNANSWERED_PREFIX = 'unanswered:';
/** Not-found tallies a year old no longer say what to add. */
const UNANSWERED_TTL_MS = 365 * 24 * 60 * 60 * 1000;

export function feedbackKey(platform: Platform, messageId: string, user: string): string {
  return `${VOTE_PREFIX}${platform}:${messageId.slice(0, 100)}:${user.slice(0, 100)}`;
}

/** One vote per user and message: voting again replaces the vote. */
export async function recordVote(
  store: KeyValueStore,
  clock: Clock,
  vote: {
    platform: Platform;
    messageId: string;
    user: string;
    up: boolean;
    kind: string;
    question: string;
    channel: string | null;
  },
): Promise<void> {
  const record: FeedbackVote = {
    vote: vote.up ? 'up' : 'down',
    kind: vote.kind,
    question: vote.question,
    platform: vote.platform,
    channel: vote.channel,
    at: clock.now().toISOString(),
  };
  await store.set(feedbackKey(vote.platform, vote.messageId, vote.user), record);
}

/** "Who is X?", "who is x" and "who is X ?" are one question to a curator. */
export function normaliseQuestion(question: string): string {
  return question
    .toLowerCase()
    .replace(/[\s?!.]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

/** Counts a question the articles could not answer. Best effort: a store error loses one count. */
export async function recordUnanswered(store: KeyValueStore, clock: Clock, question: string): Promise<void> {
  const key = `${UNANSWERED_PREFIX}${normaliseQuestion(question)}`;
  try {
    const seen = await store.get<UnansweredQuestion>(key);
    const record = {
      question: question.trim().slice(0, 300),
      count: (seen?.count ?? 0) + 1,
      last: clock.now().toISOString(),
    };
    await store.set(key, record, UNANSWERED_TTL_MS);
  } catch {
    // The asker already has their answer; the tally is not worth an error.
  }
}

export async function readFeedback(
  store: KeyValueStore,
): Promise<{ votes: FeedbackVote[]; unanswered: UnansweredQuestion[] }> {
  const read = async <T>(prefix: string) =>
    (await Promise.all((await store.keys(prefix)).map((key) => store.get<T>(key)))).filter(
      (value): value is Awaited<T> & {} => value !== undefined && value !== null,
    );
  return {
    votes: await read<FeedbackVote>(VOTE_PREFIX),
    unanswered: await read<UnansweredQuestion>(UNANSWERED_PREFIX),
  };
}
