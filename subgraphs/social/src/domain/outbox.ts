import type { ChildPermissions } from '@worldgraph/kit';
import type { Prisma } from '../generated/prisma/client.ts';

/** Who would answer a request and who it is about, carried by every request event. */
interface RequestRef {
  requestId: string;
  dynastyId: string;
  kind: 'join' | 'invite';
  senderId: string;
  userId: string;
  /** Who may accept or reject it: the head for a join, the invited user for an invite. */
  answererId: string;
}

/** The domain events social publishes (relayed from the outbox); the aggregate is always the dynasty. */
export type SocialEvent =
  | { type: 'DynastyFounded'; dynastyId: string; headId: string; featureId: string; name: string }
  | { type: 'DynastySeatMoved'; dynastyId: string; headId: string; fromFeatureId: string; toFeatureId: string }
  | { type: 'DynastyDissolved'; dynastyId: string; headId: string; featureId: string | null; memberIds: string[]; reason: string }
  | ({ type: 'JoinRequestSent' | 'JoinRequestAccepted' | 'JoinRequestRejected' | 'JoinRequestCancelled' | 'JoinRequestExpired' } & RequestRef)
  | { type: 'MemberJoined'; dynastyId: string; userId: string; familyId: string; relation: string | null; relativeId: string | null }
  | { type: 'MemberLeft'; dynastyId: string; userId: string }
  | { type: 'FamilyRelationAdded'; dynastyId: string; userId: string; relativeId: string; kind: string }
  /** A child's permissions as the contexts that act replicate them; null: no longer a child (no restrictions). */
  | { type: 'ChildPermissionsChanged'; dynastyId: string; userId: string; permissions: ChildPermissions | null };

export type SocialEventType = SocialEvent['type'];

/** Writes an event in the caller's transaction: it exists exactly when the change does. */
export async function emit(tx: Prisma.TransactionClient, event: SocialEvent): Promise<void> {
  await tx.outboxEvent.create({ data: { type: event.type, aggregateId: event.dynastyId, payload: event as unknown as Prisma.InputJsonValue } });
}
