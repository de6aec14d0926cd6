// When a daily post is due: the subscription's last local run time, and whether it may still be
// sent (within the grace window, not before the subscription existed). Pure: time is an input.
import { Cron } from 'croner';
import { localDate } from './local-date.js';

export interface DailySchedule {
  /** "HH:MM" local time. */
  time: string;
  /** IANA zone. */
  zone: string;
}

export type SlotDecision =
  /** Post now for this local date. */
  | { kind: 'due'; at: Date; date: string; monthDay: string; lateMs: number }
  /** The run was missed by more than the grace window: skip it (and say so once). */
  | { kind: 'missed'; at: Date; date: string; monthDay: string; lateMs: number }
  /** Nothing to do (the run is in the future, or predates the subscription). */
  | { kind: 'idle' };

/** croner pattern for a daily "HH:MM" (minute hour, every day). */
function dailyCron(schedule: DailySchedule): Cron {
  const [hours, minutes] = schedule.time.split(':').map(Number);
  // No callback: croner computes runs and starts no timer.
  return new Cron(`${minutes} ${hours} * * *`, { timezone: schedule.zone });
}

/**
 * Last run at or before `now`. croner keeps DST straight: a time in the spring-forward gap runs at
 * the first valid minute after it, and a time that occurs twice in autumn runs once (the first).
 */
export function lastRun(schedule: DailySchedule, now: Date): Date | undefined {
  // previousRuns excludes a run at exactly the reference second, so look from one second later.
  const runs = dailyCron(schedule).previousRuns(2, new Date(now.getTime() + 1000));
  return runs.find((run) => run.getTime() <= now.getTime());
}

export function nextRun(schedule: DailySchedule, after: Date): Date | undefined {
  return dailyCron(schedule).nextRun(after) ?? undefined;
}

/** Whether the latest run of a daily schedule should be posted now, missed, or is not due. */
export function slotDecision(
  schedule: DailySchedule,
  now: Date,
  graceMs: number,
  notBefore?: Date,
): SlotDecision {
  const at = lastRun(schedule, now);
  if (!at || (notBefore && at.getTime() < notBefore.getTime())) return { kind: 'idle' };
  const { date, monthDay } = localDate(at, schedule.zone);
  const lateMs = now.getTime() - at.getTime();
  return { kind: lateMs <= graceMs ? 'due' : 'missed', at, date, monthDay, lateMs };
}
