// How a ban or permit reads in a reply ("Telvara: paused Huawei (March 2020)"), written once per
// corpus: "who banned X?" about the organisation nearly every article names walks ~20,000 events,
// and describing each one per question was most of its time. Equal texts share an id, so a reply
// counts its distinct items by number instead of building and hashing every string again.
import type { CorpusEvent } from '../corpus/types.js';
import type { Steps } from '../steps.js';
import { formatPartial, listNames } from './compose.js';

export interface RestrictionTexts {
  /** Distinct texts, by id. */
  texts: readonly string[];
  /** The text id of each event, in the order of the events given. */
  idOf: Int32Array;
}

/** Events described between two yields of describeEventsSteps. */
const PER_STEP = 1_000;

export function* describeEventsSteps(
  events: readonly CorpusEvent[],
  nameOf: (id: string) => string,
): Steps<RestrictionTexts> {
  const ids = new Map<string, number>();
  const texts: string[] = [];
  const idOf = new Int32Array(events.length);
  for (const [n, event] of events.entries()) {
    if (n % PER_STEP === PER_STEP - 1) yield;
    const text = describeEvent(event, nameOf);
    let id = ids.get(text);
    if (id === undefined) {
      id = texts.length;
      texts.push(text);
      ids.set(text, id);
    }
    idOf[n] = id;
  }
  return { texts, idOf };
}

export function describeEvent(event: CorpusEvent, nameOf: (id: string) => string): string {
  if (event.actors.length === 0) return event.source;
  const actors = listNames(event.actors.map(nameOf));
  const when = event.date ? ` (${formatPartial(event.date.iso)})` : '';
  return `${actors}: ${event.negated ? negatedAction(event) : event.action}${when}`;
}

/** "has not formally excluded Huawei": the action with its negation, as the article words it. */
function negatedAction(event: CorpusEvent): string {
  const at = event.source.indexOf(event.action);
  if (at < 0) return `not: ${event.action}`;
  const before = event.source.slice(Math.max(0, at - 40), at);
  const negation =
    /(?:\b(?:has|have|had|did|does|do|is|are|was|were|will|would|could|can|should)\s+)?(?:\bnot\b|\w+n['’]t\b|\bnever\b|\bdeclined to\b|\brefused to\b|\bno longer\b)[^.;]*$/i.exec(
      before,
    );
  return negation ? `${negation[0].trimStart()}${event.action}` : `not: ${event.action}`;
}
