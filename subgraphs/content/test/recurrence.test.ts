// The RRULE subset, without a stack: local time kept across DST, intervals, until and count,
// months without the day skipped, ranges far from the start.
import { fromLocal, lastEnd, localParts, occurrencesBetween, type Series } from '../src/domain/recurrence.ts';

const at = (iso: string) => new Date(iso);
const base = (extra: Partial<Series>): Series => ({ startsAt: at('2026-03-20T18:00:00Z'), endsAt: at('2026-03-20T19:30:00Z'), timeZone: 'UTC', freq: null, interval: 1, until: null, count: null, ...extra });
const starts = (s: Series, from: string, to: string) => occurrencesBetween(s, at(from), at(to)).map((o) => o.startsAt.toISOString());

test('wall-clock conversion in a zone, DST included', () => {
  expect(fromLocal({ y: 2026, m: 3, d: 28, h: 19, min: 0, s: 0, ms: 0 }, 'Europe/Berlin').toISOString()).toBe('2026-03-28T18:00:00.000Z');
  expect(fromLocal({ y: 2026, m: 3, d: 30, h: 19, min: 0, s: 0, ms: 0 }, 'Europe/Berlin').toISOString()).toBe('2026-03-30T17:00:00.000Z');
  expect(localParts(at('2026-07-01T03:30:00Z'), 'America/New_York')).toMatchObject({ y: 2026, m: 6, d: 30, h: 23, min: 30 });
  // 02:30 on the spring-forward night does not exist in Berlin: it moves on by the gap.
  expect(fromLocal({ y: 2026, m: 3, d: 29, h: 2, min: 30, s: 0, ms: 0 }, 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
});

test('a weekly series keeps 19:00 Berlin time across the DST change', () => {
  const s = base({ startsAt: at('2026-03-20T18:00:00Z'), endsAt: at('2026-03-20T19:00:00Z'), timeZone: 'Europe/Berlin', freq: 'WEEKLY', count: 3 });
  expect(starts(s, '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z')).toEqual(['2026-03-20T18:00:00.000Z', '2026-03-27T18:00:00.000Z', '2026-04-03T17:00:00.000Z']);
  expect(lastEnd(s)!.toISOString()).toBe('2026-04-03T18:00:00.000Z');
});

test('daily with interval and until; a range far on skips ahead and includes an occurrence spanning its start', () => {
  const s = base({ freq: 'DAILY', interval: 2, until: at('2026-04-01T18:00:00Z') });
  expect(starts(s, '2026-03-25T00:00:00Z', '2026-03-29T00:00:00Z')).toEqual(['2026-03-26T18:00:00.000Z', '2026-03-28T18:00:00.000Z']);
  // The 30 March occurrence (18:00–19:30) spans 19:00.
  expect(starts(s, '2026-03-30T19:00:00Z', '2026-03-30T20:00:00Z')).toEqual(['2026-03-30T18:00:00.000Z']);
  expect(starts(s, '2026-04-01T19:30:00Z', '2026-05-01T00:00:00Z')).toEqual([]);
  const endless = base({ freq: 'DAILY' });
  expect(lastEnd(endless)).toBeNull();
  expect(starts(endless, '2031-03-20T00:00:00Z', '2031-03-22T00:00:00Z')).toEqual(['2031-03-20T18:00:00.000Z', '2031-03-21T18:00:00.000Z']);
});

test('monthly on the 31st skips shorter months; count counts occurrences', () => {
  const s = base({ startsAt: at('2026-01-31T10:00:00Z'), endsAt: at('2026-01-31T11:00:00Z'), freq: 'MONTHLY', count: 4 });
  expect(starts(s, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual(['2026-01-31T10:00:00.000Z', '2026-03-31T10:00:00.000Z', '2026-05-31T10:00:00.000Z', '2026-07-31T10:00:00.000Z']);
  expect(lastEnd(s)!.toISOString()).toBe('2026-07-31T11:00:00.000Z');
});

test('a single event is in a range it overlaps, not one it only touches', () => {
  const s = base({});
  expect(starts(s, '2026-03-20T19:00:00Z', '2026-03-21T00:00:00Z')).toHaveLength(1);
  expect(starts(s, '2026-03-20T19:30:00Z', '2026-03-21T00:00:00Z')).toHaveLength(0);
  expect(starts(s, '2026-03-20T00:00:00Z', '2026-03-20T18:00:00Z')).toHaveLength(0);
});
