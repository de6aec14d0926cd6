// "/dossier <text>" → Command. Unknown subcommands are questions, so users can just ask.

import type { ChannelSettings } from '../subscriptions/types.js';
import type { Command } from './types.js';

const MAX_COMMAND = 10_000;

export function parseCommand(input: string): Command {
  const text = input.slice(0, MAX_COMMAND).trim();
  const match = /^\/?([a-z-]+)\b\s*(.*)$/is.exec(text);
  const word = match?.[1]?.toLowerCase() ?? '';
  const rest = (match?.[2] ?? '').trim();
  switch (word) {
    case 'help':
    case '?':
      return rest ? ask(text) : { kind: 'help' };
    case 'sources':
    case 'articles':
      return rest ? ask(text) : { kind: 'sources' };
    case 'quotes':
      // No name: the Dossier answers with a hint that names someone this corpus really quotes.
      return { kind: 'quotes', person: rest };
    case 'who':
      // "who Meng Wanzhou" is a lookup; "who barred Signalhold?" and "who is X" are questions.
      return rest && isNameLookup(rest) ? { kind: 'who', name: rest } : ask(text);
    case 'timeline':
      return rest ? { kind: 'timeline', topic: rest } : { kind: 'timeline' };
    case 'onthisday':
    case 'on-this-day':
      return parseOnThisDay(rest);
    case 'subscribe':
      return parseSubscribe(rest);
    case 'unsubscribe':
      return { kind: 'unsubscribe' };
    case 'settings':
      return parseSettings(rest);
    default:
      return ask(text);
  }
}

function isNameLookup(rest: string): boolean {
  if (/\?$/.test(rest)) return false;
  const words = rest.split(/\s+/);
  return (
    words.length <= 4 &&
    !words.some(
      (w) =>
        /^(is|are|was|were|did|does|do|has|have|had|said|says|will|can)$/i.test(w) || /^[a-z]+ed$/.test(w),
    )
  );
}

const ask = (question: string): Command => ({ kind: 'ask', question });
const invalid = (message: string): Command => ({ kind: 'invalid', message });

function parseOnThisDay(rest: string): Command {
  if (!rest || /^today$/i.test(rest)) return { kind: 'onthisday' };
  const monthDay = normaliseMonthDay(rest);
  return monthDay
    ? { kind: 'onthisday', monthDay }
    : invalid(`"${rest}" is not a date. Use MM-DD, e.g. \`onthisday 12-12\`.`);
}

/** "12-12", "12/12", "2018-12-12" → "12-12"; null when not a real calendar day. */
export function normaliseMonthDay(text: string): string | null {
  const m = /^(?:\d{4}-)?(\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (!daysIn || day < 1 || day > daysIn) return null;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function parseSubscribe(rest: string): Command {
  const command: Command & { kind: 'subscribe' } = { kind: 'subscribe' };
  for (const word of rest.split(/\s+/).filter(Boolean).slice(0, 10)) {
    const time = /^(\d{1,2})(?::(\d{2}))?$/.exec(word);
    if (time) {
      const hours = Number(time[1]);
      const minutes = Number(time[2] ?? '0');
      if (hours > 23 || minutes > 59)
        return invalid(`"${word}" is not a time of day. Use HH:MM, e.g. 09:00.`);
      command.time = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    } else if (/^nearest$/i.test(word)) {
      command.emptyDay = 'nearest';
    } else if (/^skip$/i.test(word)) {
      command.emptyDay = 'skip';
    } else if (isTimeZone(word)) {
      command.zone = canonicalZone(word);
    } else {
      return invalid(
        `I don't understand "${word}". Use \`subscribe [HH:MM] [time zone] [nearest]\`, e.g. \`subscribe 08:30 Europe/Oslo nearest\`.`,
      );
    }
  }
  return command;
}

function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

function parseSettings(rest: string): Command {
  const change: Partial<ChannelSettings> = {};
  for (const word of rest.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10)) {
    if (word === 'public' || word === 'private') change.visibility = word;
    else if (word === 'mention-only' || word === 'mentions') change.mentionOnly = true;
    else if (word === 'threads' || word === 'follow-ups') change.mentionOnly = false;
    else
      return invalid(`Unknown setting "${word}". Use \`settings [public|private] [mention-only|threads]\`.`);
  }
  return { kind: 'settings', change };
}
