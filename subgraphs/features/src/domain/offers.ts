import { assertPositive, badInput, conflict, connection, decodeCursor, Decimal, forbidden, notFound, pageSize, timeOrderedId } from '@worldgraph/kit';
import type { BuyRequest, PrismaClient } from '../generated/prisma/client.ts';
import { emit } from './outbox.ts';

/** Buy requests (offers on owned parcels): made by buyers, answered by owners, soft-deleted when closed. */
export class Offers {
  constructor(private readonly db: PrismaClient) {}

  async create(buyerId: string, featureId: string, price: Decimal, note?: string | null): Promise<BuyRequest> {
    assertPositive(price, 'price');
    if (note && note.length > 500) throw badInput('Note must be at most 500 characters', { field: 'note' });
    return this.db.$transaction(async (tx) => {
      const feature = await tx.feature.findUnique({ where: { id: featureId }, select: { ownerId: true, priceAsset: true } });
      if (!feature) throw notFound('Parcel');
      if (!feature.ownerId) throw badInput('This parcel belongs to the world: buy it directly');
      if (feature.ownerId === buyerId) throw badInput('You already own this parcel');
      const open = await tx.buyRequest.findFirst({ where: { featureId, buyerId, status: 'pending' } });
      if (open) throw conflict('You already have a pending offer on this parcel; cancel it first');
      const request = await tx.buyRequest.create({
        data: { id: timeOrderedId('br'), featureId, buyerId, sellerId: feature.ownerId, asset: feature.priceAsset, price: price.toFixed(), note },
      });
      await emit(tx, featureId, { type: 'BuyRequestCreated', requestId: request.id, featureId, buyerId, sellerId: feature.ownerId });
      return request;
    });
  }

  /** The owner declines. */
  reject(sellerId: string, id: string) {
    return this.close(id, 'rejected', (r) => r.sellerId === sellerId, 'Only the owner the offer was made to can reject it');
  }

  /** The buyer withdraws. */
  cancel(buyerId: string, id: string) {
    return this.close(id, 'cancelled', (r) => r.buyerId === buyerId, 'Only the buyer can cancel an offer');
  }

  private async close(id: string, status: 'rejected' | 'cancelled', allowed: (r: BuyRequest) => boolean, denial: string): Promise<BuyRequest> {
    return this.db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM buy_requests WHERE id = ${id} FOR UPDATE`;
      const request = locked && (await tx.buyRequest.findUnique({ where: { id } }));
      if (!request) throw notFound('Buy request');
      if (!allowed(request)) throw forbidden(denial);
      if (request.status === status) return request; // repeating the command changes nothing
      if (request.status !== 'pending') throw conflict(`This buy request was already ${request.status}`);
      const closed = await tx.buyRequest.update({ where: { id }, data: { status, deletedAt: new Date() } });
      const type = status === 'rejected' ? 'BuyRequestRejected' : 'BuyRequestCancelled';
      await emit(tx, request.featureId, { type, requestId: id, featureId: request.featureId, buyerId: request.buyerId, sellerId: request.sellerId });
      return closed;
    });
  }

  /** Visible offers (not soft-deleted) a user made or received, newest first. */
  async list(side: 'buyerId' | 'sellerId', userId: string, first?: number | null, after?: string | null) {
    const size = pageSize(first);
    const before = after ? decodeCursor(after) : undefined;
    const rows = await this.db.buyRequest.findMany({
      where: { [side]: userId, deletedAt: null, ...(before ? { id: { lt: before } } : {}) },
      orderBy: { id: 'desc' },
      take: size + 1,
    });
    return connection(rows, size, (r) => r.id);
  }
}
