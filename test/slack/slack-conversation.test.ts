// End to end with the real core: follow-ups in a thread, fair-use limits with a stepped clock,
// help's example buttons and the App Home, through real Bolt against the fake Slack.
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDossier as dossier } from './fixture-dossier.js';
import { type Harness, startHarness } from './harness.js';
import {
  buttonClick,
  eventCallback,
  form,
  mention,
  message,
  postSigned,
  shownTexts,
  slashCommand,
} from './slack-requests.js';

const FORM = 'application/x-www-form-urlencoded';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

let events = 0;
async function send(event: Record<string, unknown>) {
  events += 1;
  const body = JSON.stringify(eventCallback(`EvConv${events}`, event));
  expect((await postSigned(h?.eventsUrl ?? '', body, 'application/json')).status).toBe(200);
}

/** The nth chat.postMessage (0-based), once it arrives. */
const post = (n: number) =>
  (h as Harness).fake.waitFor(() => h?.fake.callsTo('chat.postMessage')[n]?.args, `post ${n}`);

describe('GIVEN a question in a Slack thread', () => {
  it('WHEN a follow-up there leans on "she" THEN it is answered about the previous focus; in another thread it is not', async () => {
    h = await startHarness({ dossier });
    await h.subscriptions.updateSettings('slack', 'C0GENERAL', { mentionOnly: false });
    await send(mention('who is Mara Voss?', '1700000500.000100'));
    expect(shownTexts(await post(0))).toContain('Mara Voss');

    // An unmentioned reply in the bot's thread, as Slack delivers it.
    await send(message('what did she say?', '1700000501.000100', { thread_ts: '1700000500.000100' }));
    const followUp = await post(1);
    expect(followUp.thread_ts).toBe('1700000500.000100');
    expect(shownTexts(followUp)).toContain('Mara Voss (company');
    expect(shownTexts(followUp)).toContain('We have never been asked to hand over data');

    await send(mention('what did she say?', '1700000600.000100'));
    const elsewhere = await post(2);
    expect(elsewhere.thread_ts).toBe('1700000600.000100');
    expect(shownTexts(elsewhere)).toContain('do not quote anyone called she');
  });
});

describe('GIVEN a direct message', () => {
  it("WHEN the same person follows up THEN the DM is one conversation; another person's DM is not", async () => {
    h = await startHarness({ dossier });
    const dm = (text: string, ts: string, user = 'U0ASKER') =>
      message(text, ts, { channel: 'D0DM', channel_type: 'im', user });
    await send(dm('who is Mara Voss?', '1700000900.000100'));
    await post(0);
    await send(dm('what did she say?', '1700000901.000100'));
    expect(shownTexts(await post(1))).toContain('Mara Voss (company');
    await send(dm('what did she say?', '1700000902.000100', 'U0OTHER'));
    expect(shownTexts(await post(2))).toContain('do not quote anyone called she');
  });
});

describe('GIVEN the default fair-use limit of 20 questions a minute', () => {
  it('WHEN a person asks a 21st within the minute THEN only they are told, privately; the next minute is answered', async () => {
    let now = new Date('2024-12-12T10:00:00Z');
    h = await startHarness({ dossier, clock: { now: () => now } });
    for (let i = 0; i < 20; i++)
      await send(mention('who is Mara Voss?', `1700000700.${String(i).padStart(6, '0')}`));
    await post(19);

    await send(mention('who is Mara Voss?', '1700000720.000100'));
    const notice = await h.fake.waitFor(() => h?.fake.callsTo('chat.postEphemeral')[0]?.args, 'the notice');
    expect(notice.user).toBe('U0ASKER');
    expect(notice.thread_ts).toBe('1700000720.000100');
    expect(String(notice.text)).toMatch(/try again in \d+ seconds?/);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(20);

    now = new Date('2024-12-12T10:01:00Z');
    await send(mention('who is Mara Voss?', '1700000780.000100'));
    expect(shownTexts(await post(20))).toContain('Mara Voss');
    expect(h.fake.callsTo('chat.postEphemeral')).toHaveLength(1);
  });
});

describe('GIVEN help', () => {
  it('WHEN each example button is clicked THEN each gets a cited answer and none is recorded as not found', async () => {
    h = await startHarness({ dossier });
    const fake = h.fake;
    await postSigned(h.eventsUrl, form(slashCommand('help', fake.responseUrl('help'))), FORM);
    const help = await fake.waitFor(() => fake.responses.find((r) => r.id === 'help')?.body, 'help');
    const buttons = (help.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []))
      .filter((button) => button.action_id.startsWith('dossier_suggest_') && button.value !== 'sources');
    expect(buttons).toHaveLength(3);
    const container = {
      type: 'message',
      message_ts: '1700000800.000100',
      channel_id: 'C0GENERAL',
      is_ephemeral: true,
    };
    for (const [i, button] of buttons.entries()) {
      const payload = buttonClick(button.action_id, button.value, fake.responseUrl(`ex${i}`), container);
      await postSigned(h.eventsUrl, form({ payload: JSON.stringify(payload) }), FORM);
      const answer = await fake.waitFor(
        () => fake.responses.find((r) => r.id === `ex${i}`)?.body,
        `example ${i}`,
      );
      expect(shownTexts(answer)).toContain('*[1]*');
    }
    expect(await h.store.keys('unanswered:')).toEqual([]);
  });

  it('WHEN the App Home opens THEN the examples are buttons that ask them', async () => {
    h = await startHarness({ dossier });
    await send({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0HOME', tab: 'home', event_ts: '1' });
    const view = await h.fake.waitFor(() => h?.fake.callsTo('views.publish')[0]?.args, 'the home view');
    const shown = typeof view.view === 'string' ? view.view : JSON.stringify(view.view);
    expect(shown).toContain('"action_id":"dossier_suggest_0"');
    expect(shown).toContain('What did Mara Voss say?');
  });
});
