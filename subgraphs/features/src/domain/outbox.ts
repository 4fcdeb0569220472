import type { Prisma } from '../generated/prisma/client.ts';

/** The domain events features publishes (relayed from the outbox by the live-events machinery). */
export type FeaturesEvent =
  | { type: 'FeatureStatusChanged'; featureId: string; status: string; previousStatus: string; ownerId: string | null }
  | { type: 'FeatureSold'; featureId: string; purchaseId: string; buyerId: string; sellerId: string | null; asset: string; price: string }
  | { type: 'BuyRequestCreated' | 'BuyRequestAccepted' | 'BuyRequestRejected' | 'BuyRequestCancelled'; requestId: string; featureId: string; buyerId: string; sellerId: string }
  | { type: 'ProfitsCredited'; ownerId: string; hour: string; asset: string; amount: string }
  | { type: 'ProfitsWithdrawn'; ownerId: string; withdrawalId: string; asset: string; amount: string };

/** Writes an event in the caller's transaction: it exists exactly when the change does. */
export async function emit(tx: Prisma.TransactionClient, aggregateId: string, event: FeaturesEvent): Promise<void> {
  await tx.outboxEvent.create({ data: { type: event.type, aggregateId, payload: event as unknown as Prisma.InputJsonValue } });
}
