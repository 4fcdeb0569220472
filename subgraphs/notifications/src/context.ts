import type { BaseContext, LiveEvents } from '@worldgraph/kit';
import type { Inbox } from './domain/inbox.ts';

/** notifications' resolver context: the kit's, plus the inbox and the live feed for subscriptions. */
export interface NotificationsContext extends BaseContext {
  inbox: Inbox;
  live: LiveEvents;
}
