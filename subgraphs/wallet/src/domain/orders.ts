import { createHash } from 'node:crypto';
import { AppError, assertIdempotencyKey, assertPositive, badInput, conflict, Decimal, notFound, type Logger } from '@worldgraph/kit';
import { Prisma, type PaymentOrder, type PrismaClient } from '../generated/prisma/client.ts';
import { GatewayError, type PaymentGateway } from './gateway.ts';
import { newId } from './ids.ts';
import { recordOperation } from './ledger.ts';
import type { Referrals } from './referrals.ts';
import type { PlatformVariables } from './variables.ts';

const TX_OPTIONS = { maxWait: 20_000, timeout: 20_000 };

/** The domain event of an order that ended (paid, failed, cancelled, expired): audit and notifications follow it. */
export interface TopUpOrderSettled {
  type: 'TopUpOrderSettled';
  orderId: string;
  userId: string;
  asset: string;
  amount: string;
  priceIrr: string;
  status: string;
  gateway: string;
  rrn: string | null;
  failure: string | null;
}

/** Ends an order inside `tx` and writes its TopUpOrderSettled event in the same transaction. */
async function finish(tx: Prisma.TransactionClient, id: string, data: Prisma.PaymentOrderUpdateInput): Promise<PaymentOrder> {
  const order = await tx.paymentOrder.update({ where: { id }, data: { settledAt: new Date(), ...data } });
  const event: TopUpOrderSettled = { type: 'TopUpOrderSettled', orderId: order.id, userId: order.userId, asset: order.asset, amount: order.amount.toFixed(), priceIrr: order.priceIrr.toString(), status: order.status, gateway: order.gateway, rrn: order.rrn, failure: order.failure };
  await tx.outboxEvent.create({ data: { type: event.type, aggregateId: order.userId, payload: event as unknown as Prisma.InputJsonValue } });
  return order;
}

export interface OrdersOptions {
  /** Absolute URL of this subgraph's callback route, given to the gateway. */
  callbackUrl: () => string;
  /** May `url` receive the buyer after the gateway? (the web app's result page) */
  returnAllowed: (url: URL) => boolean;
}

/** What a callback led to: the order when it named a real one (and where to send the buyer), else why not. */
export type CallbackResult = { order: PaymentOrder } | { rejected: string };

/**
 * Top-up orders (the seed's `orders` and `payments`): the price comes from the platform variables, the
 * payment from the gateway. An order is credited exactly once: its row is locked while the gateway is
 * asked, its ledger operation is unique per order (actor gateway:<name>, key order:<id>), and
 * payment_orders.operation_id is unique. The callback is a hint to ask the gateway, never proof.
 */
export class Orders {
  constructor(
    private readonly db: PrismaClient,
    private readonly assets: string[],
    private readonly gateway: PaymentGateway,
    private readonly variables: PlatformVariables,
    private readonly referrals: Referrals,
    private readonly options: OrdersOptions,
    private readonly logger: Logger,
  ) {}

