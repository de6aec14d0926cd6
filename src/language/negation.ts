// Negation cues, once: a question that asks what is *not* so ("What is not the main judicial body
// of the EU?") is answered only by a text that says something is not so. The cues are the usual
// English ones (NegEx-style): particles, negative pronouns, "without", "cannot", "unable", "lack",
// "fail", "refuse".

/** A negation anywhere in a text. */
export const NEGATION_CUE =
  /\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot|unable|lack(?:s|ed|ing)?|fail(?:s|ed|ing)?|refus(?:e|es|ed|ing))\b|n['’]t\b/i;

/** The plain negations a question asks with; "lacks", "fails to" in a question are its topic. */
const QUESTION_NEGATION = /\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot)\b|n['’]t\b/i;

/** "whether or not", "may or may not", "not only … but", "if not": no claim that something is not so;
 * nor "warned people not to pour …": a warning or an order, whose words are the topic. */
const NOT_A_CLAIM =
  /\bor (?:\w+ )?not\b|\bnot only\b|\bif not\b|\bno matter\b|\b(?:warn|urg|tell|told|ask|advis|order|instruct|remind|encourag)\w*\s+(?:\w+\s+){0,3}?not to\b/gi;

/** Whether a question asks about something that is not so. */
export function negatedQuestion(text: string): boolean {
  return QUESTION_NEGATION.test(text.replace(NOT_A_CLAIM, ' '));
}
