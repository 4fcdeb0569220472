import { mapLive, type DomainEvent, type LiveEvents } from '@worldgraph/kit';
import { notificationOf, type NotificationAddedEvent } from './outbox.ts';
import type { Notification } from '../generated/prisma/client.ts';

/** The live feed of one user's new notifications. */
export function notificationsAdded(live: LiveEvents, userId: string): AsyncIterableIterator<{ notificationAdded: Notification }> {
  const events = live.subscribe(['notifications'], {
    filter: (e: DomainEvent) => e.type === 'NotificationAdded' && e.payload.userId === userId,
  });
  return mapLive(events, (e) => ({ notificationAdded: notificationOf(e.payload as unknown as NotificationAddedEvent) }));
}
