// "Who banned X?": restriction events grouped by actor, with the actors that allowed or declined
// to ban for balance; "did the EU ban X?" answered from the same events.

import { canonicalPlace } from '../corpus/lexicon.js';
import type { CorpusEvent, Entity } from '../corpus/types.js';
import type { EntityKind } from '../language/answer-types.js';
import type { Reply } from '../reply.js';
import { listNames, ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { describeEvent } from './restriction-texts.js';
import { stem, terms } from './terms.js';

export interface RestrictionAsk {
  /** Only actors of this kind, named by this plural noun ("countries"). */
  actors?: { noun: string; kind: EntityKind };
  /** The question asks how many. */
  count?: boolean;
  /** The question asks who acted ("who banned drones?"), so a target that is no name may be met
   * by its words; "what could justify restrictions on X?" asks something else. */
  byActors?: boolean;
  /** Actors the question sets aside ("which carriers other than Nordlink …"). */
  except?: (actor: Entity) => boolean;
}

export function answerRestriction(
  ctx: AnswerContext,
  allow: boolean,
  targetText?: string,
  ask: RestrictionAsk = {},
): Reply {
  const target = targetText ? linkTarget(ctx, targetText) : undefined;
  // A target that is no name ("drones", "the cameras") is met by its words in the event's sentence.
  const words = targetText && !target && ask.byActors ? terms(targetText) : [];
  if (targetText && !target && words.length === 0)
    return notFound(ctx, `The articles report no restrictions on "${targetText}".`);
  const targetDocs = new Set(target?.mentions.map((m) => m.doc));
  // The sentences naming the target, marked once: a common target is named in tens of thousands.
  const named = new Uint8Array(target ? ctx.corpus.sentences.length : 0);
  for (const m of target?.mentions ?? []) named[m.sentence] = 1;
  const about = (e: CorpusEvent) =>
    target
      ? e.targets.includes(target.id) || named[e.sentence] === 1
      : words.every((w) => ctx.passages.termSetOf(e.sentence).has(w));
  const kind = ask.actors?.kind;
  const except = ask.except;
  const actorsOf = (e: CorpusEvent) =>
    kind || except
      ? e.actors.filter((id) => {
          const actor = ctx.entity(id);
          return (!kind || actor?.type === kind) && !(except && actor && except(actor));
        })
      : e.actors;
  // Only bans and permits are read, not every event of the corpus; kept as positions in that list,
  // where each event's reply text is written once per corpus (restriction-texts.ts).
  const events = ctx.restrictionEvents;
  const restrictions: number[] = [];
  const declined: number[] = [];
  for (const [n, e] of events.entries()) {
    if (!actorsOf(e).length) continue;
    if (e.kind === 'restriction' && !e.negated) {
      if (about(e)) restrictions.push(n);
    } else if (
      // "did not ban any vendor" names no target and still answers "who banned X?".
      about(e) ||
      (e.targets.length === 0 && (target ? targetDocs.has(e.doc) : !targetText))
    )
      declined.push(n);
  }
  const [main, other] = allow ? [declined, restrictions] : [restrictions, declined];
  const targetName = target?.name ?? targetText ?? 'anyone';
  if (main.length === 0) {
    return notFound(
      ctx,
      allow
        ? `The articles report no one allowing ${targetName}.`
        : `The articles report no restrictions on ${targetName}.`,
    );
  }
  const eventAt = (n: number) => events[n] as CorpusEvent;
  const actors = [...new Set(main.flatMap((n) => actorsOf(eventAt(n))))].map(
    (id) => ctx.entity(id)?.name ?? id,
  );
  // "How many countries …": the number the articles name, never more than they name.
  const who = ask.count
    ? `${actors.length} ${ask.actors?.noun ?? 'of them'} (${listNames(actors)})`
    : listNames(actors);
  const draft = new ReplyDraft(
    'restriction',
    allow
      ? `According to the articles, ${who} allowed ${targetName} or declined to ban it:`
      : `According to the articles, ${who} restricted ${targetName}:`,
  );
  if (target) draft.entity(target.name);
  const { texts, idOf } = ctx.restrictionTexts;
  // Equal texts are one item: only each text's first event is offered to the draft.
  const offered = new Uint8Array(texts.length);
  for (const n of main) {
    const id = idOf[n] ?? 0;
    if (offered[id]) continue;
    offered[id] = 1;
    draft.itemCiting(texts[id] ?? '', () => [ctx.cite(eventAt(n).sentence)]);
  }
  for (const n of other.slice(0, 3)) {
    const event = eventAt(n);
    draft.item(`${allow ? 'But' : 'For balance'}: ${texts[idOf[n] ?? 0]}`, ctx.cite(event.sentence));
  }
  draft.suggest(allow ? `Who banned ${targetName}?` : `Who allowed ${targetName}?`, 'timeline');
  return draft.build();
}

/** Yes/no: "did the EU ban Huawei?" */
export function answerYesNo(ctx: AnswerContext, actorText: string, verb: string, targetText?: string): Reply {
  const actor = ctx.linker.link(actorText.replace(/^(the|a|an) /i, ''));
  if (!actor) return notFound(ctx, `The articles do not mention ${actorText}.`);
  const target = targetText ? linkTarget(ctx, targetText) : undefined;
  if (targetText && !target) return notFound(ctx, `The articles do not mention ${targetText}.`);
  const all = ctx.restrictionEvents.filter(
    (e) =>
      (e.kind === 'restriction' || e.kind === 'allowance') &&
      e.actors.includes(actor.id) &&
      // "did not ban any vendor" names no target and still answers "did X ban Y?".
      (!target ||
        e.targets.includes(target.id) ||
        mentions(ctx, target, e.sentence) ||
        e.targets.length === 0),
  );
  // The verb asked about decides when the articles report several actions.
  const asked = stem(verb);
  const same = all.filter((e) => stem(e.verb) === asked);
  const events = same.length ? same : all;
  if (events.length === 0) {
    // "Did Poland exclude Huawei?" when the article says "the ministry declined to exclude Huawei".
    const docs = new Set(actor.mentions.map((m) => m.doc));
    const related = ctx.restrictionEvents.filter(
      (e) =>
        (e.kind === 'restriction' || e.kind === 'allowance') &&
        docs.has(e.doc) &&
        target &&
        (e.targets.includes(target.id) || mentions(ctx, target, e.sentence)) &&
        // Another country's action says nothing about this one's: only its own institutions count.
        !e.actors.some((id) => canonicalPlace(ctx.entity(id)?.name ?? id) !== undefined),
    );
    if (related.length === 0)
      return notFound(
        ctx,
        `The articles do not say that ${actor.name} restricted ${target?.name ?? targetText ?? 'anyone'}.`,
      );
    const draft = new ReplyDraft(
      'yes-no',
      `The articles do not say that ${actor.name} itself did; about ${target?.name} the same articles report:`,
    ).entity(actor.name);
    for (const event of related) draft.item(describe(ctx, event), ctx.cite(event.sentence));
    return draft.build();
  }
  const no = events.some((e) => e.negated || e.kind === 'allowance');
  const yes = events.some((e) => !e.negated && e.kind === 'restriction');
  const lead =
    yes && no
      ? `Partly: ${actor.name} restricted some things but not others.`
      : yes
        ? `Yes, according to the articles ${actor.name} did.`
        : `No, according to the articles ${actor.name} did not.`;
  const draft = new ReplyDraft('yes-no', lead).entity(actor.name);
  for (const event of events) draft.item(describe(ctx, event), ctx.cite(event.sentence));
  return draft.build();
}

export function describe(ctx: AnswerContext, event: CorpusEvent): string {
  return describeEvent(event, (id) => ctx.entity(id)?.name ?? id);
}

function linkTarget(ctx: AnswerContext, text: string): Entity | undefined {
  return (
    ctx.linker.link(text) ??
    ctx.linker.find(text).find((f) => f.entity.type !== 'place')?.entity ??
    ctx.linker.find(text)[0]?.entity
  );
}

/** Through the per-sentence index: an entity may have tens of thousands of mentions. */
function mentions(ctx: AnswerContext, entity: Entity, sentence: number): boolean {
  return ctx.mentionsIn(sentence).includes(entity);
}
