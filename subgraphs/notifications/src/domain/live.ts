import type { DomainEvent, LiveEvents } from '@worldgraph/kit';
import { notificationOf, type NotificationAddedEvent } from './outbox.ts';
import type { Notification } from '../generated/prisma/client.ts';

/**
 * The live feed of one user's new notifications. A plain iterator rather than an async generator:
 * a generator waiting for the next event cannot be returned early, so an unsubscribed client would
 * keep its listener until its next notification; here `return` reaches the feed at once.
 */
export function notificationsAdded(live: LiveEvents, userId: string): AsyncIterableIterator<{ notificationAdded: Notification }> {
  const events = live.subscribe(['notifications'], {
    filter: (e: DomainEvent) => e.type === 'NotificationAdded' && e.payload.userId === userId,
  });
  const iterator: AsyncIterableIterator<{ notificationAdded: Notification }> = {
    next: async () => {
      const r = await events.next();
      return r.done ? r : { done: false, value: { notificationAdded: notificationOf(r.value.payload as unknown as NotificationAddedEvent) } };
    },
    return: async () => {
      await events.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
