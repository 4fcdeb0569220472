import type { DomainEvent } from '@worldgraph/kit';

/** What a partner watching a hunt receives. */
export interface ProgressEvent {
  type: string;
  huntId: string;
  userId: string | null;
  clueId: string | null;
  at: string;
}

/** A hunts domain event as a progress event. */
export function toProgress(event: DomainEvent): ProgressEvent {
  const payload = event.payload as { userId?: string; clueId?: string };
  return { type: event.type, huntId: event.aggregateId, userId: payload.userId ?? null, clueId: payload.clueId ?? null, at: event.occurredAt };
}
