import type { PrismaClient, Trade, TradeCurrency, TradeItem } from '../generated/prisma/client.ts';
import type { CharactersEvent } from './outbox.ts';
import { isId, type Tx } from './tx.ts';

/** A trade with both offers, as the schema shows it. */
export type TradeView = Trade & { items: TradeItem[]; currencies: TradeCurrency[] };

/** What a trade is read with: both offers. */
export const TRADE_INCLUDE = { items: { orderBy: { itemId: 'asc' } }, currencies: true } as const;

export async function findTrade(db: PrismaClient | Tx, id: string): Promise<TradeView | null> {
  return isId(id) ? db.trade.findUnique({ where: { id }, include: TRADE_INCLUDE }) : null;
}

/** A trade event; both characters and accounts are named, so both owners hear it. */
export function tradeEvent(type: 'TradeOpened' | 'TradeUpdated' | 'TradeCompleted' | 'TradeCancelled' | 'TradeFailed', t: Trade, reason?: string): CharactersEvent {
  return { type, tradeId: t.id, characterId: t.initiatorId, accountId: t.initiatorAccountId, withCharacterId: t.recipientId, withAccountId: t.recipientAccountId, status: t.status, ...(reason ? { reason } : {}) };
}
