// Example questions for help, App Home and the empty-question reply, taken from the loaded corpus
// (its most quoted people, most named people and organisations, dated events) and kept only when the
// answer engine really answers them: help shows what works on these articles, never a fixed topic.
import type { Corpus } from '../corpus/types.js';
import { formatPartialDate } from '../on-this-day/month-day.js';
import type { Reply } from '../reply.js';
import { byCount, mostNamed, mostQuoted } from './corpus-highlights.js';

export const EXAMPLE_COUNT = 3;
/** Long examples make poor buttons (Discord ids hold 100 characters, labels 80). */
const MAX_EXAMPLE = 70;

export function exampleQuestions(
  corpus: Corpus,
  answer: (question: string) => Reply,
  count = EXAMPLE_COUNT,
): string[] {
  const picked: string[] = [];
  const kinds = new Set<string>();
  const later: string[] = [];
  for (const question of candidates(corpus)) {
    if (picked.length >= count) break;
    if (question.length > MAX_EXAMPLE || picked.includes(question) || later.includes(question)) continue;
    const reply = answer(question);
    if (!reply.found) continue;
    // Three kinds of answer show more of what the bot does than three of one kind.
    if (kinds.has(reply.kind)) later.push(question);
    else {
      kinds.add(reply.kind);
      picked.push(question);
    }
  }
  return [...picked, ...later].slice(0, count);
}

/** Questions this corpus suggests, most promising first; each still has to be answered to count. */
function candidates(corpus: Corpus): string[] {
  const speakers = mostQuoted(corpus);
  const people = mostNamed(corpus, 'person');
  const organisations = mostNamed(corpus, 'org');
  const named = new Map(corpus.entities.map((e) => [e.id, e.name]));
  const targets = byCount(
    corpus.events
      .filter((e) => e.kind === 'restriction')
      .flatMap((e) => e.targets.map((t) => named.get(t) ?? '')),
  );
  const days = byCount(
    corpus.events.filter((e) => e.date?.precision === 'day').map((e) => formatPartialDate(e.date?.iso)),
  );
  const out: string[] = [];
  for (let i = 0; i < 3; i++) {
    const speaker = speakers[i];
    const person = people[i];
    const organisation = organisations[i];
    const target = targets[i];
    const day = days[i];
    if (speaker) out.push(`What did ${speaker} say?`);
    if (target) out.push(`Who restricted ${target}?`);
    if (person) out.push(`Who is ${person}?`);
    if (day) out.push(`What happened on ${day}?`);
    if (organisation) out.push(`What did ${organisation} do?`);
  }
  return out;
}
