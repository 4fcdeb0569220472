import { readRoverConfig, type Consumer, type EventBus, type Logger } from '@worldgraph/kit';
import { draftOf } from './events.ts';
import type { AuditStore } from './store.ts';

/** Every other context of the supergraph: all of them write domain events. */
export const sources = () => Object.keys(readRoverConfig().subgraphs).filter((name) => name !== 'audit');

/**
 * Records each event of the source contexts (consumer group `audit`). A store failure throws, so the
 * event stays pending in its stream and comes again; a repeat is dropped by its event id.
 */
export function startAuditConsumer(events: EventBus, store: AuditStore, logger: Logger, contexts = sources()): Consumer {
  let failing = false;
  return events.consume('audit', contexts, async (event) => {
    try {
      await store.append(event.context, [draftOf(event)]);
      if (failing) logger.info('audit store recovered');
      failing = false;
    } catch (err) {
      if (!failing) logger.warn({ err, event: event.id }, 'audit store failing; events wait in their streams');
      failing = true;
      throw err;
    }
  });
}
