import type { Prisma } from '../generated/prisma/client.ts';

/** The domain events hunts publishes (relayed from the outbox); the aggregate is always the hunt. */
export type HuntsEvent =
  | { type: 'HuntPublished'; huntId: string; partnerId: string; fundedBy: string; asset: string; amount: string }
  | { type: 'HuntClosed'; huntId: string; partnerId: string }
  | { type: 'ParticipantJoined'; huntId: string; participationId: string; userId: string }
  | { type: 'ClueDiscovered'; huntId: string; participationId: string; userId: string; clueId: string; cluesFound: number }
  | { type: 'HuntFinished'; huntId: string; participationId: string; userId: string; clueId: string; winner: boolean }
  | { type: 'RewardPaid' | 'RewardRefunded'; huntId: string; userId: string; asset: string; amount: string };

/** Writes an event in the caller's transaction: it exists exactly when the change does. */
export async function emit(tx: Prisma.TransactionClient, event: HuntsEvent): Promise<void> {
  await tx.outboxEvent.create({ data: { type: event.type, aggregateId: event.huntId, payload: event as unknown as Prisma.InputJsonValue } });
}
