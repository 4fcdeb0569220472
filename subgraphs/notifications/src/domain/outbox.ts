import type { Notification, Prisma } from '../generated/prisma/client.ts';

/** The domain events notifications publishes (relayed from the outbox by the kit). */
export interface NotificationAddedEvent {
  type: 'NotificationAdded';
  userId: string;
  notificationId: string;
  /** The whole row, so a subscriber needs no read of its own. */
  notification: Omit<Notification, 'readAt' | 'createdAt' | 'sourceEventId' | 'inApp'> & { createdAt: string };
}

/** Writes one NotificationAdded per row in the caller's transaction: each exists exactly when its row does. */
export async function emitAdded(tx: Prisma.TransactionClient, rows: Notification[]): Promise<void> {
  if (!rows.length) return;
  await tx.outboxEvent.createMany({
    data: rows.map((n) => {
      const { readAt: _readAt, sourceEventId: _source, inApp: _inApp, ...rest } = n;
      const event: NotificationAddedEvent = { type: 'NotificationAdded', userId: n.userId, notificationId: n.id, notification: { ...rest, createdAt: n.createdAt.toISOString() } };
      return { type: event.type, aggregateId: n.userId, payload: event as unknown as Prisma.InputJsonValue };
    }),
  });
}

/** The row a NotificationAdded event carries (unread: it was just created). */
export function notificationOf(event: NotificationAddedEvent): Notification {
  return { ...event.notification, readAt: null, sourceEventId: null, inApp: true, createdAt: new Date(event.notification.createdAt) };
}
