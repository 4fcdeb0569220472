import { AppError, Decimal } from '@worldgraph/kit';
import type { Prisma, LedgerEntry, EntryKind } from '../generated/prisma/client.ts';
import { newId } from './ids.ts';

/** The domain event of one ledger entry: a balance changed. */
export interface WalletChanged {
  type: 'WalletChanged';
  userId: string;
  asset: string;
  entryId: string;
  /** signed decimal string */
  amount: string;
  balanceAfter: string;
  kind: EntryKind;
  operationId: string;
}

/** One signed change of one balance, as a command asks for it. */
export interface Movement {
  userId: string;
  asset: string;
  /** positive credits, negative debits */
  amount: Decimal;
  kind: EntryKind;
  counterpartyId?: string;
  memo?: string | null;
  reference?: string | null;
}

/**
 * Applies movements atomically inside `tx`: locks the balances involved in a fixed order (so two
 * opposite transfers cannot deadlock), refuses a debit the balance cannot cover, updates the
 * balances and appends one ledger entry per movement. The CHECK (amount >= 0) constraint backs
 * the funds check up.
 */
export async function applyMovements(tx: Prisma.TransactionClient, operationId: string, movements: Movement[]): Promise<LedgerEntry[]> {
  const keys = [...new Set(movements.map((m) => `${m.userId}|${m.asset}`))].sort();
  for (const key of keys) {
    const [userId, asset] = key.split('|') as [string, string];
    await tx.$executeRaw`INSERT INTO balances (user_id, asset, amount, updated_at) VALUES (${userId}::uuid, ${asset}, 0, now()) ON CONFLICT DO NOTHING`;
  }
  const balances = new Map<string, Decimal>();
  for (const key of keys) {
    const [userId, asset] = key.split('|') as [string, string];
    const [row] = await tx.$queryRaw<{ amount: unknown }[]>`SELECT amount FROM balances WHERE user_id = ${userId}::uuid AND asset = ${asset} FOR UPDATE`;
    balances.set(key, new Decimal(String(row!.amount)));
  }
  const entries: LedgerEntry[] = [];
  for (const m of movements) {
    const key = `${m.userId}|${m.asset}`;
    const after = balances.get(key)!.plus(m.amount);
    if (after.isNegative()) {
      throw new AppError('INSUFFICIENT_FUNDS', `Not enough ${m.asset}: balance ${balances.get(key)!.toFixed()}, needed ${m.amount.negated().toFixed()}`, {
        asset: m.asset,
      });
    }
    balances.set(key, after);
    await tx.$executeRaw`UPDATE balances SET amount = ${after.toFixed()}::numeric, updated_at = now() WHERE user_id = ${m.userId}::uuid AND asset = ${m.asset}`;
    entries.push(
      await tx.ledgerEntry.create({
        data: {
          id: newId('tx'),
          userId: m.userId,
          asset: m.asset,
          amount: m.amount.toFixed(),
          balanceAfter: after.toFixed(),
          kind: m.kind,
          counterpartyId: m.counterpartyId,
          memo: m.memo,
          reference: m.reference,
          operationId,
        },
      }),
    );
    const entry = entries.at(-1)!;
    // In the same transaction: the event exists exactly when the movement does (walletChanged, notifications, audit).
    const event: WalletChanged = { type: 'WalletChanged', userId: m.userId, asset: m.asset, entryId: entry.id, amount: entry.amount.toFixed(), balanceAfter: after.toFixed(), kind: m.kind, operationId };
    await tx.outboxEvent.create({ data: { type: event.type, aggregateId: m.userId, payload: event as unknown as Prisma.InputJsonValue } });
  }
  return entries;
}
