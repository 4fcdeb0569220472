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
  const events = rows.map((n): NotificationAddedEvent => {
    const { readAt: _readAt, sourceEventId: _source, inApp: _inApp, ...rest } = n;
    return { type: 'NotificationAdded', userId: n.userId, notificationId: n.id, notification: { ...rest, createdAt: n.createdAt.toISOString() } };
  });
  // One raw statement with the events as one JSON parameter, in order (as the kit's command log does):
  // a createMany's query plan is compiled anew on every call (see Inbox.record).
  await tx.$executeRaw`
    INSERT INTO outbox_events (type, aggregate_id, payload)
    SELECT x->>'type', x->>'userId', x FROM jsonb_array_elements(${JSON.stringify(events)}::jsonb) AS x`;
}

/** The row a NotificationAdded event carries (unread: it was just created). */
export function notificationOf(event: NotificationAddedEvent): Notification {
  return { ...event.notification, readAt: null, sourceEventId: null, inApp: true, createdAt: new Date(event.notification.createdAt) };
}
