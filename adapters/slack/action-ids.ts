// Block Kit action ids the adapter renders and listens for. Suggestion buttons need one id each
// (ids must be unique within a message), so they carry their position as a suffix.
export const ACTION_IDS = {
  suggestionPrefix: 'dossier_suggest_',
  feedbackUp: 'dossier_feedback_up',
  feedbackDown: 'dossier_feedback_down',
  share: 'dossier_share',
} as const;

/** Matches every suggestion button's action id; linear (no nested quantifiers). */
export const SUGGESTION_ACTION = /^dossier_suggest_\d{1,2}$/;

export const FEEDBACK_ACTION = /^dossier_feedback_(?:up|down)$/;

/** What a feedback button carries: the reply kind and the question, so a stored vote means something. */
export function encodeFeedback(kind: string, question: string, max: number): string {
  return `${kind}|${question}`.slice(0, max);
}

export function decodeFeedback(value: string): { kind: string; question: string } {
  const bar = value.indexOf('|');
  return bar < 0
    ? { kind: value, question: '' }
    : { kind: value.slice(0, bar), question: value.slice(bar + 1) };
}
