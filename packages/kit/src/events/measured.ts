import { consumerFailures, eventsConsumed, lastConsumedEvent } from '../metrics.ts';
import { NO_EVENTS_WRITTEN, oneByOne, type BatchHandler, type DomainEvent, type EventBus } from './contract.ts';
import { wakeOutboxRelays } from './relay.ts';

/** The context a consumer group belongs to: groups are named for it, or `<context>-<purpose>` (e.g. `wallet-erasure`). */
const contextOf = (group: string) => group.split('-')[0]!;

/**
 * The bus with its consumers measured, whatever the implementation: events handled per group and
 * context, the commit time of the newest one handled (consumer lag, against the relay's
 * outbox_last_published_event_timestamp_seconds) and failed batches.
 */
export function measured(bus: EventBus): EventBus {
  const newest = new Map<string, number>();
  const handled = (group: string, events: DomainEvent[]) => {
    for (const e of events) {
      eventsConsumed.inc({ group, context: e.context });
      const at = Date.parse(e.occurredAt) / 1000;
      const key = `${group}\u0000${e.context}`;
      if (!(at <= (newest.get(key) ?? -Infinity))) {
        newest.set(key, at);
        lastConsumedEvent.set({ group, context: e.context }, at);
      }
    }
  };
  const measuring = (group: string, handler: BatchHandler): BatchHandler => async (events) => {
    let answer;
    try {
      answer = await handler(events);
    } catch (error) {
      consumerFailures.inc({ group });
      throw error;
    }
    handled(group, events);
    // What the handler committed to its own context's outbox is relayed now, not at the next poll.
    if (answer !== NO_EVENTS_WRITTEN) wakeOutboxRelays(contextOf(group));
    return answer;
  };
  return {
    publish: (events) => bus.publish(events),
    // Every bus's `consume` is its `consumeBatch` one event after the other; measured per batch, so a
    // batch wakes its context's relay once, not once per event (a relay round of 3–4 statements each).
    consume: (group, contexts, handler) => bus.consumeBatch(group, contexts, measuring(group, oneByOne(handler))),
    consumeBatch: (group, contexts, handler) => bus.consumeBatch(group, contexts, measuring(group, handler)),
    tail: (contexts, handler) => bus.tail(contexts, handler),
    close: () => bus.close(),
  };
}
