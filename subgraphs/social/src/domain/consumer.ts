import { NO_EVENTS_WRITTEN, type Consumer, type EventBus, type Logger } from '@worldgraph/kit';
import type { Dynasties } from './dynasties.ts';

/**
 * Follows features' ownership changes (consumer group `social`): a sold seat moves or dissolves
 * its dynasty. A batch's sold parcels are looked up in one query, and only the events of parcels
 * that are an active dynasty's seat go on, in stream order, to `seatSold` (almost every sale is of
 * a parcel that is none). Each event is handled once (processed_events); a failure leaves the
 * batch pending, so the bus delivers it again.
 */
export function followOwnership(events: EventBus, dynasties: Dynasties, logger: Logger): Consumer {
  return events.consumeBatch('social', ['features'], async (batch) => {
    const sold = batch.flatMap((event) => {
      const featureId = event.payload.featureId;
      return event.type === 'FeatureSold' && typeof featureId === 'string' ? [{ eventId: event.id, featureId }] : [];
    });
    if (!sold.length) return NO_EVENTS_WRITTEN;
    let wrote = false;
    let seats = await dynasties.activeSeatsAmong(sold.map((s) => s.featureId));
    for (const [i, { eventId, featureId }] of sold.entries()) {
      if (!seats.has(featureId)) continue;
      const outcome = await dynasties.seatSold(eventId, featureId);
      if (outcome === 'none') continue;
      wrote = true; // a moved seat or a dissolved dynasty wrote its events
      logger.info({ featureId, outcome }, 'dynasty seat sold');
      // A moved seat may be a parcel sold later in this batch: the rest are looked up again.
      seats = await dynasties.activeSeatsAmong(sold.slice(i + 1).map((s) => s.featureId));
    }
    return wrote ? undefined : NO_EVENTS_WRITTEN;
  });
}
