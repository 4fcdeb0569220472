import { consumerFailures, eventsConsumed, lastConsumedEvent } from '../metrics.ts';
import type { BatchHandler, DomainEvent, EventBus } from './contract.ts';
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
    try {
      await handler(events);
    } catch (error) {
      consumerFailures.inc({ group });
      throw error;
    }
    handled(group, events);
    // What the handler committed to its own context's outbox is relayed now, not at the next poll.
    wakeOutboxRelays(contextOf(group));
  };
  return {
    publish: (events) => bus.publish(events),
    consume: (group, contexts, handler) => bus.consume(group, contexts, async (event) => measuring(group, async ([e]) => handler(e!))([event])),
    consumeBatch: (group, contexts, handler) => bus.consumeBatch(group, contexts, measuring(group, handler)),
    tail: (contexts, handler) => bus.tail(contexts, handler),
    close: () => bus.close(),
  };
}
