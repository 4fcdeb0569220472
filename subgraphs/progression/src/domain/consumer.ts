import { NO_EVENTS_WRITTEN, type Consumer, type EventBus } from '@worldgraph/kit';
import type { Scoring } from './scoring.ts';

/** The contexts whose events score activities (the rule table names which events); progression's own ChallengeAnswered too. */
export const SOURCES = ['features', 'hunts', 'accounts', 'progression'];

/**
 * Consumes the source contexts' events as the `progression` group, a batch (as the bus hands it
 * over) per transaction. A database failure throws, so the bus redelivers; the unique (user,
 * activity, event id) row makes the repeat count nothing.
 */
export function startConsumer(events: EventBus, scoring: Scoring): Consumer {
  return events.consumeBatch('progression', SOURCES, async (batch) => {
    const scored = await scoring.fromEvents(batch);
    // Only a level move writes an event (LevelChanged): otherwise the relay is not woken for nothing.
    return scored.some((s) => s.levelChanged) ? undefined : NO_EVENTS_WRITTEN;
  });
}
