import { randomUUID } from 'node:crypto';
import { badInput, forbidden, isUserId, notFound } from '@worldgraph/kit';
import type { CalendarEvent, PrismaClient } from '../generated/prisma/client.ts';
import { emit } from './outbox.ts';
import { assertTimeZone, lastEnd, MAX_OCCURRENCES, occurrencesBetween, type Frequency, type Occurrence, type Series } from './recurrence.ts';
import { text, type Actor } from './training.ts';

export type InteractionKind = 'INTERESTED' | 'GOING' | 'LIKE';

export interface EventInput {
  title: string;
  description?: string | null;
  startsAt: Date | string;
  endsAt: Date | string;
  timeZone: string;
  location?: { name?: string | null; latitude: number; longitude: number } | null;
  recurrence?: { frequency: Frequency; interval?: number | null; until?: Date | string | null; count?: number | null } | null;
}

export interface EventOccurrence extends Occurrence {
  event: CalendarEvent;
}

const DAY = 86_400_000;
/** Longest range one calendar query covers. */
export const MAX_RANGE_DAYS = 366;
const COUNTER = { INTERESTED: 'interested_count', GOING: 'going_count', LIKE: 'like_count' } as const;

export const seriesOf = (e: CalendarEvent): Series => ({
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  timeZone: e.timeZone,
  freq: (e.recurFreq as Frequency | null) ?? null,
  interval: e.recurInterval,
  until: e.recurUntil,
  count: e.recurCount,
});

const instant = (value: Date | string, field: string) => {
  const at = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(at.getTime())) throw badInput(`${field} is not an instant`, { field });
  return at;
};

/** Checks a range: from before to, at most MAX_RANGE_DAYS long. */
export function checkRange(fromValue: Date | string, toValue: Date | string) {
  const from = instant(fromValue, 'from');
  const to = instant(toValue, 'to');
  if (to <= from) throw badInput('to must be after from', { field: 'to' });
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) throw badInput(`A range is at most ${MAX_RANGE_DAYS} days`, { field: 'to' });
  return { from, to };
}

/** The calendar: events (admin), their occurrences in a range, interactions. */
export class Calendar {
  constructor(private readonly db: PrismaClient) {}

  private eventData(input: EventInput) {
    const startsAt = instant(input.startsAt, 'startsAt');
    const endsAt = instant(input.endsAt, 'endsAt');
    if (endsAt <= startsAt) throw badInput('endsAt must be after startsAt', { field: 'endsAt' });
    if (endsAt.getTime() - startsAt.getTime() > 31 * DAY) throw badInput('An occurrence lasts at most 31 days', { field: 'endsAt' });
    assertTimeZone(input.timeZone);
    const loc = input.location;
    if (loc && (!(Math.abs(loc.latitude) <= 90) || !(Math.abs(loc.longitude) <= 180))) throw badInput('latitude must be within ±90 and longitude within ±180', { field: 'location' });
    const r = input.recurrence;
    const interval = r?.interval ?? 1;
    if (r && (!Number.isInteger(interval) || interval < 1 || interval > 100)) throw badInput('interval must be between 1 and 100', { field: 'recurrence' });
    if (r?.count != null && (!Number.isInteger(r.count) || r.count < 1 || r.count > 1000)) throw badInput('count must be between 1 and 1000', { field: 'recurrence' });
    if (r?.count != null && r.until != null) throw badInput('Give until or count, not both', { field: 'recurrence' });
    const until = r?.until != null ? instant(r.until, 'recurrence.until') : null;
    if (until && (until < startsAt || until.getTime() - startsAt.getTime() > 10 * 366 * DAY)) throw badInput('until must be within 10 years after startsAt', { field: 'recurrence' });
    const data = {
      title: text(input.title, 'title', 200),
      description: text(input.description, 'description', 10_000, false),
      startsAt,
      endsAt,
      timeZone: input.timeZone,
      locationName: loc ? text(loc.name, 'location.name', 200, false) || null : null,
      latitude: loc?.latitude ?? null,
      longitude: loc?.longitude ?? null,
      recurFreq: r?.frequency ?? null,
      recurInterval: interval,
      recurUntil: until,
      recurCount: r?.count ?? null,
    };
    const series: Series = { startsAt, endsAt, timeZone: data.timeZone, freq: data.recurFreq, interval, until, count: data.recurCount };
    return { ...data, lastEndsAt: lastEnd(series) };
  }

  /** An event the actor may see: published (admins: any). */
  async visible(actor: Actor | null, id: string): Promise<CalendarEvent> {
    const event = isUserId(id) ? await this.db.calendarEvent.findUnique({ where: { id } }) : null;
    if (!event || (event.status !== 'PUBLISHED' && !actor?.admin)) throw notFound('Event');
    return event;
  }

