import type { Prisma } from '../generated/prisma/client.ts';

/** The domain events features publishes (relayed from the outbox by the live-events machinery). */
export type FeaturesEvent =
  | { type: 'FeatureStatusChanged'; featureId: string; status: string; previousStatus: string; ownerId: string | null; bounds?: Bounds }
  | { type: 'FeatureSold'; featureId: string; purchaseId: string; buyerId: string; sellerId: string | null; asset: string; price: string }
  | { type: 'BuyRequestCreated' | 'BuyRequestAccepted' | 'BuyRequestRejected' | 'BuyRequestCancelled'; requestId: string; featureId: string; buyerId: string; sellerId: string }
  | { type: 'ProfitsCredited'; ownerId: string; hour: string; asset: string; amount: string }
  | { type: 'ProfitsWithdrawn'; ownerId: string; withdrawalId: string; asset: string; amount: string };

/** A parcel's bounding box, [minLng, minLat, maxLng, maxLat]: live subscribers filter by area. */
export type Bounds = [number, number, number, number];

/** Writes an event in the caller's transaction: it exists exactly when the change does. */
export async function emit(tx: Prisma.TransactionClient, aggregateId: string, event: FeaturesEvent): Promise<void> {
  if (event.type === 'FeatureStatusChanged' && !event.bounds) {
    // A box's corners are (upper right, lower left).
    const [row] = await tx.$queryRaw<{ b: Bounds }[]>`
      SELECT ARRAY[(bounds[1])[0], (bounds[1])[1], (bounds[0])[0], (bounds[0])[1]] AS b FROM features WHERE id = ${event.featureId}`;
    event = { ...event, bounds: row?.b };
  }
  await tx.outboxEvent.create({ data: { type: event.type, aggregateId, payload: event as unknown as Prisma.InputJsonValue } });
}
