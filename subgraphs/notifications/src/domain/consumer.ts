import type { Consumer, DomainEvent, EventBus } from '@worldgraph/kit';
import type { Channels } from './channels.ts';
import type { Inbox } from './inbox.ts';
import { draftsFor } from './kinds.ts';

/** The contexts whose events become notifications. */
export const SOURCES = ['features', 'hunts', 'progression', 'social', 'chat', 'support', 'content', 'accounts'];

/**
 * Turns a batch of domain events into stored notifications (one transaction), then sends them on
 * the other channels their users have on.
 */
export const handleEvents = (inbox: Inbox, channels: Channels) => async (events: DomainEvent[]) => {
  // A database failure throws: the bus redelivers, and the unique source id absorbs the repeat.
  const outgoing = await inbox.record(events.map((event) => ({ sourceEventId: event.id, drafts: draftsFor(event) })));
  await channels.deliver(outgoing);
};

/** Consumes the source contexts' events as the `notifications` group (one delivery per group). */
export function startConsumer(events: EventBus, inbox: Inbox, channels: Channels): Consumer {
  return events.consumeBatch('notifications', SOURCES, handleEvents(inbox, channels));
}