  async find(actor: Actor | null, id: string): Promise<CalendarEvent | null> {
    return this.visible(actor, id).catch(() => null);
  }

  async save(actor: Actor, id: string | null, input: EventInput): Promise<CalendarEvent> {
    const data = this.eventData(input);
    if (id) await this.visible(actor, id);
    return this.db.$transaction(async (tx) => {
      const event = id
        ? await tx.calendarEvent.update({ where: { id }, data: { ...data, updatedAt: new Date() } })
        : await tx.calendarEvent.create({ data: { id: randomUUID(), ...data } });
      await emit(tx, { type: 'CalendarEventSaved', eventId: event.id, title: event.title, created: !id, by: actor.userId });
      return event;
    });
  }

  async setPublished(actor: Actor, id: string, published: boolean): Promise<CalendarEvent> {
    const event = await this.visible(actor, id);
    const status = published ? 'PUBLISHED' : 'DRAFT';
    if (event.status === status) return event;
    return this.db.$transaction(async (tx) => {
      const saved = await tx.calendarEvent.update({ where: { id }, data: { status, publishedAt: published ? new Date() : event.publishedAt, updatedAt: new Date() } });
      await emit(tx, { type: published ? 'CalendarEventPublished' : 'CalendarEventUnpublished', eventId: id, title: event.title, by: actor.userId });
      return saved;
    });
  }

  /**
   * Events whose span [first start, last end) overlaps [from, to): the GiST index on
   * tstzrange(starts_at, last_ends_at) answers published ones.
   */
  async spanning(from: Date, to: Date, includeDrafts: boolean): Promise<CalendarEvent[]> {
    const ids = includeDrafts
      ? await this.db.$queryRaw<{ id: string }[]>`SELECT id FROM calendar_events WHERE tstzrange(starts_at, last_ends_at, '[)') && tstzrange(${from}::timestamptz, ${to}::timestamptz, '[)') LIMIT 5000`
      : await this.db.$queryRaw<{ id: string }[]>`SELECT id FROM calendar_events WHERE status = 'PUBLISHED' AND tstzrange(starts_at, last_ends_at, '[)') && tstzrange(${from}::timestamptz, ${to}::timestamptz, '[)') LIMIT 5000`;
    return ids.length ? this.db.calendarEvent.findMany({ where: { id: { in: ids.map((r) => r.id) } } }) : [];
  }

  /** Occurrences overlapping [from, to), by start then title. */
  async occurrences(actor: Actor | null, fromValue: Date | string, toValue: Date | string, includeDrafts: boolean): Promise<EventOccurrence[]> {
    if (includeDrafts && !actor?.admin) throw forbidden('Only admins see drafts');
    const { from, to } = checkRange(fromValue, toValue);
    const events = await this.spanning(from, to, includeDrafts);
    const all = events.flatMap((event) => occurrencesBetween(seriesOf(event), from, to).map((o) => ({ ...o, event })));
    all.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.event.title.localeCompare(b.event.title));
    return all.slice(0, MAX_OCCURRENCES);
  }

  /** One event's occurrences in a range. */
  occurrencesOf(event: CalendarEvent, fromValue: Date | string, toValue: Date | string): EventOccurrence[] {
    const { from, to } = checkRange(fromValue, toValue);
    return occurrencesBetween(seriesOf(event), from, to, 500).map((o) => ({ ...o, event }));
  }

  /** Sets or clears an interaction: the row and its counter change in one statement (exact under concurrency). */
  async interact(actor: Actor, eventId: string, kind: InteractionKind, active: boolean): Promise<CalendarEvent> {
    await this.visible(actor, eventId);
    const column = COUNTER[kind];
    if (active) {
      await this.db.$executeRawUnsafe(
        `WITH added AS (INSERT INTO event_interactions (event_id, user_id, kind) VALUES ($1::uuid, $2::uuid, $3) ON CONFLICT DO NOTHING RETURNING 1)
         UPDATE calendar_events SET ${column} = ${column} + 1 WHERE id = $1::uuid AND EXISTS (SELECT 1 FROM added)`,
        eventId,
        actor.userId,
        kind,
      );
    } else {
      await this.db.$executeRawUnsafe(
        `WITH removed AS (DELETE FROM event_interactions WHERE event_id = $1::uuid AND user_id = $2::uuid AND kind = $3 RETURNING 1)
         UPDATE calendar_events SET ${column} = ${column} - 1 WHERE id = $1::uuid AND EXISTS (SELECT 1 FROM removed)`,
        eventId,
        actor.userId,
        kind,
      );
    }
    return this.visible(actor, eventId);
  }

  /** The user's interactions with `eventIds` (a DataLoader batches a page into one query). */
  interactionsOf(userId: string, eventIds: readonly string[]) {
    return this.db.eventInteraction.findMany({ where: { userId, eventId: { in: [...eventIds] } } });
  }
}
