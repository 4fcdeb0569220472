import { randomUUID } from 'node:crypto';
import { AppError, type Logger, type WalletClient } from '@worldgraph/kit';
import type { PrismaClient, Trade, TradeCurrency } from '../generated/prisma/client.ts';
import type { Catalog } from './catalog.ts';
import { KeyedMutex } from './mutex.ts';
import { emit, type CharactersEvent } from './outbox.ts';
import { isBag } from './slots.ts';
import { freeBagSlots } from './space.ts';
import { findTrade, TRADE_INCLUDE, tradeEvent, type TradeView } from './trade-view.ts';
import { inTx, lockCharacters, lockItems, type Tx } from './tx.ts';

/** A refusal found while exchanging: the transaction rolls back, the money is refunded. */
class TradeRefusal extends Error {}

/**
 * The settlement of a confirmed trade, a saga:
 *   1. money: each paying side is debited (idempotency key per trade and side);
 *   2. items: one transaction locks the trade, both characters and the offered items in a fixed
 *      order, checks every item is still where it was offered, and moves them all, or none;
 *   3. money: each debit is credited to the other side.
 * A refusal at 1 or 2 refunds what was debited (compensation) and fails the trade; a crash or a
 * wallet outage leaves it `settling` for the sweeper, which repeats the same idempotent steps.
 */
export class Settlement {
  /** Exchanges touching one character queue here rather than each holding a pooled connection while it waits for the row. */
  private readonly exchanges = new KeyedMutex();

  constructor(
    private readonly db: PrismaClient,
    private readonly catalog: Catalog,
    private readonly wallet: WalletClient,
    private readonly logger: Logger,
  ) {}

  /** Runs (or resumes) the settlement of a `settling` trade; every step is idempotent. */
  async settle(tradeId: string, requestId?: string): Promise<void> {
    let trade = await findTrade(this.db, tradeId);
    if (!trade || trade.status !== 'settling') return;
    if (trade.failureReason) return this.abort(trade, trade.failureReason, requestId);
    for (const leg of trade.currencies) {
      if (leg.debitedAt) continue;
      try {
        await this.wallet.debit({ userId: this.payer(trade, leg), asset: leg.asset, amount: leg.amount.toFixed(), reference: `trade:${trade.id}`, idempotencyKey: `trade:${trade.id}:debit:${leg.characterId}`, memo: 'Trade' }, requestId);
      } catch (error) {
        // A refusal (funds, asset) fails the trade; an outage leaves it settling for the sweeper.
        if (error instanceof AppError) return this.abort(trade, `Wallet: ${error.message}`, requestId);
        throw error;
      }
      await this.db.tradeCurrency.update({ where: { tradeId_characterId: { tradeId, characterId: leg.characterId } }, data: { debitedAt: new Date() } });
    }
    try {
      await this.exchanges.run([trade.initiatorId, trade.recipientId], () => inTx(this.db, (tx) => this.exchange(tx, tradeId)));
    } catch (error) {
      if (error instanceof TradeRefusal) {
        trade = (await findTrade(this.db, tradeId))!;
        return this.abort(trade, error.message, requestId);
      }
      throw error;
    }
    await this.payout(tradeId, requestId);
  }

  private payer = (trade: Trade, leg: TradeCurrency) => (leg.characterId === trade.initiatorId ? trade.initiatorAccountId : trade.recipientAccountId);
  private payee = (trade: Trade, leg: TradeCurrency) => (leg.characterId === trade.initiatorId ? trade.recipientAccountId : trade.initiatorAccountId);

  /** The all-or-nothing item exchange, in one transaction. */
  private async exchange(tx: Tx, tradeId: string): Promise<void> {
    // A settlement being aborted (failure_reason set) never exchanges, whoever resumes it.
    const rows = await tx.$queryRaw<{ status: string; failure_reason: string | null }[]>`SELECT status, failure_reason FROM trades WHERE id = ${tradeId}::uuid FOR UPDATE`;
    if (rows[0]?.status !== 'settling' || rows[0].failure_reason) return;
    const trade = (await tx.trade.findUnique({ where: { id: tradeId }, include: TRADE_INCLUDE }))!;
    await lockCharacters(tx, [trade.initiatorId, trade.recipientId]);
    const chars = await tx.character.findMany({ where: { id: { in: [trade.initiatorId, trade.recipientId] } } });
    if (chars.length !== 2 || chars.some((c) => c.deletedAt || c.bannedAt)) throw new TradeRefusal('A character of the trade can no longer trade');
    const byChar = new Map(chars.map((c) => [c.id, c]));
    await lockItems(tx, trade.items.map((i) => i.itemId));
    const items = new Map((await tx.item.findMany({ where: { id: { in: trade.items.map((i) => i.itemId) } } })).map((i) => [i.id, i]));
    for (const offered of trade.items) {
      const item = items.get(offered.itemId);
      if (!item || item.holderId !== offered.characterId || !isBag(item.container) || item.quantity < offered.quantity) {
        throw new TradeRefusal('An offered item is no longer in the bags it was offered from');
      }
      if (this.catalog.get(item.definitionId).bound) throw new TradeRefusal('Bound items cannot be traded');
    }
    // Whole stacks leave first, so that their slots are free for what comes in.
    for (const [i, offered] of trade.items.entries()) {
      const item = items.get(offered.itemId)!;
      if (item.quantity === offered.quantity) await tx.item.update({ where: { id: item.id }, data: { container: 'trade', slot: i } });
      else await tx.item.update({ where: { id: item.id }, data: { quantity: { decrement: offered.quantity } } });
    }
    const free = new Map([[trade.initiatorId, await freeBagSlots(tx, trade.initiatorId)], [trade.recipientId, await freeBagSlots(tx, trade.recipientId)]]);
    const events: CharactersEvent[] = [];
    for (const offered of trade.items) {
      const item = items.get(offered.itemId)!;
      const from = byChar.get(offered.characterId)!;
      const to = byChar.get(offered.characterId === trade.initiatorId ? trade.recipientId : trade.initiatorId)!;
      const place = free.get(to.id)!.shift();
      if (!place) throw new TradeRefusal(`${to.name} has no room in their bags`);
      const dest = { holderId: to.id, accountId: to.accountId, ...place };
      let newItemId = item.id;
      if (item.quantity === offered.quantity) await tx.item.update({ where: { id: item.id }, data: dest });
      else newItemId = (await tx.item.create({ data: { id: randomUUID(), definitionId: item.definitionId, quantity: offered.quantity, ...dest } })).id;
      events.push({ type: 'ItemTraded', tradeId, characterId: from.id, accountId: from.accountId, toCharacterId: to.id, toAccountId: to.accountId, itemId: item.id, newItemId, definitionId: item.definitionId, quantity: offered.quantity });
    }
    const done = await tx.trade.update({ where: { id: tradeId }, data: { status: 'completed', completedAt: new Date() }, include: TRADE_INCLUDE });
    await emit(tx, ...events, tradeEvent('TradeCompleted', done));
  }

