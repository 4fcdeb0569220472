// A small RRULE subset: FREQ=DAILY|WEEKLY|MONTHLY with INTERVAL, UNTIL or COUNT. Occurrences keep
// the first one's local time of day in the event's IANA time zone (across DST changes); a monthly
// series skips months without its day (like RFC 5545: the 31st skips 30-day months).
import { badInput } from '@worldgraph/kit';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

export interface Series {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  freq: Frequency | null;
  interval: number;
  until: Date | null;
  count: number | null;
}

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

const DAY = 86_400_000;
/** Most occurrences one series yields for one range. */
export const MAX_OCCURRENCES = 1000;

/** Throws BAD_USER_INPUT unless `tz` is an IANA time zone this runtime knows. */
export function assertTimeZone(tz: string): void {
  try {
    if (!tz || tz.length > 64) throw new Error();
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    throw badInput(`Unknown time zone "${tz}"`, { field: 'timeZone' });
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string) {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(tz, f);
  }
  return f;
}

interface Local {
  y: number;
  m: number; // 1..12
  d: number;
  h: number;
  min: number;
  s: number;
  ms: number;
}

/** The wall-clock time of `at` in `tz`. */
export function localParts(at: Date, tz: string): Local {
  const parts = Object.fromEntries(formatter(tz).formatToParts(at).map((p) => [p.type, p.value]));
  return { y: +parts.year!, m: +parts.month!, d: +parts.day!, h: +parts.hour! % 24, min: +parts.minute!, s: +parts.second!, ms: at.getUTCMilliseconds() };
}

const asUtc = (l: Local) => Date.UTC(l.y, l.m - 1, l.d, l.h, l.min, l.s, l.ms);

/** The instant a wall-clock time in `tz` names (a time skipped by DST moves forward by the gap). */
export function fromLocal(l: Local, tz: string): Date {
  const guess = asUtc(l);
  // Offset at the guess, then corrected once with the offset at the result (DST edges).
  const offset1 = asUtc(localParts(new Date(guess), tz)) - guess;
  let at = guess - offset1;
  const offset2 = asUtc(localParts(new Date(at), tz)) - at;
  if (offset2 !== offset1) at = guess - offset2;
  return new Date(at);
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The start of occurrence number `n` (0: the first), or null when that month lacks the day. */
function nthStart(series: Series, first: Local, n: number): Date | null {
  if (n === 0 || !series.freq) return series.startsAt;
  const step = n * series.interval;
  if (series.freq === 'MONTHLY') {
    const months = first.m - 1 + step;
    const y = first.y + Math.floor(months / 12);
    const m = (months % 12) + 1;
    if (first.d > daysInMonth(y, m)) return null;
    return fromLocal({ ...first, y, m }, series.timeZone);
  }
  const days = step * (series.freq === 'WEEKLY' ? 7 : 1);
  const date = new Date(Date.UTC(first.y, first.m - 1, first.d + days));
  return fromLocal({ ...first, y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }, series.timeZone);
}

/** Roughly how long one step lasts, to skip ahead to a range far from the first occurrence. */
const stepMs = (series: Series) => series.interval * (series.freq === 'MONTHLY' ? 28 * DAY : series.freq === 'WEEKLY' ? 7 * DAY : DAY);

/** Occurrences overlapping [from, to), by start, at most `limit`. */
export function occurrencesBetween(series: Series, from: Date, to: Date, limit = MAX_OCCURRENCES): Occurrence[] {
  const duration = series.endsAt.getTime() - series.startsAt.getTime();
  const out: Occurrence[] = [];
  const push = (start: Date) => out.push({ startsAt: start, endsAt: new Date(start.getTime() + duration) });
  if (!series.freq) {
    if (series.startsAt < to && series.endsAt > from) push(series.startsAt);
    return out;
  }
  const first = localParts(series.startsAt, series.timeZone);
  // Skip ahead (conservatively: one step is at least stepMs minus a DST hour), then walk.
  const lead = from.getTime() - duration - series.startsAt.getTime() - 2 * stepMs(series);
  let n = lead > 0 ? Math.floor(lead / (stepMs(series) + 3_600_000 * 2)) : 0;
  if (series.freq === 'MONTHLY' && lead > 0) n = Math.floor(lead / (31 * DAY * series.interval));
  // A COUNT bounds the number of occurrences (skipped months do not count, as in RFC 5545), so a
  // counted monthly series is walked from its start.
  if (series.count != null && series.freq === 'MONTHLY') n = 0;
  let counted = 0;
  for (let guard = 0; guard < 100_000 && out.length < limit; n++, guard++) {
    const start = nthStart(series, first, n);
    if (!start) continue;
    counted++;
    if (series.count != null && (series.freq === 'MONTHLY' ? counted : n + 1) > series.count) break;
    if (series.until && start > series.until) break;
    if (start >= to) break;
    if (start.getTime() + duration > from.getTime()) push(start);
  }
  return out;
}

/** The end of a series' last occurrence, or null for a series without end. */
export function lastEnd(series: Series): Date | null {
  if (!series.freq) return series.endsAt;
  if (series.count == null && !series.until) return null;
  const far = series.until ? new Date(series.until.getTime() + 1) : new Date(8.64e15);
  const all = occurrencesBetween({ ...series }, series.startsAt, far, 100_000);
  return all.length ? all.at(-1)!.endsAt : series.endsAt;
}
