import { processSubgraphs, type Consumer, type DomainEvent, type EventBus, type Logger } from '@worldgraph/kit';
import { draftOf } from './events.ts';
import type { AuditStore } from './store.ts';

/** Every other context of the supergraph: all of them write domain events. */
export const sources = () => processSubgraphs().filter((name) => name !== 'audit');

/**
 * Records the source contexts' events (consumer group `audit`), each batch that arrives together
 * appended to its contexts' chains at once (one transaction per chain in Postgres, four requests
 * for them all in OpenSearch; one hash step per entry still): a busy write path costs a chain one
 * head lock per batch, not per event. A store failure throws, so
 * the batch stays pending in its streams and comes again; repeats are dropped by event id.
 */
export function startAuditConsumer(events: EventBus, store: AuditStore, logger: Logger, contexts = sources()): Consumer {
  let failing = false;
  return events.consumeBatch('audit', contexts, async (batch) => {
    try {
      await store.appendMany([...byContext(batch)].map(([context, group]) => [context, group.map(draftOf)]));
      if (failing) logger.info('audit store recovered');
      failing = false;
    } catch (err) {
      if (!failing) logger.warn({ err, events: batch.length }, 'audit store failing; events wait in their streams');
      failing = true;
      throw err;
    }
  });
}

function byContext(events: DomainEvent[]): Map<string, DomainEvent[]> {
  const groups = new Map<string, DomainEvent[]>();
  for (const e of events) {
    const group = groups.get(e.context);
    if (group) group.push(e);
    else groups.set(e.context, [e]);
  }
  return groups;
}
