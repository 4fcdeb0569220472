import { setTimeout as sleep } from 'node:timers/promises';
import { AppError, assertIdempotencyKey, conflict, Decimal, ErrorCode, forbidden, notFound, timeOrderedId, type Logger, type SqlPool, type WalletClient, wakeOutboxRelays } from '@worldgraph/kit';
import { Prisma, type BuyRequest, type Purchase, type PrismaClient } from '../generated/prisma/client.ts';
import { childMay } from './child-guard.ts';
import { emit } from './outbox.ts';
import { PurchaseSteps, type PurchaseStep } from './purchase-steps.ts';

/**
 * A step committed its parcel event (reserved, sold): it is relayed now, not when the mutation
 * ends (the command log wakes the relay then). Live subscribers see the reservation while the
 * wallet is still being debited, not one wallet call and a transfer later.
 */
const committed = () => wakeOutboxRelays('features');

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
  /** The two steps in features, each gathered across the purchases in flight. */
  private readonly steps: PurchaseSteps;

  constructor(
    private readonly db: PrismaClient,
    /** The same database's pool, for the two steps (plain statements: see the kit's openDatabase). */
    sql: SqlPool,
    private readonly wallet: WalletClient,
    private readonly options: MarketOptions,
    private readonly logger: Logger,
  ) {
    this.steps = new PurchaseSteps(sql);
  }

  /**
   * A direct buy. A buyer who is a child is refused unless their dynasty head allowed it (FORBIDDEN,
   * CHILD_BUY_NOT_ALLOWED): the reservation step answers 'child' for them, first of all.
   */
  async buy(buyerId: string, featureId: string, idempotencyKey: string, requestId?: string): Promise<Purchase> {
    assertIdempotencyKey(idempotencyKey);
    // A retry with the same key is answered by the reservation step itself ('same').
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

  /**
   * Step 1, one statement (features_reserve_purchase, in a batch with the purchases in flight:
   * PurchaseSteps): lock the parcel, check it can be bought, record the purchase, mark the parcel
   * reserved and write its event. The parcel's row is locked only while Postgres runs the batch. A direct buyer who is a child is answered 'child'
   * before anything else: their permissions are read and the kit's rule applied (childMay), and the
   * step runs again; everyone else needs no read of their own (an accepted request's buyer was
   * checked when they made it).
   */
  private async reserve(buyerId: string, featureId: string, idempotencyKey: string, origin: Origin, childChecked = origin.kind === 'request'): Promise<{ purchase: Purchase; fresh: boolean }> {
    const rate = (await this.options.commissionRate()).toFixed();
    const request = origin.kind === 'request' ? origin.request : undefined;
    const step = await this.steps.reserve({
      purchaseId: timeOrderedId('pur'), featureId, buyerId, idempotencyKey, commissionRate: rate,
      requestId: request?.id ?? null, sellerId: request?.sellerId ?? null, price: request ? request.price.toString() : null, asset: request?.asset ?? null, childChecked,
    });
    if (step.outcome === 'child') {
      if (childChecked) throw new Error('features_reserve_purchase answered child for a checked buyer');
      await childMay(this.db, buyerId, 'buy_parcel');
      return this.reserve(buyerId, featureId, idempotencyKey, origin, true);
    }
    if (step.outcome === 'refused') throw new AppError(step.refusal_code as ErrorCode, step.refusal!);
    if (step.outcome === 'fresh') committed();
    return { purchase: toPurchase(step), fresh: step.outcome === 'fresh' };
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
      // No 'debited' write of its own: the transfer below records the step's end. A purchase
      // left 'reserved' after a debit is debited again with the same key, and wallet answers
      // that key's first result without moving money twice.
    }
    if (p.status === 'reserved' || p.status === 'debited') {
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
      // Only a purchase with a seller to pay stops here (features_transfer_purchase completes the others).
      const proceeds = new Decimal(p.price.toString()).minus(p.commission.toString());
      if (p.sellerId && proceeds.gt(0)) {
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
      p = await this.db.purchase.update({ where: { id: p.id }, data: { status: 'completed' } });
    }
    return p;
  }

  /**
   * Step 3, one statement (features_transfer_purchase, batched as step 1): the buyer owns the parcel, offers made to
   * the previous owner are cancelled, the events are written, and the purchase is 'transferred'
   * (a seller to pay) or 'completed'. Throws, changing nothing, when the parcel is not reserved for it.
   */
  private async transferOwnership(p: Purchase): Promise<Purchase> {
    if (this.options.faultInjection === 'ownership') throw new Error('injected fault: ownership step');
    const step = await this.steps.transfer(p.id);
    committed();
    return toPurchase(step);
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

function toPurchase(s: PurchaseStep): Purchase {
  return {
    id: s.id,
    featureId: s.feature_id,
    buyerId: s.buyer_id,
    sellerId: s.seller_id,
    asset: s.asset,
    price: new Prisma.Decimal(s.price),
    commission: new Prisma.Decimal(s.commission),
    buyRequestId: s.buy_request_id,
    fromStatus: s.from_status as Purchase['fromStatus'],
    idempotencyKey: s.idempotency_key,
    status: s.status as Purchase['status'],
    failure: s.failure,
    createdAt: new Date(s.created_at),
    updatedAt: new Date(s.updated_at),
  };
}

/** The refusal a failed purchase recorded, returned again to a retry with the same key. */
function recordedFailure(p: Purchase): AppError {
  const [code, ...rest] = (p.failure ?? 'CONFLICT: The purchase did not complete').split(': ');
  const known = Object.values(ErrorCode).includes(code as ErrorCode) ? (code as ErrorCode) : 'CONFLICT';
  return new AppError(known, rest.join(': '));
}
