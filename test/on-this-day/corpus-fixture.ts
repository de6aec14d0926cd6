// A small hand-built Corpus with known dates, for the on-this-day tests.
import type { Corpus, CorpusDocument, PartialDate, Sentence } from '../../src/corpus/types.js';

export function day(iso: string): PartialDate {
  const [year, month, dayOfMonth] = iso.split('-').map(Number);
  return { year: year ?? 0, month, day: dayOfMonth, precision: 'day', iso };
}

interface DocSpec {
  file: string;
  title: string;
  date: string | null;
  sentences: string[];
}

export function buildCorpus(specs: DocSpec[]): Corpus {
  const sentences: Sentence[] = [];
  const documents: CorpusDocument[] = specs.map((spec) => {
    const start = sentences.length;
    spec.sentences.forEach((text, index) => {
      sentences.push({ doc: spec.file, index, paragraph: index, text });
    });
    return {
      file: spec.file,
      title: spec.title,
      author: null,
      outlet: null,
      date: spec.date,
      url: null,
      raw: spec.sentences.join('\n\n'),
      paragraphs: spec.sentences,
      sentenceRange: [start, sentences.length],
      warnings: [],
    };
  });
  return { documents, sentences, entities: [], quotes: [], events: [], dates: [], warnings: [] };
}

/** Index in corpus.sentences of a document's n-th sentence. */
export function sentenceAt(corpus: Corpus, file: string, n: number): number {
  const doc = corpus.documents.find((d) => d.file === file);
  if (!doc) throw new Error(`no ${file}`);
  return doc.sentenceRange[0] + n;
}

/** Three articles like the seed corpus: 2018-12-12, 2019-01-23 and an undated one with mentions. */
export function seedLikeCorpus(): Corpus {
  const corpus = buildCorpus([
    {
      file: 'ansip.txt',
      title: 'Huawei hits back at security allegations',
      date: '2018-12-12',
      sentences: [
        'Huawei hits back at security allegations',
        'Huawei has hit back at security allegations made against the Chinese technology giant by Andrus Ansip.',
        'The company said it was surprised and disappointed by the comments.',
      ],
    },
    {
      file: 'tv2.txt',
      title: 'We don’t pose a security threat – honest – says Chinese telecoms giant',
      date: '2019-01-23',
      sentences: [
        'According to the Chinese tech company Huawei, there is absolutely no foundation for the idea that the company is a security threat.',
        'However, in a written answer to TV2, Huawei attempted to strike a reassuring note.',
      ],
    },
    {
      file: 'undated.txt',
      title: 'Huawei Deny Spying Risk',
      date: null,
      sentences: [
        'On 1 December 2018 Meng Wanzhou was arrested in Vancouver at the request of the United States.',
        'In December, 2018 UK telecoms company BT confirmed it was removing Huawei equipment.',
        'On 29 February 2016 something happened on a leap day.',
        'On 11 December 2018 Ansip warned about Huawei at a press conference.',
      ],
    },
  ]);
  const s = (n: number) => sentenceAt(corpus, 'undated.txt', n);
  corpus.events.push({
    kind: 'arrest',
    actors: ['canada'],
    action: 'arrested',
    verb: 'arrest',
    negated: false,
    targets: ['meng wanzhou'],
    scope: [],
    date: day('2018-12-01'),
    doc: 'undated.txt',
    sentence: s(0),
    source: corpus.sentences[s(0)]?.text ?? '',
  });
  corpus.dates.push(
    {
      date: day('2018-12-01'),
      phrase: 'On 1 December 2018',
      doc: 'undated.txt',
      sentence: s(0),
      relative: false,
    },
    {
      date: { year: 2018, month: 12, precision: 'month', iso: '2018-12' },
      phrase: 'In December, 2018',
      doc: 'undated.txt',
      sentence: s(1),
      relative: false,
    },
    {
      date: day('2016-02-29'),
      phrase: 'On 29 February 2016',
      doc: 'undated.txt',
      sentence: s(2),
      relative: false,
    },
    {
      date: day('2018-12-11'),
      phrase: 'On 11 December 2018',
      doc: 'undated.txt',
      sentence: s(3),
      relative: false,
    },
    // The article about Ansip mentions its own day: it must still be listed once.
    {
      date: day('2018-12-12'),
      phrase: 'today',
      doc: 'ansip.txt',
      sentence: sentenceAt(corpus, 'ansip.txt', 1),
      relative: true,
    },
  );
  return corpus;
}
