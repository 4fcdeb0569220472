import type { Consumer, EventBus } from '@worldgraph/kit';
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
    await scoring.fromEvents(batch);
  });
}
