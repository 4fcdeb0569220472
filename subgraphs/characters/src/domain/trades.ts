import { randomUUID } from 'node:crypto';
import { AppError, badInput, conflict, Decimal, notFound, type Logger, type UserLimitation, type UserLimitsClient, type WalletClient } from '@worldgraph/kit';
import type { PrismaClient, Trade, TradeCurrency, TradeItem } from '../generated/prisma/client.ts';
import type { Catalog } from './catalog.ts';
import { assertPlayable } from './characters.ts';
import { emit, type CharactersEvent } from './outbox.ts';
import { isBag } from './slots.ts';
import { freeBagSlots } from './space.ts';
import { KeyedMutex } from './mutex.ts';
import { inTx, isId, lockCharacters, lockItems, type Tx } from './tx.ts';

/** A trade with both offers, as the schema shows it. */
export type TradeView = Trade & { items: TradeItem[]; currencies: TradeCurrency[] };

export interface OfferInput {
  items: { itemId: string; quantity: number }[];
  currency?: { asset: string; amount: Decimal } | null;
}

/** A refusal found while exchanging: the transaction rolls back, the money is refunded. */
class TradeRefusal extends Error {}

const MAX_STACKS = 12;
/** How long a confirmation waits for its settlement before answering `settling` (the settlement goes on). */
const CONFIRM_WAIT_MS = 5_000;
const INCLUDE = { items: { orderBy: { itemId: 'asc' } }, currencies: true } as const;

/**
 * Trades between two characters of a realm. Each side sets an offer (items from its bags,
 * wallet currency); any change clears both confirmations; the second confirmation settles:
 *   1. money: each paying side is debited (idempotency key per trade and side);
 *   2. items: one transaction locks the trade, both characters and the offered items in a fixed
 *      order, checks every item is still where it was offered, and moves them all, or none;
 *   3. money: each debit is credited to the other side.
 * A refusal at 1 or 2 refunds what was debited (compensation) and fails the trade; a crash or a
 * wallet outage leaves it `settling` for the sweeper, which repeats the same idempotent steps.
 * Opening and confirming ask accounts whether either player is under a CANNOT_TRADE limitation.
 */
export class Trades {
  private readonly exchanges = new KeyedMutex();

  constructor(
    private readonly db: PrismaClient,
    private readonly catalog: Catalog,
    private readonly wallet: WalletClient,
    private readonly logger: Logger,
    private readonly limits: UserLimitsClient,
  ) {}

  /** Accounts' CANNOT_TRADE limitation (support's moderation), on either side, refuses the trade. */
  private async assertMayTrade(accountId: string, accounts: string[], requestId?: string): Promise<void> {
    const when = (l: UserLimitation) => new Date(l.until).toISOString();
    await this.limits.assertNone('CANNOT_TRADE', accounts, (l) => (l.userId === accountId ? `You cannot trade until ${when(l)}` : `The other player cannot trade until ${when(l)}`), requestId);
  }

  async find(id: string): Promise<TradeView | null> {
    return isId(id) ? this.db.trade.findUnique({ where: { id }, include: INCLUDE }) : null;
  }

  /** The trade, when the account owns one of its characters. */
  async forAccount(accountId: string | null, id: string): Promise<TradeView | null> {
    const trade = await this.find(id);
    return trade && (!accountId || trade.initiatorAccountId === accountId || trade.recipientAccountId === accountId) ? trade : null;
  }

  ofAccount(accountId: string, status: Trade['status'] | null | undefined, first: number): Promise<TradeView[]> {
    return this.db.trade.findMany({
      where: { OR: [{ initiatorAccountId: accountId }, { recipientAccountId: accountId }], ...(status ? { status } : {}) },
      include: INCLUDE,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: Math.min(Math.max(first, 1), 100),
    });
  }

