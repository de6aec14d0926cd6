// Help, the list of sources and article summaries: what the bot is and what it holds.
import type { Entity } from '../corpus/types.js';
import type { Reply } from '../reply.js';
import { formatPartial, ReplyDraft } from './compose.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { retrieve } from './retrieve.js';
import { terms } from './terms.js';

export function answerSources(ctx: AnswerContext): Reply {
  const docs = [...ctx.corpus.documents].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  if (docs.length === 0)
    return notFound(ctx, 'There are no articles yet: add .txt or .md files to the corpus folder.');
  const draft = new ReplyDraft('sources', `${docs.length} article${docs.length === 1 ? '' : 's'}:`);
  for (const doc of docs) {
    const by = [doc.author, doc.outlet].filter(Boolean).join(', ');
    draft.item(
      `${doc.title}${by ? ` — ${by}` : ''}${doc.date ? ` (${formatPartial(doc.date)})` : ' (undated)'}`,
      ctx.cite(doc.sentenceRange[0]),
    );
  }
  return draft.build(true, 3000);
}

/** "Who wrote about SoftBank?": the bylines of the articles that cover it. */
export function answerAuthorsOf(ctx: AnswerContext, topic: string): Reply {
  const entities = ctx.linker.find(topic).map((f) => f.entity);
  // A name alone ("who wrote about Huawei?"): every article that names it, not the best passages'.
  const onlyNames = terms(topic).every((t) => entities.some((e) => terms(e.name).includes(t)));
  const byName = entities.length > 0 && onlyNames;
  const files = new Set(
    byName
      ? documentsNaming(entities)
      : retrieve(ctx, topic, { entities })
          .filter((p) => p.coverage >= 0.6)
          .map((p) => ctx.corpus.sentences[p.sentence]?.doc),
  );
  const docs = ctx.corpus.documents.filter((d) => files.has(d.file));
  if (docs.length === 0) return notFound(ctx, `No article covers ${topic}.`);
  const one = docs.length === 1;
  const verb = byName ? (one ? 'names' : 'name') : one ? 'is about' : 'are about';
  const draft = new ReplyDraft('sources', `${docs.length} ${one ? 'article' : 'articles'} ${verb} ${topic}:`);
  for (const doc of docs) {
    const by = doc.author ? `by ${doc.author}` : 'no byline';
    draft.item(
      `“${doc.title}” ${by}${doc.date ? ` (${formatPartial(doc.date)})` : ''}`,
      ctx.citeText(doc.file, doc.author ?? doc.title),
    );
  }
  return draft.build();
}

export function answerSummary(ctx: AnswerContext, about?: string): Reply {
  const passage = about ? retrieve(ctx, about).find((p) => p.coverage >= 0.5) : undefined;
  const file = passage ? ctx.corpus.sentences[passage.sentence]?.doc : ctx.corpus.documents[0]?.file;
  const doc = file ? ctx.document(file) : undefined;
  if (!doc) return notFound(ctx, `No article is about ${about ?? 'that'}.`);
  const draft = new ReplyDraft(
    'summary',
    `“${doc.title}”${doc.date ? ` (${formatPartial(doc.date)})` : ''}:`,
  );
  for (let s = doc.sentenceRange[0]; s < Math.min(doc.sentenceRange[1], doc.sentenceRange[0] + 3); s++) {
    draft.item(ctx.corpus.sentences[s]?.text ?? '', ctx.cite(s));
  }
  return draft.build();
}

/** The files that name every one of the entities. */
function documentsNaming(entities: readonly Entity[]): string[] {
  const [first, ...rest] = entities.map((e) => new Set(e.mentions.map((m) => m.doc)));
  return [...(first ?? [])].filter((doc) => rest.every((docs) => docs.has(doc)));
}
