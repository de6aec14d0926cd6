// Help, examples and hints come from the loaded corpus: on articles about another topic, nothing
// about the first corpus (Huawei, Ren Zhengfei, Meng Wanzhou) may show.
import { describe, expect, it } from 'vitest';
import { parseCommand, replyToPlainText } from '../../src/index.js';
import { fixtureDossier } from '../discord/fixture-dossier.js';

const FIRST_CORPUS = /huawei|ren zhengfei|\bren\b|meng|5g controversy/i;
const dossier = fixtureDossier();
const shown = (reply: ReturnType<typeof dossier.help>) =>
  `${replyToPlainText(reply)}\n${reply.suggestions.join('\n')}`;

describe('GIVEN a corpus about another topic', () => {
  it('THEN help offers three examples, each answered (found) by that corpus', () => {
    const help = dossier.help();
    const examples = help.suggestions.filter((s) => s !== 'sources');
    expect(examples).toHaveLength(3);
    for (const question of examples) expect(dossier.answer(question).found, question).toBe(true);
  });

  it('THEN help, the empty question and the quotes hint never name the first corpus', () => {
    const texts = [
      shown(dossier.help()),
      shown(dossier.answer('   ')),
      shown(dossier.answer('what can you do?')),
      shown(dossier.quotes('')),
    ];
    expect(parseCommand('quotes')).toEqual({ kind: 'quotes', person: '' });
    for (const text of texts) expect(text).not.toMatch(FIRST_CORPUS);
    expect(texts[1]).toContain('e.g. "');
    expect(texts[3]).toMatch(/quotes \w+/);
  });
});
