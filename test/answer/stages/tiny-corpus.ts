// Small corpora written for the stage tests: each test states the words it relies on.
import { type AnswerContext, buildContext } from '../../../src/answer/context.js';
import { parseCorpus } from '../../../src/index.js';

export function tinyContext(articles: Record<string, string>): AnswerContext {
  const encoder = new TextEncoder();
  return buildContext(
    parseCorpus(Object.entries(articles).map(([file, text]) => ({ file, bytes: encoder.encode(text) }))),
  );
}

/** One short article by Anna Berg: its headline and paragraphs. */
export function oneStory(headline: string, ...paragraphs: string[]): AnswerContext {
  return tinyContext({ 'story.txt': [headline, 'By Anna Berg', ...paragraphs].join('\n\n') });
}

/** A wire story and a profile about fictional companies, with roles, dates, numbers and quotes. */
export const STORIES = {
  'carrier.txt': `Nordlink drops Kestrel gear from its core network

By Anna Berg, Reuters

OSLO, March 3, 2020 – Nordlink, the Norwegian carrier, said on Tuesday it would remove Kestrel equipment from the core of its 5G network by 2022.

Nordlink's chief executive, Ola Strand, said the decision followed a security review. "We will not wait for a ban," Strand said.

Kestrel employs about 9,000 people and sells radios in 40 countries.

The Finnish operator Saimaa Mobile declined to exclude Kestrel and will keep its radios.
`,
  'profile.txt': `The quiet founder behind Kestrel Systems

By Mark Lee

Kestrel Systems was founded in 1998 by Ingrid Vale, an engineer from Bergen.

Vale, Kestrel's founder and chairwoman, rarely gives interviews. "We build radios, not politics," she said in 2019.

The company's finance chief, Tomas Eide, said revenue rose 12 percent last year.
`,
};
