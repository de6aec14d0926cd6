// Encodings a saved article really arrives in: each decodes to the same text, or is skipped with
// a reason that says what is wrong with it.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../src/corpus/analyse-document.js';
import { decodeText } from '../../src/corpus/decode-text.js';

const TEXT = 'Zürich café drops “smart” terminals\n\nThe chain said on Monday it had stopped using them.\n';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  return order === 'le' ? le : le.swap16();
}

describe('decodeText', () => {
  it.each([
    ['UTF-16 LE with a byte-order mark', utf16(TEXT, 'le', true)],
    ['UTF-16 BE with a byte-order mark', utf16(TEXT, 'be', true)],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
  ])('GIVEN %s THEN it decodes to the text, mark removed, without a warning', (_what, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: TEXT, warnings: [] });
  });

  it('GIVEN UTF-16 LE without a mark THEN it decodes and warns that the encoding was guessed', () => {
    const decoded = decodeText(utf16(TEXT, 'le', false));
    expect(decoded).toEqual({ ok: true, text: TEXT, warnings: ['no byte-order mark; read as UTF-16 LE'] });
  });

  it('GIVEN a UTF-16 mark followed by a broken surrogate THEN the reason names UTF-16, not "binary"', () => {
    const bytes = Buffer.concat([utf16('Title\n\nText', 'le', true), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({
      ok: false,
      reason: 'it starts with a UTF-16 LE byte-order mark, but the bytes after it are not valid UTF-16 LE',
    });
  });

  it('GIVEN random binary bytes with NULs THEN it is still skipped as binary', () => {
    expect(decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 7]))).toEqual({
      ok: false,
      reason: 'the file is binary, not text',
    });
  });

  it('GIVEN a Windows "Unicode" article THEN it is analysed like its UTF-8 copy', () => {
    const article = `Carrier pauses rollout\n\nBy Ann Lee\n\nThe carrier paused its rollout on Monday, its chief executive said.\n`;
    const fromUtf16 = analyseDocument({ file: 'a.txt', bytes: utf16(article, 'le', true) });
    const fromUtf8 = analyseDocument({ file: 'a.txt', bytes: Buffer.from(article) });
    expect(fromUtf16.ok && fromUtf16.doc.paragraphs).toEqual(fromUtf8.ok && fromUtf8.doc.paragraphs);
    expect(fromUtf16.ok && fromUtf16.doc.meta.title).toBe('Carrier pauses rollout');
  });
});