  /** Compensation: refunds every debit, then fails the trade. The reason is kept first, so a crash resumes the refunds. */
  private async abort(trade: TradeView, reason: string, requestId?: string): Promise<void> {
    const why = reason.slice(0, 300);
    if (!trade.failureReason) await this.db.trade.updateMany({ where: { id: trade.id, status: 'settling' }, data: { failureReason: why } });
    for (const leg of trade.currencies) {
      if (!leg.debitedAt || leg.refundedAt) continue;
      await this.wallet.credit({ userId: this.payer(trade, leg), asset: leg.asset, amount: leg.amount.toFixed(), reference: `trade:${trade.id}`, idempotencyKey: `trade:${trade.id}:refund:${leg.characterId}`, memo: 'Trade refund' }, requestId);
      await this.db.tradeCurrency.update({ where: { tradeId_characterId: { tradeId: trade.id, characterId: leg.characterId } }, data: { refundedAt: new Date() } });
    }
    await inTx(this.db, async (tx) => {
      const moved = await tx.trade.updateMany({ where: { id: trade.id, status: 'settling' }, data: { status: 'failed', failureReason: why } });
      if (moved.count) await emit(tx, tradeEvent('TradeFailed', { ...trade, status: 'failed' }, why));
    });
  }

  /** Credits each debit of a completed trade to the other side. */
  private async payout(tradeId: string, requestId?: string): Promise<void> {
    const trade = await findTrade(this.db, tradeId);
    if (trade?.status !== 'completed') return;
    for (const leg of trade.currencies) {
      if (!leg.debitedAt || leg.creditedAt || leg.refundedAt) continue;
      try {
        await this.wallet.credit({ userId: this.payee(trade, leg), asset: leg.asset, amount: leg.amount.toFixed(), reference: `trade:${trade.id}`, idempotencyKey: `trade:${trade.id}:credit:${leg.characterId}`, memo: 'Trade' }, requestId);
        await this.db.tradeCurrency.update({ where: { tradeId_characterId: { tradeId, characterId: leg.characterId } }, data: { creditedAt: new Date() } });
      } catch (error) {
        this.logger.warn({ err: error, tradeId }, 'trade payout failed; the sweeper retries');
      }
    }
  }

  /** The sweeper: resumes settlements and payouts left behind, expires idle open trades. */
  async sweep(ttlMinutes: number): Promise<void> {
    const stale = new Date(Date.now() - 60_000);
    const settling = await this.db.trade.findMany({ where: { status: 'settling', updatedAt: { lt: stale } }, select: { id: true }, take: 100 });
    for (const { id } of settling) await this.settle(id).catch((err) => this.logger.error({ err, tradeId: id }, 'trade settlement failed'));
    const unpaid = await this.db.tradeCurrency.findMany({ where: { debitedAt: { not: null }, creditedAt: null, refundedAt: null, trade: { status: 'completed' } }, select: { tradeId: true }, take: 100 });
    for (const { tradeId } of unpaid) await this.payout(tradeId);
    const idle = await this.db.trade.findMany({ where: { status: 'open', updatedAt: { lt: new Date(Date.now() - ttlMinutes * 60_000) } }, include: TRADE_INCLUDE, take: 500 });
    for (const trade of idle) {
      await inTx(this.db, async (tx) => {
        const moved = await tx.trade.updateMany({ where: { id: trade.id, status: 'open' }, data: { status: 'cancelled', failureReason: 'expired' } });
        if (moved.count) await emit(tx, tradeEvent('TradeCancelled', { ...trade, status: 'cancelled' }, 'expired'));
      });
    }
  }

}
