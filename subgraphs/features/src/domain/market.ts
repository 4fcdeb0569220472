import { setTimeout as sleep } from 'node:timers/promises';
import { AppError, assertIdempotencyKey, badInput, conflict, Decimal, ErrorCode, forbidden, notFound, timeOrderedId, type Logger, type WalletClient } from '@worldgraph/kit';
import { Prisma, type BuyRequest, type Purchase, type PrismaClient } from '../generated/prisma/client.ts';
import { emit } from './outbox.ts';

/** How a purchase starts: a direct buy at the listed price, or an accepted buy request. */
type Origin = { kind: 'direct' } | { kind: 'request'; request: BuyRequest };

export interface MarketOptions {
  /** The platform's share of a sale, 0 to 1 (wallet's platform variable commission.rate). */
  commissionRate: () => Promise<Decimal>;
  /** Test only: fail the ownership step after the debit, to prove compensation. */
  faultInjection?: 'ownership';
}

const TERMINAL = new Set(['completed', 'failed', 'compensated']);
/** How long a retry waits for the first request's purchase to finish. */
const SETTLE_WAIT_MS = 15_000;

/**
 * Purchases as a saga across features and wallet. Steps, each idempotent and recorded on the
 * purchase row so a retry (or the sweeper) resumes where it stopped:
 *   reserve the parcel (row lock: of concurrent buyers exactly one gets it)
 *   -> debit the buyer (wallet; a refusal releases the parcel)
 *   -> transfer ownership (if this fails, the buyer is refunded: compensated)
 *   -> pay the seller minus commission (retried until done; cannot be refused).
 */
export class Market {
  constructor(
    private readonly db: PrismaClient,
    private readonly wallet: WalletClient,
    private readonly options: MarketOptions,
    private readonly logger: Logger,
  ) {}

  async buy(buyerId: string, featureId: string, idempotencyKey: string, requestId?: string): Promise<Purchase> {
    assertIdempotencyKey(idempotencyKey);
    const existing = await this.db.purchase.findUnique({ where: { buyerId_idempotencyKey: { buyerId, idempotencyKey } } });
    if (existing) return this.settle(existing);
    return this.start(await this.reserve(buyerId, featureId, idempotencyKey, { kind: 'direct' }), requestId);
  }

  async accept(sellerId: string, requestId: string, traceId?: string): Promise<Purchase> {
    const request = await this.db.buyRequest.findUnique({ where: { id: requestId } });
    if (!request) throw notFound('Buy request');
    if (request.sellerId !== sellerId) throw forbidden('Only the parcel owner the offer was made to can accept it');
    const key = `request:${request.id}`;
    const existing = await this.db.purchase.findUnique({ where: { buyerId_idempotencyKey: { buyerId: request.buyerId, idempotencyKey: key } } });
    if (existing) return this.settle(existing);
    if (request.status !== 'pending') throw conflict(`This buy request was ${request.status}`);
    return this.start(await this.reserve(request.buyerId, request.featureId, key, { kind: 'request', request }), traceId);
  }

  /** Finishes every purchase left half-way (a crash, the wallet unreachable) for longer than `staleMs`. */
  async resumeStale(staleMs = 60_000): Promise<number> {
    const stale = await this.db.purchase.findMany({
      where: { status: { in: ['reserved', 'debited', 'transferred'] }, updatedAt: { lt: new Date(Date.now() - staleMs) } },
      take: 100,
    });
    for (const purchase of stale) await this.run(purchase).catch((err) => this.logger.warn({ err, purchase: purchase.id }, 'purchase still unfinished'));
    return stale.length;
  }

  /** Runs a purchase this request reserved; one another request reserved first is waited for. */
  private start({ purchase, fresh }: { purchase: Purchase; fresh: boolean }, requestId?: string): Promise<Purchase> {
    return fresh ? this.run(purchase, requestId) : this.settle(purchase);
  }

  /**
   * A purchase seen before: its result or its recorded refusal. One still in flight belongs to
   * the request running it: wait for its outcome rather than run its steps a second time (the
   * sweeper resumes it if that request died).
   */
  private async settle(purchase: Purchase): Promise<Purchase> {
    let p: Purchase | null = purchase;
    for (let waited = 0; p && !TERMINAL.has(p.status) && waited < SETTLE_WAIT_MS; waited += 100) {
      await sleep(100);
      p = await this.db.purchase.findUnique({ where: { id: purchase.id } });
    }
    if (!p) throw notFound('Purchase');
    if (p.status === 'failed' || p.status === 'compensated') throw recordedFailure(p);
    return p;
  }

