import { describe, expect, it } from 'vitest';
import { renderComponents } from '../../adapters/discord/render-components.js';
import { reply } from './doubles.js';

const ids = (rows: ReturnType<typeof renderComponents>) =>
  rows.map((row) => row.components.map((b) => 'custom_id' in b && b.custom_id));

describe('renderComponents', () => {
  it('GIVEN an on-this-day date THEN previous and next buttons carry the neighbouring days', () => {
    const rows = renderComponents(reply({ kind: 'on-this-day' }), { onThisDay: '01-01' });
    expect(ids(rows)[0]).toEqual(['dossier:otd:12-31', 'dossier:otd:01-02']);
  });

  it('GIVEN suggestions THEN at most four distinct ones become buttons and over-long ones are left out', () => {
    const suggestions = ['Who is Ren?', 'Who is Ren?', 'x'.repeat(120), 'a?', 'b?', 'c?', 'd?'];
    const rows = renderComponents(reply({ kind: 'help', suggestions }));
    expect(ids(rows)).toEqual([
      ['dossier:ask:Who is Ren?', 'dossier:ask:a?', 'dossier:ask:b?', 'dossier:ask:c?'],
    ]);
  });

  it('GIVEN a suggestion with a mention THEN its label is neutralised', () => {
    const [row] = renderComponents(reply({ suggestions: ['What did @everyone say?'] }));
    const label = row?.components[0] && 'label' in row.components[0] ? row.components[0].label : '';
    expect(label).toBe('What did @\u200beveryone say?');
  });

  it('GIVEN nothing to click THEN there are no rows', () => {
    expect(renderComponents(reply({ kind: 'help' }))).toEqual([]);
  });

  it('GIVEN an answer THEN 👍/👎 buttons carry the reply kind and the question, cut to fit an id', () => {
    const rows = renderComponents(reply({ kind: 'quotes' }), { question: 'what did Lena Okafor say?' });
    expect(ids(rows)).toEqual([
      ['dossier:fb:up:quotes:what did Lena Okafor say?', 'dossier:fb:down:quotes:what did Lena Okafor say?'],
    ]);
    const long = renderComponents(reply(), { question: 'why '.repeat(50) });
    for (const id of ids(long).flat()) expect(String(id).length).toBeLessThanOrEqual(100);
  });

  it('GIVEN help, a refusal or a fair-use notice THEN there is nothing to vote on', () => {
    for (const kind of ['help', 'invalid', 'limited'] as const)
      expect(renderComponents(reply({ kind }))).toEqual([]);
  });
});
