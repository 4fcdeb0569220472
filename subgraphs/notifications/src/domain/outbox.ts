import type { Notification } from '../generated/prisma/client.ts';

/** The domain events notifications publishes (relayed from the outbox by the kit); Inbox.record writes them with their rows. */
export interface NotificationAddedEvent {
  type: 'NotificationAdded';
  userId: string;
  notificationId: string;
  /** The whole row, so a subscriber needs no read of its own. */
  notification: Omit<Notification, 'readAt' | 'createdAt' | 'sourceEventId' | 'inApp'> & { createdAt: string };
}

/** The row a NotificationAdded event carries (unread: it was just created). */
export function notificationOf(event: NotificationAddedEvent): Notification {
  return { ...event.notification, readAt: null, sourceEventId: null, inApp: true, createdAt: new Date(event.notification.createdAt) };
}
