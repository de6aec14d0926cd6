import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { consoleAnswer, runConsoleChat } from '../../adapters/cli/console-chat.js';
import { createDossier, parseCorpus } from '../../src/index.js';
import { fixtureSourceFiles } from '../fixtures/articles.js';

const dossier = createDossier(parseCorpus(fixtureSourceFiles()));
const options = { dossier: () => dossier, today: () => '2020-03-05' };

describe('console chat', () => {
  it('GIVEN piped questions THEN answers each one and ends at the end of input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk) => (text += chunk));
    const done = runConsoleChat({ ...options, input, output, interactive: false });
    input.end('who is Lars Ekholm?\nwhat did Elon Musk say?\n');
    await done;
    expect(text).toContain('Lars Ekholm');
    expect(text).toContain('do not quote anyone called Elon Musk');
  });

  it('GIVEN /quit THEN stops reading before later lines', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk) => (text += chunk));
    const done = runConsoleChat({ ...options, input, output, interactive: false });
    input.end('/quit\nwho is Lars Ekholm?\n');
    await done;
    expect(text).toBe('');
  });

  it('GIVEN slash commands THEN routes them to the matching core call', () => {
    expect(consoleAnswer(options, '/sources').kind).toBe('sources');
    expect(consoleAnswer(options, '/help').kind).toBe('help');
    expect(consoleAnswer(options, '/onthisday 13-45').kind).toBe('invalid');
    expect(consoleAnswer(options, '/subscribe 09:00').text).toContain('Slack and Discord');
  });

  it('GIVEN a follow-up with a pronoun THEN the session answers it about the previous question', () => {
    const session = {};
    expect(consoleAnswer(options, 'who is Lars Ekholm?', session).found).toBe(true);
    const followUp = consoleAnswer(options, 'what did he say?', session);
    expect(followUp.kind).toBe('quotes');
    expect(followUp.text).toContain('Lars Ekholm');
    // Without the session, the same words are a question about nobody.
    expect(consoleAnswer(options, 'what did he say?').text).not.toContain('Lars Ekholm');
  });
});
