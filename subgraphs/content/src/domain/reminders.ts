import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Calendar } from './calendar.ts';
import { seriesOf } from './calendar.ts';
import { emit } from './outbox.ts';
import { occurrencesBetween } from './recurrence.ts';

export interface ReminderSent {
  eventId: string;
  userId: string;
  occurrenceStartsAt: Date;
}

/**
 * Reminders of occurrences starting within `leadMs` of `now`, to users going or interested: each
 * (event, occurrence, user) is recorded in event_reminders with its EventReminderDue event in one
 * transaction, so a reminder goes out once however often (and on however many replicas) this runs.
 */
export async function sendReminders(db: PrismaClient, calendar: Calendar, leadMs: number, now = new Date()): Promise<ReminderSent[]> {
  const until = new Date(now.getTime() + leadMs);
  const sent: ReminderSent[] = [];
  for (const event of await calendar.spanning(now, until, false)) {
    for (const occurrence of occurrencesBetween(seriesOf(event), now, until)) {
      if (occurrence.startsAt < now || occurrence.startsAt > until) continue;
      await db.$transaction(async (tx) => {
        const users = await tx.$queryRaw<{ user_id: string }[]>`
          INSERT INTO event_reminders (event_id, occurrence_at, user_id)
          SELECT DISTINCT event_id, ${occurrence.startsAt}::timestamptz, user_id FROM event_interactions
          WHERE event_id = ${event.id}::uuid AND kind IN ('GOING', 'INTERESTED')
          ON CONFLICT DO NOTHING RETURNING user_id`;
        for (const { user_id: userId } of users) {
          await emit(tx, {
            type: 'EventReminderDue',
            eventId: event.id,
            userId,
            title: event.title,
            occurrenceStartsAt: occurrence.startsAt.toISOString(),
            timeZone: event.timeZone,
            locationName: event.locationName,
          });
          sent.push({ eventId: event.id, userId, occurrenceStartsAt: occurrence.startsAt });
        }
      });
    }
  }
  return sent;
}
