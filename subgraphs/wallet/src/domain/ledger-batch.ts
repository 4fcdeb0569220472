import { AppError, badInput, KeyedGroupWriter, type SqlPool } from '@worldgraph/kit';
import { Prisma, type LedgerEntry, type Operation } from '../generated/prisma/client.ts';
import { newId } from './ids.ts';
import { NeedsFullTransaction, type Guard, type Movement, type NewOperation } from './ledger.ts';

/** The operation's idempotency key was recorded first by another command: replay that one's result. */
export class DuplicateOperation extends Error {}

interface Pending {
  op: NewOperation;
  movements: Movement[];
  guard: Guard;
  operationId: string;
  entryIds: string[];
  outcome?: { operation: Operation; entries: LedgerEntry[] } | Error;
}

/** A row of wallet_record_operations, as pg parses it (bigint as text). */
interface Row {
  op_index: number;
  status: 'ok' | 'duplicate' | 'funds' | 'full' | 'overflow';
  seq: string | null;
  balance_after: string | null;
  created_at: Date | null;
  message: string | null;
}

// 50 commands of one payer in flight fit in one batch; a bound keeps one statement's arrays reasonable.
const MAX_OPERATIONS_PER_BATCH = 200;

/**
 * Group commit of the one-statement commands (those with a guard), per payer: commands that arrive
 * while a batch of the same payer (the first movement's balance) is being written go together in the
 * next one, a single call of `wallet_record_operations` and a single transaction. The payer's row
 * lock and the commit's WAL flush are then paid once per batch instead of once per command, which
 * is what bounded one busy wallet's transfers. Each command keeps its own outcome: its entries, or
 * INSUFFICIENT_FUNDS, or a replay (DuplicateOperation), or the full transaction (NeedsFullTransaction).
 * The batch is a plain statement on the database's pool (the kit's openDatabase), prepared once per
 * connection: through Prisma's $queryRaw its fifteen arrays cost more of the process's CPU than the call.
 */
export class LedgerBatcher {
  private readonly writer: KeyedGroupWriter<Pending>;

  constructor(private readonly sql: SqlPool) {
    this.writer = new KeyedGroupWriter<Pending>((_key, batch) => this.write(batch), MAX_OPERATIONS_PER_BATCH);
  }

  /** Records one command in the next batch of its payer; settles with that command's own outcome. */
  async record(op: NewOperation, movements: Movement[], guard: Guard): Promise<{ operation: Operation; entries: LedgerEntry[] }> {
    const pending: Pending = { op, movements, guard, operationId: newId('op'), entryIds: movements.map(() => newId('tx')) };
    const payer = movements[0]!;
    await this.writer.add(`${payer.userId}:${payer.asset}`, [pending]);
    const outcome = pending.outcome ?? new Error('the batch returned no outcome for this operation');
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  private async write(batch: Pending[]): Promise<void> {
    const movements = batch.flatMap((p, i) => p.movements.map((m, j) => ({ m, op: i + 1, id: p.entryIds[j]! })));
    const { rows } = await this.sql.query<Row>({
      name: 'wallet_record_operations',
      text: `SELECT op_index, status, seq, balance_after, created_at, message FROM wallet_record_operations(
        $1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::char(64)[], $6::text[],
        $7::int[], $8::varchar[], $9::uuid[], $10::varchar[], $11::numeric[], $12::text[], $13::uuid[], $14::varchar[], $15::varchar[])`,
      values: [
        batch.map((p) => p.operationId), batch.map((p) => p.op.actor), batch.map((p) => p.op.idempotencyKey),
        batch.map((p) => p.op.command), batch.map((p) => p.op.requestHash), batch.map((p) => p.guard),
        movements.map((x) => x.op), movements.map((x) => x.id), movements.map((x) => x.m.userId),
        movements.map((x) => x.m.asset), movements.map((x) => x.m.amount.toFixed()), movements.map((x) => x.m.kind),
        movements.map((x) => x.m.counterpartyId ?? null), movements.map((x) => x.m.memo ?? null), movements.map((x) => x.m.reference ?? null),
      ],
    });
    const byOperation = new Map<number, Row[]>();
    for (const row of rows) byOperation.set(row.op_index, [...(byOperation.get(row.op_index) ?? []), row]);
    batch.forEach((p, i) => {
      const mine = byOperation.get(i + 1) ?? [];
      p.outcome = outcomeOf(p, mine);
    });
  }
}

function outcomeOf(p: Pending, rows: Row[]): Pending['outcome'] {
  const status = rows[0]?.status;
  if (status === 'duplicate') return new DuplicateOperation();
  if (status === 'full') return new NeedsFullTransaction();
  if (status === 'overflow') return badInput('The resulting balance would exceed 9999999999.9999999999', { field: 'amount' });
  if (status === 'funds') {
    const message = rows[0]!.message ?? 'Not enough funds';
    return new AppError('INSUFFICIENT_FUNDS', message, { asset: /Not enough (\S+):/.exec(message)?.[1] ?? p.movements[0]!.asset });
  }
  if (status !== 'ok' || rows.length !== p.movements.length) return new Error(`unexpected outcome of a batched operation: ${status ?? 'none'}`);
  const createdAt = rows[0]!.created_at!;
  const operation: Operation = { id: p.operationId, actor: p.op.actor, idempotencyKey: p.op.idempotencyKey, command: p.op.command, requestHash: p.op.requestHash, createdAt };
  const entries: LedgerEntry[] = p.movements.map((m, i) => ({
    id: p.entryIds[i]!,
    seq: BigInt(rows[i]!.seq!),
    userId: m.userId,
    asset: m.asset,
    amount: new Prisma.Decimal(m.amount.toDecimalPlaces(10).toFixed()),
    balanceAfter: new Prisma.Decimal(rows[i]!.balance_after!),
    kind: m.kind,
    counterpartyId: m.counterpartyId ?? null,
    memo: m.memo ?? null,
    reference: m.reference ?? null,
    operationId: p.operationId,
    createdAt: rows[i]!.created_at!,
  }));
  return { operation, entries };
}
