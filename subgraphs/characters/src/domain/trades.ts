import { randomUUID } from 'node:crypto';
import { badInput, conflict, Decimal, notFound, type Logger, type UserLimitation, type UserLimitsClient } from '@worldgraph/kit';
import type { PrismaClient, Trade } from '../generated/prisma/client.ts';
import type { Catalog } from './catalog.ts';
import { assertPlayable } from './characters.ts';
import { emit } from './outbox.ts';
import type { Settlement } from './settlement.ts';
import { isBag } from './slots.ts';
import { findTrade, TRADE_INCLUDE as INCLUDE, tradeEvent, type TradeView } from './trade-view.ts';
import { inTx, isId, type Tx } from './tx.ts';

export type { TradeView };

export interface OfferInput {
  items: { itemId: string; quantity: number }[];
  currency?: { asset: string; amount: Decimal } | null;
}

const MAX_STACKS = 12;
/** How long a confirmation waits for its settlement before answering `settling` (the settlement goes on). */
const CONFIRM_WAIT_MS = 5_000;

/**
 * Trades between two characters of a realm. Each side sets an offer (items from its bags,
 * wallet currency); any change clears both confirmations; the second confirmation hands the trade
 * to its settlement (settlement.ts). Opening and confirming ask accounts whether either player is
 * under a CANNOT_TRADE limitation.
 */
export class Trades {
  constructor(
    private readonly db: PrismaClient,
    private readonly catalog: Catalog,
    private readonly settlement: Settlement,
    private readonly limits: UserLimitsClient,
    private readonly logger: Logger,
  ) {}

  /** Accounts' CANNOT_TRADE limitation (support's moderation), on either side, refuses the trade. */
  private async assertMayTrade(accountId: string, accounts: string[], requestId?: string): Promise<void> {
    const when = (l: UserLimitation) => new Date(l.until).toISOString();
    await this.limits.assertNone('CANNOT_TRADE', accounts, (l) => (l.userId === accountId ? `You cannot trade until ${when(l)}` : `The other player cannot trade until ${when(l)}`), requestId);
  }

  find(id: string): Promise<TradeView | null> {
    return findTrade(this.db, id);
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
      await emit(tx, tradeEvent('TradeOpened', trade));
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
      await emit(tx, tradeEvent('TradeUpdated', updated));
      return updated;
    });
  }

  /** Confirms a side; whoever confirms second settles. A repeat returns the trade as it is. */
  async confirm(accountId: string, tradeId: string, characterId: string, requestId?: string): Promise<TradeView> {
    const current = isId(tradeId) ? await this.db.trade.findUnique({ where: { id: tradeId }, select: { status: true, initiatorAccountId: true, recipientAccountId: true } }) : null;
    if (current?.status === 'open') await this.assertMayTrade(accountId, [current.initiatorAccountId, current.recipientAccountId], requestId);
    const settle = await inTx(this.db, async (tx) => {
      const { trade, initiator } = await this.side(tx, tradeId, accountId, characterId);
      if (trade.status !== 'open') return false;
      const data = initiator ? { initiatorConfirmed: true } : { recipientConfirmed: true };
      const both = (initiator || trade.initiatorConfirmed) && (!initiator || trade.recipientConfirmed);
      const updated = await tx.trade.update({ where: { id: tradeId }, data: { ...data, ...(both ? { status: 'settling' as const } : {}) }, include: INCLUDE });
      await emit(tx, tradeEvent('TradeUpdated', updated));
      return both;
    });
    if (settle) {
      // A wallet outage or a crash mid-way leaves the trade settling: the answer shows it, the
      // sweeper finishes it. A long queue of settlements answers `settling` and carries on; the
      // trade's subscribers hear the outcome.
      const settled = this.settlement.settle(tradeId, requestId).catch((err) => this.logger.error({ err, tradeId }, 'trade settlement interrupted'));
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
      await emit(tx, tradeEvent('TradeCancelled', updated));
      return updated;
    });
  }

}
