// The calendar through the router on real Postgres: date-range edges (time zones, events spanning
// the range, recurrence), drafts, interactions counted exactly, reminders sent once.
import { closeDatabases, database, registerUser, stack } from '@worldgraph/testenv';
import { createPrismaClient, databaseUrl } from '@worldgraph/kit';
import { Calendar } from '../src/domain/calendar.ts';
import { sendReminders } from '../src/domain/reminders.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { adminUser, CALENDAR, codeOf, CREATE_EVENT, EVENT, eventually, INTERACT, NOTIFICATIONS, ok, PUBLISH_EVENT, UPDATE_EVENT } from './helpers.ts';

afterAll(closeDatabases);

// Each test uses its own year far ahead so tests (and other packages' runs) do not see each other's events.
const year = 2100 + (process.pid % 700);
const iso = (s: string) => `${year}${s}`;

async function publishedEvent(adminToken: string, input: Record<string, unknown>) {
  const { createCalendarEvent: event } = await ok(CREATE_EVENT, { i: { title: 'Land auction', ...input } }, adminToken);
  await ok(PUBLISH_EVENT, { id: event.id, p: true }, adminToken);
  return event;
}
const titles = (rows: any[], ids: string[]) => rows.filter((r) => ids.includes(r.event.id)).map((r) => `${r.event.title}@${r.startsAt}`);

