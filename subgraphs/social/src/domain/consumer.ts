import type { Consumer, EventBus, Logger } from '@worldgraph/kit';
import type { Dynasties } from './dynasties.ts';

/**
 * Follows features' ownership changes (consumer group `social`): a sold seat moves or dissolves
 * its dynasty. Each event is handled once (processed_events); a failure leaves it pending, so
 * the bus delivers it again.
 */
export function followOwnership(events: EventBus, dynasties: Dynasties, logger: Logger): Consumer {
  return events.consume('social', ['features'], async (event) => {
    if (event.type !== 'FeatureSold') return;
    const featureId = event.payload.featureId;
    if (typeof featureId !== 'string') return;
    const outcome = await dynasties.seatSold(event.id, featureId);
    if (outcome !== 'none') logger.info({ featureId, outcome }, 'dynasty seat sold');
  });
}
