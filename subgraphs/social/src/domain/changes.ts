import type { DomainEvent } from '@worldgraph/kit';

/** What a dynastyChanged subscriber receives. */
export interface DynastyChangeView {
  type: string;
  dynastyId: string;
  userId: string | null;
  requestId: string | null;
  changedAt: string;
}

/** A social domain event as a dynasty change. */
export function toChange(event: DomainEvent): DynastyChangeView {
  const p = event.payload as { userId?: string; headId?: string; requestId?: string };
  return { type: event.type, dynastyId: event.aggregateId, userId: p.userId ?? null, requestId: p.requestId ?? null, changedAt: event.occurredAt };
}