test('date-range filter: events spanning the range, touching edges, time zones, recurrence, drafts', async () => {
  const admin = await adminUser();
  const user = await registerUser();
  // 23:00–01:00 in Tokyo on 10 Jan = 14:00–16:00 UTC.
  const tokyo = await publishedEvent(admin.adminToken, { title: 'Tokyo night', startsAt: iso('-01-10T14:00:00Z'), endsAt: iso('-01-10T16:00:00Z'), timeZone: 'Asia/Tokyo', location: { name: 'Plaza', latitude: 35.68, longitude: 139.76 } });
  // A week-long festival spanning the whole of 14 Jan.
  const festival = await publishedEvent(admin.adminToken, { title: 'Festival', startsAt: iso('-01-12T00:00:00Z'), endsAt: iso('-01-19T00:00:00Z'), timeZone: 'UTC' });
  // Weekly on Mondays 18:00 New York time, 3 times.
  const weekly = await publishedEvent(admin.adminToken, { title: 'Weekly class', startsAt: iso('-01-05T23:00:00Z'), endsAt: iso('-01-06T00:00:00Z'), timeZone: 'America/New_York', recurrence: { frequency: 'WEEKLY', count: 3 } });
  const { createCalendarEvent: draft } = await ok(CREATE_EVENT, { i: { title: 'Secret', startsAt: iso('-01-14T10:00:00Z'), endsAt: iso('-01-14T11:00:00Z'), timeZone: 'UTC' } }, admin.adminToken);
  const ids = [tokyo.id, festival.id, weekly.id, draft.id];
  expect(tokyo).toMatchObject({ timeZone: 'Asia/Tokyo', location: { name: 'Plaza', latitude: 35.68, longitude: 139.76 }, recurrence: null });
  expect(weekly.recurrence).toEqual({ frequency: 'WEEKLY', interval: 1, until: null, count: 3 });

  const range = async (from: string, to: string, token?: string, d?: boolean) => titles((await ok(CALENDAR, { from: iso(from), to: iso(to), d }, token)).calendar, ids);
  // 14 Jan UTC: only the festival spans it; the draft is hidden from users, shown to admins who ask.
  expect(await range('-01-14T00:00:00Z', '-01-15T00:00:00Z')).toEqual([`Festival@${iso('-01-12T00:00:00.000Z')}`]);
  expect(await range('-01-14T00:00:00Z', '-01-15T00:00:00Z', admin.adminToken, true)).toEqual([`Festival@${iso('-01-12T00:00:00.000Z')}`, `Secret@${iso('-01-14T10:00:00.000Z')}`]);
  expect(await codeOf(CALENDAR, { from: iso('-01-14T00:00:00Z'), to: iso('-01-15T00:00:00Z'), d: true }, user.accessToken)).toBe('FORBIDDEN');
  // 10 Jan in Tokyo (its local day, 15:00 UTC 9 Jan to 15:00 UTC 10 Jan) holds the Tokyo night's start...
  expect(await range('-01-09T15:00:00Z', '-01-10T15:00:00Z')).toEqual([`Tokyo night@${iso('-01-10T14:00:00.000Z')}`]);
  // ...and a range starting exactly at its end, or ending exactly at its start, does not.
  expect(await range('-01-10T16:00:00Z', '-01-11T00:00:00Z')).toEqual([]);
  expect(await range('-01-10T00:00:00Z', '-01-10T14:00:00Z')).toEqual([]);
  // The weekly class: three Mondays, then nothing.
  expect(await range('-01-01T00:00:00Z', '-02-28T00:00:00Z').then((r) => r.filter((t) => t.startsWith('Weekly')))).toEqual([
    `Weekly class@${iso('-01-05T23:00:00.000Z')}`,
    `Weekly class@${iso('-01-12T23:00:00.000Z')}`,
    `Weekly class@${iso('-01-19T23:00:00.000Z')}`,
  ]);
  // One event's own occurrences in a range.
  const { calendarEvent } = await ok(`query ($id: ID!, $f: DateTime!, $t: DateTime!) { calendarEvent(id: $id) { occurrences(from: $f, to: $t) { startsAt } } }`, { id: weekly.id, f: iso('-01-10T00:00:00Z'), t: iso('-01-31T00:00:00Z') });
  expect(calendarEvent.occurrences.map((o: any) => o.startsAt)).toEqual([iso('-01-12T23:00:00.000Z'), iso('-01-19T23:00:00.000Z')]);
  expect((await ok(EVENT, { id: draft.id }, user.accessToken)).calendarEvent).toBeNull();

  // Refusals.
  expect(await codeOf(CALENDAR, { from: iso('-02-01T00:00:00Z'), to: iso('-01-01T00:00:00Z') })).toBe('BAD_USER_INPUT');
  expect(await codeOf(CALENDAR, { from: iso('-01-01T00:00:00Z'), to: `${year + 2}-01-01T00:00:00Z` })).toBe('BAD_USER_INPUT');
  expect(await codeOf(CREATE_EVENT, { i: { title: 'x', startsAt: iso('-01-01T10:00:00Z'), endsAt: iso('-01-01T11:00:00Z'), timeZone: 'Mars/Olympus' } }, admin.adminToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(CREATE_EVENT, { i: { title: 'x', startsAt: iso('-01-01T10:00:00Z'), endsAt: iso('-01-01T09:00:00Z'), timeZone: 'UTC' } }, admin.adminToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(CREATE_EVENT, { i: { title: 'x', startsAt: iso('-01-01T10:00:00Z'), endsAt: iso('-01-01T11:00:00Z'), timeZone: 'UTC' } }, user.accessToken)).toBe('FORBIDDEN');

  // Moving an event moves it in the filter (its span is recomputed).
  await ok(UPDATE_EVENT, { id: festival.id, i: { title: 'Festival', startsAt: iso('-03-01T00:00:00Z'), endsAt: iso('-03-02T00:00:00Z'), timeZone: 'UTC' } }, admin.adminToken);
  expect(await range('-01-14T00:00:00Z', '-01-15T00:00:00Z')).toEqual([]);
  const { rows } = await database('content').query('SELECT type FROM outbox_events WHERE aggregate_id = $1 ORDER BY id', [festival.id]);
  expect(rows.map((r) => r.type)).toEqual(['CalendarEventSaved', 'CalendarEventPublished', 'CalendarEventSaved']);
});

test('interactions: one of each per user, counted exactly under concurrency', async () => {
  const admin = await adminUser();
  const event = await publishedEvent(admin.adminToken, { startsAt: iso('-06-01T10:00:00Z'), endsAt: iso('-06-01T12:00:00Z'), timeZone: 'UTC' });
  const users = await Promise.all(Array.from({ length: 30 }, () => registerUser()));
  await Promise.all(users.flatMap((u) => [ok(INTERACT, { e: event.id, k: 'GOING', a: true }, u.accessToken), ok(INTERACT, { e: event.id, k: 'GOING', a: true }, u.accessToken), ok(INTERACT, { e: event.id, k: 'LIKE', a: true }, u.accessToken)]));
  const first = users[0]!;
  expect((await ok(INTERACT, { e: event.id, k: 'INTERESTED', a: true }, first.accessToken)).setEventInteraction).toMatchObject({ goingCount: 30, likeCount: 30, interestedCount: 1 });
  await Promise.all(users.slice(0, 5).map((u) => ok(INTERACT, { e: event.id, k: 'GOING', a: false }, u.accessToken)));
  const read = (await ok(EVENT, { id: event.id }, first.accessToken)).calendarEvent;
  expect(read).toMatchObject({ goingCount: 25, likeCount: 30, interestedCount: 1 });
  expect([...read.viewerInteractions].sort()).toEqual(['INTERESTED', 'LIKE']);
  expect(await codeOf(INTERACT, { e: event.id, k: 'LIKE', a: true })).toBe('UNAUTHENTICATED');
  const { createCalendarEvent: draft } = await ok(CREATE_EVENT, { i: { title: 'Draft', startsAt: iso('-06-01T10:00:00Z'), endsAt: iso('-06-01T12:00:00Z'), timeZone: 'UTC' } }, admin.adminToken);
  expect(await codeOf(INTERACT, { e: draft.id, k: 'LIKE', a: true }, first.accessToken)).toBe('NOT_FOUND');
});

test('reminders: once per occurrence and user going or interested, as event_reminder notifications', async () => {
  const admin = await adminUser();
  const [going, interested, both, bystander] = await Promise.all([registerUser(), registerUser(), registerUser(), registerUser()]);
  // Daily at 09:00 Berlin (08:00 UTC in winter), twice.
  const event = await publishedEvent(admin.adminToken, { title: 'Morning hunt', startsAt: iso('-11-10T08:00:00Z'), endsAt: iso('-11-10T09:00:00Z'), timeZone: 'Europe/Berlin', location: { name: 'Old Town', latitude: 52.5, longitude: 13.4 }, recurrence: { frequency: 'DAILY', count: 2 } });
  await ok(INTERACT, { e: event.id, k: 'GOING', a: true }, going.accessToken);
  await ok(INTERACT, { e: event.id, k: 'INTERESTED', a: true }, interested.accessToken);
  await ok(INTERACT, { e: event.id, k: 'GOING', a: true }, both.accessToken);
  await ok(INTERACT, { e: event.id, k: 'INTERESTED', a: true }, both.accessToken);
  await ok(INTERACT, { e: event.id, k: 'LIKE', a: true }, bystander.accessToken);

  // The job as the content subgraph runs it, on the stack's database, at times in the future.
  const db = createPrismaClient(PrismaClient, databaseUrl(stack().databaseUrl, `${stack().dbPrefix}content`));
  try {
    const calendar = new Calendar(db);
    const lead = 3_600_000;
    const mine = (sent: { eventId: string; userId: string; occurrenceStartsAt: Date }[]) => sent.filter((s) => s.eventId === event.id).map((s) => `${s.userId}@${s.occurrenceStartsAt.toISOString()}`).sort();
    // Two hours before: nothing yet.
    expect(mine(await sendReminders(db, calendar, lead, new Date(iso('-11-10T06:00:00Z'))))).toEqual([]);
    // 30 minutes before the first occurrence, run twice at once and again later: each user once.
    const runs = await Promise.all([0, 1].map(() => sendReminders(db, calendar, lead, new Date(iso('-11-10T07:30:00Z')))));
    const first = iso('-11-10T08:00:00.000Z');
    expect(mine(runs.flat())).toEqual([`${both.id}@${first}`, `${going.id}@${first}`, `${interested.id}@${first}`].sort());
    expect(mine(await sendReminders(db, calendar, lead, new Date(iso('-11-10T07:45:00Z'))))).toEqual([]);
    // The second occurrence is reminded on its own.
    expect(mine(await sendReminders(db, calendar, lead, new Date(iso('-11-11T07:10:00Z'))))).toHaveLength(3);
  } finally {
    await db.$disconnect();
  }

  const reminders = await eventually(
    async () => (await ok(NOTIFICATIONS, {}, both.accessToken)).notifications.edges.map((e: any) => e.node).filter((n: any) => n.kind === 'event_reminder'),
    (n) => n.length >= 2,
  );
  expect(reminders).toHaveLength(2);
  expect(reminders[0]).toMatchObject({ title: 'Starting soon: Morning hunt', body: 'At Old Town' });
  const other = await ok(NOTIFICATIONS, {}, bystander.accessToken);
  expect(other.notifications.edges.filter((e: any) => e.node.kind === 'event_reminder')).toEqual([]);
});