  async open(accountId: string, characterId: string, withId: string): Promise<TradeView> {
    if (!isId(characterId) || !isId(withId)) throw notFound('Character');
    if (characterId === withId) throw badInput('A character cannot trade with itself');
    const [me, other] = await Promise.all([this.db.character.findUnique({ where: { id: characterId } }), this.db.character.findUnique({ where: { id: withId } })]);
    if (!me || me.accountId !== accountId || !other) throw notFound('Character');
    assertPlayable(me);
    assertPlayable(other);
    if (me.realmId !== other.realmId) throw badInput('Trades are between characters of one realm');
    await this.assertMayTrade(accountId, [me.accountId, other.accountId]);
    return inTx(this.db, async (tx) => {
      const trade = await tx.trade.create({
        data: { id: randomUUID(), realmId: me.realmId, initiatorId: me.id, recipientId: other.id, initiatorAccountId: me.accountId, recipientAccountId: other.accountId },
        include: INCLUDE,
      });
      await emit(tx, this.event('TradeOpened', trade));
      return trade;
    });
  }

  /** Locks the trade and tells which side `characterId` (of `accountId`) is. */
  private async side(tx: Tx, tradeId: string, accountId: string, characterId: string): Promise<{ trade: Trade; initiator: boolean }> {
    if (!isId(tradeId)) throw notFound('Trade');
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM trades WHERE id = ${tradeId}::uuid FOR UPDATE`;
    const trade = rows.length ? await tx.trade.findUnique({ where: { id: tradeId } }) : null;
    if (!trade) throw notFound('Trade');
    const initiator = trade.initiatorId === characterId && trade.initiatorAccountId === accountId;
    const recipient = trade.recipientId === characterId && trade.recipientAccountId === accountId;
    if (!initiator && !recipient) throw notFound('Trade');
    return { trade, initiator };
  }

  async setOffer(accountId: string, tradeId: string, characterId: string, offer: OfferInput): Promise<TradeView> {
    if (offer.items.length > MAX_STACKS) throw badInput(`At most ${MAX_STACKS} stacks per side`, { field: 'items' });
    const ids = offer.items.map((i) => i.itemId);
    if (new Set(ids).size !== ids.length || !ids.every(isId)) throw badInput('Each item once, by its id', { field: 'items' });
    for (const i of offer.items) if (!Number.isInteger(i.quantity) || i.quantity < 1) throw badInput('Quantities are positive', { field: 'quantity' });
    const currency = offer.currency;
    if (currency) {
      if (!/^[A-Z][A-Z0-9]{1,15}$/.test(currency.asset)) throw badInput('Unknown asset', { field: 'currency' });
      if (!new Decimal(currency.amount).isPositive() || new Decimal(currency.amount).isZero()) throw badInput('Amount must be greater than zero', { field: 'currency' });
    }
    return inTx(this.db, async (tx) => {
      const { trade } = await this.side(tx, tradeId, accountId, characterId);
      if (trade.status !== 'open') throw conflict(`The trade is ${trade.status}`);
      const items = await tx.item.findMany({ where: { id: { in: ids } } });
      const byId = new Map(items.map((i) => [i.id, i]));
      for (const line of offer.items) {
        const item = byId.get(line.itemId);
        if (!item || item.holderId !== characterId || !isBag(item.container)) throw notFound('Item in your bags');
        const def = this.catalog.get(item.definitionId);
        if (def.bound) throw badInput(`${def.name} is bound and cannot be traded`);
        if (line.quantity > item.quantity) throw badInput(`Only ${item.quantity} ${def.name} in that stack`, { field: 'quantity' });
      }
      await tx.tradeItem.deleteMany({ where: { tradeId, characterId } });
      if (offer.items.length) {
        await tx.tradeItem.createMany({ data: offer.items.map((l) => ({ tradeId, characterId, itemId: l.itemId, quantity: l.quantity, definitionId: byId.get(l.itemId)!.definitionId })) });
      }
      await tx.tradeCurrency.deleteMany({ where: { tradeId, characterId } });
      if (currency) await tx.tradeCurrency.create({ data: { tradeId, characterId, asset: currency.asset, amount: new Decimal(currency.amount).toFixed() } });
      const updated = await tx.trade.update({ where: { id: tradeId }, data: { initiatorConfirmed: false, recipientConfirmed: false }, include: INCLUDE });
      await emit(tx, this.event('TradeUpdated', updated));
      return updated;
    });
  }

  /** Confirms a side; whoever confirms second settles. A repeat returns the trade as it is. */
  async confirm(accountId: string, tradeId: string, characterId: string, requestId?: string): Promise<TradeView> {
    const current = await this.forAccount(accountId, tradeId);
    if (current?.status === 'open') await this.assertMayTrade(accountId, [current.initiatorAccountId, current.recipientAccountId], requestId);
    const settle = await inTx(this.db, async (tx) => {
      const { trade, initiator } = await this.side(tx, tradeId, accountId, characterId);
      if (trade.status !== 'open') return false;
      const data = initiator ? { initiatorConfirmed: true } : { recipientConfirmed: true };
      const both = (initiator || trade.initiatorConfirmed) && (!initiator || trade.recipientConfirmed);
      const updated = await tx.trade.update({ where: { id: tradeId }, data: { ...data, ...(both ? { status: 'settling' as const } : {}) }, include: INCLUDE });
      await emit(tx, this.event('TradeUpdated', updated));
      return both;
    });
    if (settle) {
      // A wallet outage or a crash mid-way leaves the trade settling: the answer shows it, the
      // sweeper finishes it. A long queue of settlements answers `settling` and carries on; the
      // trade's subscribers hear the outcome.
      const settled = this.settle(tradeId, requestId).catch((err) => this.logger.error({ err, tradeId }, 'trade settlement interrupted'));
      await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, CONFIRM_WAIT_MS).unref())]);
    }
    return (await this.find(tradeId))!;
  }

  async cancel(accountId: string, tradeId: string, characterId: string): Promise<TradeView> {
    return inTx(this.db, async (tx) => {
      const { trade } = await this.side(tx, tradeId, accountId, characterId);
      if (trade.status === 'cancelled') return (await tx.trade.findUnique({ where: { id: tradeId }, include: INCLUDE }))!;
      if (trade.status !== 'open') throw conflict(`The trade is ${trade.status}`);
      const updated = await tx.trade.update({ where: { id: tradeId }, data: { status: 'cancelled' }, include: INCLUDE });
      await emit(tx, this.event('TradeCancelled', updated));
      return updated;
    });
  }

  /** Runs (or resumes) the settlement of a `settling` trade; every step is idempotent. */
  async settle(tradeId: string, requestId?: string): Promise<void> {
    let trade = await this.find(tradeId);
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
        trade = (await this.find(tradeId))!;
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
    const trade = (await tx.trade.findUnique({ where: { id: tradeId }, include: INCLUDE }))!;
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
    const done = await tx.trade.update({ where: { id: tradeId }, data: { status: 'completed', completedAt: new Date() }, include: INCLUDE });
    await emit(tx, ...events, this.event('TradeCompleted', done));
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
      if (moved.count) await emit(tx, this.event('TradeFailed', { ...trade, status: 'failed' }, why));
    });
  }

  /** Credits each debit of a completed trade to the other side. */
  private async payout(tradeId: string, requestId?: string): Promise<void> {
    const trade = await this.find(tradeId);
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
    const idle = await this.db.trade.findMany({ where: { status: 'open', updatedAt: { lt: new Date(Date.now() - ttlMinutes * 60_000) } }, include: INCLUDE, take: 500 });
    for (const trade of idle) {
      await inTx(this.db, async (tx) => {
        const moved = await tx.trade.updateMany({ where: { id: trade.id, status: 'open' }, data: { status: 'cancelled', failureReason: 'expired' } });
        if (moved.count) await emit(tx, this.event('TradeCancelled', { ...trade, status: 'cancelled' }, 'expired'));
      });
    }
  }

  private event(type: 'TradeOpened' | 'TradeUpdated' | 'TradeCompleted' | 'TradeCancelled' | 'TradeFailed', t: Trade, reason?: string): CharactersEvent {
    return { type, tradeId: t.id, characterId: t.initiatorId, accountId: t.initiatorAccountId, withCharacterId: t.recipientId, withAccountId: t.recipientAccountId, status: t.status, ...(reason ? { reason } : {}) };
  }
}