  async create(userId: string, input: { asset: string; amount: Decimal; idempotencyKey: string; returnUrl?: string | null }): Promise<PaymentOrder> {
    if (!this.assets.includes(input.asset)) throw badInput(`Unknown asset ${input.asset}; known: ${this.assets.join(', ')}`, { field: 'asset' });
    assertPositive(input.amount, 'amount');
    assertIdempotencyKey(input.idempotencyKey);
    const returnUrl = input.returnUrl ? this.checkReturnUrl(input.returnUrl) : null;
    const previous = await this.db.paymentOrder.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } } });
    if (previous) return this.sameOrder(previous, input);

    const unitPrice = await this.variables.decimal(`price.${input.asset}`);
    const price = input.amount.times(unitPrice).toDecimalPlaces(0, Decimal.ROUND_UP);
    const [min, max, ttl] = await Promise.all(['topup.minIrr', 'topup.maxIrr', 'order.ttlMinutes'].map((k) => this.variables.value(k)));
    if (price.lt(min!)) throw badInput(`A top-up costs at least ${min} IRR; this one costs ${price.toFixed()}`, { field: 'amount' });
    if (price.gt(max!)) throw badInput(`A top-up costs at most ${max} IRR; this one costs ${price.toFixed()}`, { field: 'amount' });
    const maxOpen = Number(await this.variables.value('topup.maxOpenOrders'));
    if ((await this.db.paymentOrder.count({ where: { userId, status: 'pending', expiresAt: { gt: new Date() } } })) >= maxOpen) {
      throw new AppError('RATE_LIMITED', `You have ${maxOpen} unpaid orders open; pay or wait for one to expire first`);
    }

    let order: PaymentOrder;
    try {
      order = await this.db.paymentOrder.create({
        data: {
          id: newId('ord'),
          userId,
          asset: input.asset,
          amount: input.amount.toFixed(),
          unitPrice: unitPrice.toFixed(),
          priceIrr: BigInt(price.toFixed()),
          gateway: this.gateway.name,
          idempotencyKey: input.idempotencyKey,
          returnUrl,
          expiresAt: new Date(Date.now() + Number(ttl) * 60_000),
        },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        const first = await this.db.paymentOrder.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } } });
        if (first) return this.sameOrder(first, input);
      }
      throw error;
    }
    try {
      const { token } = await this.gateway.requestPayment({ orderNumber: order.number.toString(), amountIrr: order.priceIrr, callbackUrl: this.options.callbackUrl(), description: `Top-up ${order.amount.toFixed()} ${order.asset}` });
      return await this.db.paymentOrder.update({ where: { id: order.id }, data: { token } });
    } catch (error) {
      const message = error instanceof GatewayError ? error.message : 'payment gateway failed';
      this.logger.warn({ err: error, order: order.id }, 'payment request failed');
      await this.db.paymentOrder.update({ where: { id: order.id }, data: { status: 'failed', failure: message.slice(0, 200), settledAt: new Date() } });
      throw new AppError('INTERNAL_SERVER_ERROR', 'The payment gateway is not available right now; nothing was charged. Try again later.');
    }
  }

  private sameOrder(order: PaymentOrder, input: { asset: string; amount: Decimal }): PaymentOrder {
    if (order.asset !== input.asset || !new Decimal(order.amount.toString()).eq(input.amount)) throw conflict('This idempotency key was already used for a different order');
    return order;
  }

  private checkReturnUrl(raw: string): string {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw badInput('returnUrl must be an absolute URL', { field: 'returnUrl' });
    }
    if (raw.length > 500 || !['http:', 'https:'].includes(url.protocol) || !this.options.returnAllowed(url)) throw badInput('returnUrl is not an allowed address', { field: 'returnUrl' });
    return url.toString();
  }

  /** Where the buyer goes to pay a pending order. */
  redirectUrl(order: PaymentOrder): string | null {
    return order.status === 'pending' && order.token ? this.gateway.redirectUrl(order.token) : null;
  }

  get(id: string) {
    return this.db.paymentOrder.findUnique({ where: { id } });
  }

  list(userId: string | null, { first, status }: { first?: number | null; status?: PaymentOrder['status'] | null }) {
    return this.db.paymentOrder.findMany({
      where: { ...(userId ? { userId } : {}), ...(status ? { status } : {}) },
      orderBy: { createdAt: 'desc' },
      take: Math.min(Math.max(first ?? 20, 1), 100),
    });
  }

  /**
   * The gateway's callback: checked against the order (its number, its token, its amount), then the
   * gateway is asked. Anything that does not match changes nothing.
   */
  async callback(fields: Record<string, string>): Promise<CallbackResult> {
    const claims = this.gateway.parseCallback(fields);
    if (!claims) return { rejected: 'malformed callback' };
    const order = await this.db.paymentOrder.findUnique({ where: { number: BigInt(claims.orderNumber) } });
    if (!order || order.gateway !== this.gateway.name) return { rejected: 'unknown order' };
    if (!order.token || order.token !== claims.token) return { rejected: 'token does not match the order' };
    if (claims.amountIrr !== null && BigInt(claims.amountIrr) !== order.priceIrr) return { rejected: 'amount does not match the order' };
    return { order: await this.settle(order.id, claims.status) };
  }

  /**
   * Settles a pending order with the gateway's word. `callbackStatus` is the status the callback
   * claimed (undefined when reconciling): a non-zero one ends an unpaid order as cancelled or failed;
   * without a callback, an unpaid order ends only once it expired.
   */
  async settle(orderId: string, callbackStatus?: number): Promise<PaymentOrder> {
    const current = await this.db.paymentOrder.findUnique({ where: { id: orderId } });
    if (!current) throw notFound('Order');
    if (current.status !== 'pending') return current;
    return this.db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM payment_orders WHERE id = ${orderId} FOR UPDATE`;
      const order = (await tx.paymentOrder.findUnique({ where: { id: orderId } }))!;
      if (locked!.status !== 'pending') return order;
      if (!order.token) return finish(tx, orderId, { status: 'failed', failure: 'no payment was started' });
      const outcome = await this.gateway.confirm(order.token);
      if (outcome.paid) return this.credit(tx, order, outcome.rrn, outcome.cardMasked);
      if (callbackStatus !== undefined && callbackStatus !== 0) {
        return finish(tx, orderId, { status: outcome.cancelled ? 'cancelled' : 'failed', failure: `${outcome.status}: ${outcome.message}`.slice(0, 200) });
      }
      if (order.expiresAt.getTime() <= Date.now()) {
        return finish(tx, orderId, { status: 'expired', failure: `not paid in time (${outcome.status})`.slice(0, 200) });
      }
      return order;
    }, TX_OPTIONS);
  }

  private async credit(tx: Prisma.TransactionClient, order: PaymentOrder, rrn: string, cardMasked: string | null): Promise<PaymentOrder> {
    const requestHash = createHash('sha256').update(JSON.stringify({ command: 'top_up', order: order.id, amount: order.amount.toFixed(), asset: order.asset })).digest('hex');
    const { operation } = await recordOperation(tx, { actor: `gateway:${order.gateway}`, idempotencyKey: `order:${order.id}`, command: 'top_up', requestHash }, [
      { userId: order.userId, asset: order.asset, amount: new Decimal(order.amount.toString()), kind: 'top_up', reference: `order:${order.number}`, memo: `Top-up, RRN ${rrn}` },
    ]);
    await this.referrals.rewardFirstPurchase(tx, order.userId, { priceIrr: order.priceIrr });
    return finish(tx, order.id, { status: 'paid', rrn, cardMasked, operationId: operation.id });
  }

  /**
   * Asks the gateway about open orders (all of them, or those older than `olderThanMs`): settles
   * payments no callback announced, expires unpaid orders past their time.
   */
  async reconcile({ olderThanMs = 0, limit = 100 }: { olderThanMs?: number; limit?: number } = {}) {
    const open = await this.db.paymentOrder.findMany({ where: { status: 'pending', createdAt: { lte: new Date(Date.now() - olderThanMs) } }, orderBy: { createdAt: 'asc' }, take: limit });
    const counts = { checked: 0, paid: 0, expired: 0, failed: 0, cancelled: 0, open: 0, errors: 0 };
    for (const order of open) {
      counts.checked++;
      try {
        const settled = await this.settle(order.id);
        counts[settled.status === 'pending' ? 'open' : settled.status]++;
      } catch (error) {
        counts.errors++;
        this.logger.warn({ err: error, order: order.id }, 'reconciling an order failed; it stays open');
      }
    }
    return counts;
  }
}
