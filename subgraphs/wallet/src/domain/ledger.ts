import { AppError, SqlError, type Decimal } from '@worldgraph/kit';
import { Prisma, type EntryKind, type LedgerEntry, type Operation } from '../generated/prisma/client.ts';
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

/** A money command about to be recorded: its idempotency record. */
export interface NewOperation {
  actor: string;
  idempotencyKey: string;
  command: string;
  requestHash: string;
}

/**
 * What the group commit (ledger-batch.ts) may skip: `plain` refuses (NeedsFullTransaction) when a
 * debtor is an active child (their daily limit is checked in the full transaction); `purchase` also
 * when a debtor has a referral not yet rewarded (their first purchase pays it, in the full transaction).
 */
export type Guard = 'plain' | 'purchase';

/** The command must run in the full transaction (Wallet.execute): a debtor is a child, or owes a referral reward. */
export class NeedsFullTransaction extends Error {}

/** The SQLSTATE of a failed query: pg's own, or through Prisma's error wrapping (raw queries keep it in meta). */
export function sqlStateOf(error: unknown): string | undefined {
  // A plain statement's failure (LedgerBatcher) is pg's DatabaseError, with the SQLSTATE as its code.
  if (error instanceof SqlError) return error.code;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  if (error.code === 'P2002') return '23505';
  const meta = error.meta as { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } } | undefined;
  const code = meta?.driverAdapterError?.cause?.originalCode ?? meta?.driverAdapterError?.cause?.code ?? meta?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Records an operation and applies its movements in one statement (the `wallet_record_operation`
 * function of the migrations), inside the full transaction (Wallet.execute, top-ups, referral
 * rewards): locks the balances involved in a fixed order (so two opposite transfers cannot
 * deadlock), refuses a debit the balance cannot cover (INSUFFICIENT_FUNDS), updates the balances and
 * appends one ledger entry and one WalletChanged event per movement. Commands that need no full
 * transaction go through their payer's group commit instead (ledger-batch.ts). The CHECK (amount >= 0)
 * constraint backs the funds check up. A repeated idempotency key fails with the unique violation (23505).
 */
export async function recordOperation(db: Pick<Prisma.TransactionClient, '$queryRaw'>, op: NewOperation, movements: Movement[]): Promise<{ operation: Operation; entries: LedgerEntry[] }> {
  const operationId = newId('op');
  const ids = movements.map(() => newId('tx'));
  let rows: { seq: bigint; balance_after: string; created_at: Date }[];
  try {
    rows = await db.$queryRaw`
      SELECT seq, balance_after, created_at FROM wallet_record_operation(
        ${operationId}, ${op.actor}, ${op.idempotencyKey}, ${op.command}, ${op.requestHash},
        ${ids}::varchar[], ${movements.map((m) => m.userId)}::uuid[], ${movements.map((m) => m.asset)}::varchar[],
        ${movements.map((m) => m.amount.toFixed())}::numeric[], ${movements.map((m) => m.kind)}::text[],
        ${movements.map((m) => m.counterpartyId ?? null)}::uuid[], ${movements.map((m) => m.memo ?? null)}::varchar[],
        ${movements.map((m) => m.reference ?? null)}::varchar[])`;
  } catch (error) {
    const state = sqlStateOf(error);
    if (state === 'WGFND') {
      const text = String((error as Error).message);
      const message = /Not enough [^\n`]*/.exec(text)?.[0] ?? 'Not enough funds';
      throw new AppError('INSUFFICIENT_FUNDS', message, { asset: /Not enough (\S+):/.exec(message)?.[1] ?? movements[0]!.asset });
    }
    throw error;
  }
  const createdAt = rows[0]?.created_at ?? new Date();
  const operation: Operation = { id: operationId, actor: op.actor, idempotencyKey: op.idempotencyKey, command: op.command, requestHash: op.requestHash, createdAt };
  const entries: LedgerEntry[] = movements.map((m, i) => ({
    id: ids[i]!,
    seq: rows[i]!.seq,
    userId: m.userId,
    asset: m.asset,
    amount: new Prisma.Decimal(m.amount.toDecimalPlaces(10).toFixed()),
    balanceAfter: new Prisma.Decimal(rows[i]!.balance_after),
    kind: m.kind,
    counterpartyId: m.counterpartyId ?? null,
    memo: m.memo ?? null,
    reference: m.reference ?? null,
    operationId,
    createdAt: rows[i]!.created_at,
  }));
  return { operation, entries };
}
