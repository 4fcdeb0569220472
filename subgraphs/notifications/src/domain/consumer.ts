import type { Consumer, DomainEvent, EventBus } from '@worldgraph/kit';
import type { Channels } from './channels.ts';
import type { Inbox } from './inbox.ts';
import { draftsFor } from './kinds.ts';

/** The contexts whose events become notifications. */
export const SOURCES = ['features', 'hunts'];

/** Turns one domain event into stored notifications, then sends them on their other channels. */
export const handleEvent = (inbox: Inbox, channels: Channels) => async (event: DomainEvent) => {
  // A database failure throws: the bus redelivers, and the unique source id absorbs the repeat.
  const created = await inbox.record(event.id, draftsFor(event));
  await channels.deliver(created);
};

/** Consumes the source contexts' events as the `notifications` group (one delivery per group). */
export function startConsumer(events: EventBus, inbox: Inbox, channels: Channels): Consumer {
  return events.consume('notifications', SOURCES, handleEvent(inbox, channels));
}
