import type { Prisma } from '../generated/prisma/client.ts';

/** The domain events content publishes (relayed from the outbox by the kit). */
export type ContentEvent =
  | { type: 'VideoCategorySaved'; categoryId: string; slug: string; name: string; created: boolean; by: string }
  | { type: 'VideoSaved'; videoId: string; slug: string; title: string; created: boolean; by: string }
  | { type: 'VideoPublished' | 'VideoUnpublished'; videoId: string; slug: string; title: string; by: string }
  | { type: 'VideoCommentDeleted'; videoId: string; commentId: string; authorId: string; by: string; moderated: boolean }
  | { type: 'CalendarEventSaved'; eventId: string; title: string; created: boolean; by: string }
  | { type: 'CalendarEventPublished' | 'CalendarEventUnpublished'; eventId: string; title: string; by: string }
  /** One occurrence of an event starts soon: `userId` (going or interested) is reminded, once. */
  | { type: 'EventReminderDue'; eventId: string; userId: string; title: string; occurrenceStartsAt: string; timeZone: string; locationName: string | null };

/** Writes an event in the caller's transaction: it exists exactly when the change does. */
export async function emit(tx: Prisma.TransactionClient, event: ContentEvent): Promise<void> {
  const aggregateId = 'videoId' in event ? event.videoId : 'eventId' in event ? event.eventId : event.categoryId;
  await tx.outboxEvent.create({ data: { type: event.type, aggregateId, payload: event as unknown as Prisma.InputJsonValue } });
}
