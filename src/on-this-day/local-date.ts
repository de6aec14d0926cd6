// Wall-clock date and time of an instant in an IANA zone: "today" is the subscription's local date.

export interface LocalDate {
  /** "YYYY-MM-DD" */
  date: string;
  /** "MM-DD" */
  monthDay: string;
  /** "HH:MM", 24-hour */
  time: string;
}

// Building a formatter is costly; zones are few (one per subscription zone), but bound it anyway.
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 500;

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Throws RangeError for a zone Intl does not know (see isValidZone). */
export function localDate(instant: Date, zone: string): LocalDate {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) parts[part.type] = part.value;
  const year = (parts.year ?? '').padStart(4, '0');
  const monthDay = `${parts.month}-${parts.day}`;
  return { date: `${year}-${monthDay}`, monthDay, time: `${parts.hour}:${parts.minute}` };
}

export function isValidZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}