  private async reserve(buyerId: string, featureId: string, idempotencyKey: string, origin: Origin): Promise<{ purchase: Purchase; fresh: boolean }> {
    const commissionRate = await this.options.commissionRate();
    try {
      return await this.db.$transaction(async (tx) => {
        const [feature] = await tx.$queryRaw<{ status: string; owner_id: string | null; price: unknown; price_asset: string }[]>`
          SELECT status::text, owner_id::text, price, price_asset FROM features WHERE id = ${featureId} FOR UPDATE`;
        if (!feature) throw notFound('Parcel');
        // The same buyer and key got here first (we waited on its row lock): that purchase is the answer.
        const same = await tx.purchase.findUnique({ where: { buyerId_idempotencyKey: { buyerId, idempotencyKey } } });
        if (same) return { purchase: same, fresh: false };
        if (feature.status === 'reserved') throw conflict('Someone is buying this parcel right now');
        if (origin.kind === 'direct') {
          if (feature.owner_id === buyerId) throw badInput('You already own this parcel');
          if (feature.status === 'sold') throw conflict('This parcel was just sold; its owner can still accept a buy request');
        } else if (feature.owner_id !== origin.request.sellerId) {
          throw conflict('This parcel changed hands; the buy request no longer applies');
        }
        const sellerId = feature.owner_id;
        const price = origin.kind === 'direct' ? new Decimal(String(feature.price)) : new Decimal(origin.request.price.toString());
        const asset = origin.kind === 'direct' ? feature.price_asset : origin.request.asset;
        const commission = sellerId ? price.times(commissionRate).toDecimalPlaces(10, Decimal.ROUND_DOWN) : new Decimal(0);
        const purchase = await tx.purchase.create({
          data: {
            id: timeOrderedId('pur'),
            featureId,
            buyerId,
            sellerId,
            asset,
            price: price.toFixed(),
            commission: commission.toFixed(),
            buyRequestId: origin.kind === 'request' ? origin.request.id : null,
            fromStatus: feature.status as Purchase['fromStatus'],
            idempotencyKey,
            status: 'reserved',
          },
        });
        await tx.$executeRaw`UPDATE features SET status = 'reserved', version = version + 1, updated_at = now() WHERE id = ${featureId}`;
        await emit(tx, featureId, { type: 'FeatureStatusChanged', featureId, status: 'reserved', previousStatus: feature.status, ownerId: sellerId });
        return { purchase, fresh: true };
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        // Same buyer and key raced in: the first one's purchase is the answer.
        const first = await this.db.purchase.findUnique({ where: { buyerId_idempotencyKey: { buyerId, idempotencyKey } } });
        if (first) return { purchase: first, fresh: false };
        throw conflict('Someone is buying this parcel right now');
      }
      throw error;
    }
  }

  private async run(purchase: Purchase, requestId?: string): Promise<Purchase> {
    let p = purchase;
    const movement = (suffix: string) => ({ asset: p.asset, reference: `feature:${p.featureId}`, idempotencyKey: `purchase:${p.id}:${suffix}` });
    if (p.status === 'reserved') {
      try {
        await this.wallet.debit({ ...movement('debit'), userId: p.buyerId, amount: p.price.toString(), memo: `Parcel ${p.featureId}` }, requestId);
      } catch (error) {
        // A refusal (funds, unknown asset) ends the purchase; an outage leaves it to resume.
        if (error instanceof AppError) await this.release(p, 'failed', error);
        throw error;
      }
      p = await this.db.purchase.update({ where: { id: p.id }, data: { status: 'debited' } });
    }
    if (p.status === 'debited') {
      try {
        p = await this.transferOwnership(p);
      } catch (error) {
        this.logger.error({ err: error, purchase: p.id }, 'ownership transfer failed after the debit; refunding the buyer');
        await this.wallet.credit({ ...movement('refund'), userId: p.buyerId, amount: p.price.toString(), memo: `Refund for parcel ${p.featureId}` }, requestId);
        const failure = conflict('The purchase could not be completed; your payment was refunded');
        await this.release(p, 'compensated', failure);
        throw failure;
      }
    }
    if (p.status === 'transferred') {
      if (p.sellerId) {
        const proceeds = new Decimal(p.price.toString()).minus(p.commission.toString());
        if (proceeds.isPositive() && !proceeds.isZero()) {
          try {
            const commission = new Decimal(p.commission.toString());
            // The commission goes to the platform account in the same wallet operation as the proceeds.
            await this.wallet.credit({ ...movement('proceeds'), userId: p.sellerId, amount: proceeds.toFixed(), memo: `Sale of parcel ${p.featureId}`, ...(commission.gt(0) ? { commission: commission.toFixed(), payerId: p.buyerId } : {}) }, requestId);
          } catch (error) {
            // The buyer owns the parcel already; the sweeper pays the seller once the wallet answers.
            this.logger.warn({ err: error, purchase: p.id }, 'seller payment pending');
            return p;
          }
        }
      }
      p = await this.db.purchase.update({ where: { id: p.id }, data: { status: 'completed' } });
    }
    return p;
  }

  private async transferOwnership(p: Purchase): Promise<Purchase> {
    return this.db.$transaction(async (tx) => {
      if (this.options.faultInjection === 'ownership') throw new Error('injected fault: ownership step');
      const changed = await tx.$executeRaw`
        UPDATE features SET owner_id = ${p.buyerId}::uuid, owned_since = now(), status = 'sold', price = ${p.price.toString()}::numeric,
               version = version + 1, updated_at = now()
        WHERE id = ${p.featureId} AND status = 'reserved'`;
      if (changed !== 1) throw new Error(`parcel ${p.featureId} was not reserved for purchase ${p.id}`);
      if (p.buyRequestId) {
        await tx.buyRequest.update({ where: { id: p.buyRequestId }, data: { status: 'accepted' } });
      }
      // Offers made to the previous owner no longer apply.
      const stale = await tx.buyRequest.findMany({ where: { featureId: p.featureId, status: 'pending', id: { not: p.buyRequestId ?? '' } } });
      await tx.buyRequest.updateMany({ where: { id: { in: stale.map((r) => r.id) } }, data: { status: 'cancelled', deletedAt: new Date() } });
      for (const r of stale) await emit(tx, p.featureId, { type: 'BuyRequestCancelled', requestId: r.id, featureId: r.featureId, buyerId: r.buyerId, sellerId: r.sellerId });
      if (p.buyRequestId && p.sellerId) {
        await emit(tx, p.featureId, { type: 'BuyRequestAccepted', requestId: p.buyRequestId, featureId: p.featureId, buyerId: p.buyerId, sellerId: p.sellerId });
      }
      await emit(tx, p.featureId, { type: 'FeatureStatusChanged', featureId: p.featureId, status: 'sold', previousStatus: 'reserved', ownerId: p.buyerId });
      await emit(tx, p.featureId, { type: 'FeatureSold', featureId: p.featureId, purchaseId: p.id, buyerId: p.buyerId, sellerId: p.sellerId, asset: p.asset, price: p.price.toString() });
      return tx.purchase.update({ where: { id: p.id }, data: { status: 'transferred' } });
    });
  }

  /** Ends a purchase without a sale: the parcel goes back to what it was, the refusal is recorded. */
  private async release(p: Purchase, status: 'failed' | 'compensated', error: AppError): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const [feature] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM features WHERE id = ${p.featureId} FOR UPDATE`;
      if (feature?.status === 'reserved') {
        const previous = p.fromStatus;
        await tx.$executeRaw`UPDATE features SET status = ${previous}::"FeatureStatus", version = version + 1, updated_at = now() WHERE id = ${p.featureId}`;
        await emit(tx, p.featureId, { type: 'FeatureStatusChanged', featureId: p.featureId, status: previous, previousStatus: 'reserved', ownerId: p.sellerId });
      }
      await tx.purchase.update({ where: { id: p.id }, data: { status, failure: `${error.extensions.code}: ${error.message}`.slice(0, 200) } });
    });
  }
}

/** The refusal a failed purchase recorded, returned again to a retry with the same key. */
function recordedFailure(p: Purchase): AppError {
  const [code, ...rest] = (p.failure ?? 'CONFLICT: The purchase did not complete').split(': ');
  const known = Object.values(ErrorCode).includes(code as ErrorCode) ? (code as ErrorCode) : 'CONFLICT';
  return new AppError(known, rest.join(': '));
}
