// The curator's report: questions voted unhelpful, and the questions most often answered "not found",
// so they know which articles to add. Pure; no user ids in or out.
import { type FeedbackVote, normaliseQuestion, type UnansweredQuestion } from './feedback-store.js';

export interface UnhelpfulQuestion {
  question: string;
  kind: string;
  count: number;
  last: string;
}

export interface FeedbackReport {
  votes: { up: number; down: number };
  unhelpful: UnhelpfulQuestion[];
  notFound: UnansweredQuestion[];
}

export function feedbackReport(
  votes: FeedbackVote[],
  unanswered: UnansweredQuestion[],
  limit = 20,
): FeedbackReport {
  const down = new Map<string, UnhelpfulQuestion>();
  for (const vote of votes) {
    if (vote.vote !== 'down') continue;
    const key = `${vote.kind}|${normaliseQuestion(vote.question)}`;
    const seen = down.get(key);
    if (seen) {
      seen.count += 1;
      if (vote.at > seen.last) seen.last = vote.at;
    } else down.set(key, { question: vote.question, kind: vote.kind, count: 1, last: vote.at });
  }
  const byCount = <T extends { count: number; last: string }>(a: T, b: T) =>
    b.count - a.count || b.last.localeCompare(a.last);
  return {
    votes: {
      up: votes.filter((v) => v.vote === 'up').length,
      down: votes.filter((v) => v.vote === 'down').length,
    },
    unhelpful: [...down.values()].sort(byCount).slice(0, limit),
    notFound: [...unanswered].sort(byCount).slice(0, limit),
  };
}

export function feedbackReportText(report: FeedbackReport): string {
  const lines = [`Votes: ${report.votes.up} helpful, ${report.votes.down} not helpful.`, ''];
  lines.push('Voted not helpful (question · reply kind · votes · last):');
  if (report.unhelpful.length === 0) lines.push('  none');
  for (const q of report.unhelpful)
    lines.push(`  ${q.count}× "${q.question}" · ${q.kind} · last ${q.last.slice(0, 10)}`);
  lines.push('', 'Answered "not found" most often (add articles that cover these):');
  if (report.notFound.length === 0) lines.push('  none');
  for (const q of report.notFound) lines.push(`  ${q.count}× "${q.question}" · last ${q.last.slice(0, 10)}`);
  return lines.join('\n');
}
