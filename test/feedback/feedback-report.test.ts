import { describe, expect, it } from 'vitest';
import { type FeedbackVote, feedbackReport, feedbackReportText } from '../../src/index.js';

const vote = (v: 'up' | 'down', question: string, at: string, kind = 'search'): FeedbackVote => ({
  vote: v,
  kind,
  question,
  platform: 'slack',
  channel: 'C1',
  at,
});

describe('feedbackReport', () => {
  it('GIVEN votes THEN groups the down votes by question and kind, most voted first, with the last date', () => {
    const report = feedbackReport(
      [
        vote('down', 'Who is X?', '2024-01-01T00:00:00Z'),
        vote('down', 'who is x', '2024-02-01T00:00:00Z'),
        vote('down', 'when?', '2024-01-05T00:00:00Z', 'when'),
        vote('up', 'who is x', '2024-03-01T00:00:00Z'),
      ],
      [
        { question: 'a', count: 1, last: '2024-01-01T00:00:00Z' },
        { question: 'b', count: 4, last: '2024-01-01T00:00:00Z' },
      ],
    );
    expect(report.votes).toEqual({ up: 1, down: 3 });
    expect(report.unhelpful).toEqual([
      { question: 'Who is X?', kind: 'search', count: 2, last: '2024-02-01T00:00:00Z' },
      { question: 'when?', kind: 'when', count: 1, last: '2024-01-05T00:00:00Z' },
    ]);
    expect(report.notFound.map((q) => q.question)).toEqual(['b', 'a']);
    expect(feedbackReportText(report)).toContain('2× "Who is X?" · search · last 2024-02-01');
  });
});
