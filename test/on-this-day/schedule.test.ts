import { describe, expect, it } from 'vitest';
import { localDate } from '../../src/on-this-day/local-date.js';
import { dayOfYear, formatMonthDay, isMonthDay, monthDayDistance } from '../../src/on-this-day/month-day.js';
import { lastRun, nextRun, slotDecision } from '../../src/on-this-day/schedule.js';

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

describe('localDate', () => {
  it('gives the wall-clock date and time in the zone', () => {
    expect(localDate(at('2024-12-31T23:30:00Z'), 'Asia/Tokyo')).toEqual({
      date: '2025-01-01',
      monthDay: '01-01',
      time: '08:30',
    });
    expect(localDate(at('2024-12-31T23:30:00Z'), 'America/New_York').date).toBe('2024-12-31');
    expect(localDate(at('2025-03-01T00:05:00Z'), 'UTC').time).toBe('00:05');
  });

  it('throws on an unknown zone', () => {
    expect(() => localDate(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('month-day helpers', () => {
  it('knows real month-days, leap day included', () => {
    expect(['02-29', '12-31', '01-01'].every(isMonthDay)).toBe(true);
    expect(['02-30', '13-01', '1-1', '00-10', '12-12x'].some(isMonthDay)).toBe(false);
  });
  it('measures distance round the year end', () => {
    expect(dayOfYear('03-01')).toBe(61);
    expect(monthDayDistance('12-30', '01-02')).toBe(3);
    expect(monthDayDistance('07-04', '12-12')).toBe(161);
    expect(formatMonthDay('07-04')).toBe('4 July');
  });
});

describe('daily schedule', () => {
  const oslo = { time: '02:30', zone: 'Europe/Oslo' };

  it('runs a time in the spring-forward gap at the first minute after it', () => {
    // 30 March 2025: Oslo jumps from 02:00 to 03:00 (01:00 UTC).
    expect(nextRun(oslo, at('2025-03-29T12:00:00Z'))?.toISOString()).toBe('2025-03-30T01:00:00.000Z');
  });

  it('runs a time that occurs twice in autumn once', () => {
    // 26 October 2025: 02:30 happens at 00:30 UTC and again at 01:30 UTC.
    const runs = [nextRun(oslo, at('2025-10-25T12:00:00Z'))];
    runs.push(nextRun(oslo, runs[0] as Date));
    expect(runs.map((d) => d?.toISOString())).toEqual([
      '2025-10-26T00:30:00.000Z',
      '2025-10-27T01:30:00.000Z',
    ]);
  });

  it('counts a run at exactly now as the last run', () => {
    const nine = { time: '09:00', zone: 'UTC' };
    expect(lastRun(nine, at('2025-05-01T09:00:00Z'))?.toISOString()).toBe('2025-05-01T09:00:00.000Z');
    expect(lastRun(nine, at('2025-05-01T08:59:59.999Z'))?.toISOString()).toBe('2025-04-30T09:00:00.000Z');
  });

  it('is due within the grace window, missed after it, idle before the subscription existed', () => {
    const nine = { time: '09:00', zone: 'Europe/Oslo' };
    const due = slotDecision(nine, at('2025-06-01T09:00:00Z'), 6 * HOUR);
    expect(due).toMatchObject({ kind: 'due', date: '2025-06-01', monthDay: '06-01', lateMs: 2 * HOUR });
    expect(slotDecision(nine, at('2025-06-01T13:00:01Z'), 6 * HOUR).kind).toBe('missed');
    expect(slotDecision(nine, at('2025-06-01T09:00:00Z'), 6 * HOUR, at('2025-06-01T08:00:00Z')).kind).toBe(
      'idle',
    );
  });

  it('dates a run by the local calendar, not UTC', () => {
    // 08:00 in Tokyo on 1 May is still 30 April in UTC.
    const decision = slotDecision({ time: '08:00', zone: 'Asia/Tokyo' }, at('2025-04-30T23:10:00Z'), HOUR);
    expect(decision).toMatchObject({ kind: 'due', date: '2025-05-01', monthDay: '05-01' });
  });
});
