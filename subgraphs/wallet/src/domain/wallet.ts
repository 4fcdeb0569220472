import { createHash } from 'node:crypto';
import { assertIdempotencyKey, assertPositive, badInput, conflict, connection, decodeCursor, Decimal, isUserId, notFound, pageSize, requiresKyc, usersExist, type KycThresholds, type Runtime, type SqlPool, type VerifiedUsers } from '@worldgraph/kit';
import { Prisma, type LedgerEntry, type Operation, type PrismaClient } from '../generated/prisma/client.ts';
import { newId } from './ids.ts';
import { assertChildSpending } from './child-spending.ts';
import { NeedsFullTransaction, recordOperation, sqlStateOf, type Guard, type Movement } from './ledger.ts';
import { DuplicateOperation, LedgerBatcher } from './ledger-batch.ts';
import type { Referrals } from './referrals.ts';

/** The platform's own account in the ledger: commissions are credited to it. Not a user of accounts. */
export const PLATFORM_ACCOUNT_ID = '00000000-0000-4000-8000-000000000000';

/** A recorded money command and the ledger entries it wrote. */
export interface CommandResult {
  operation: Operation;
  entries: LedgerEntry[];
}

/** What every money command names besides its movements. */
interface CommandInput {
  idempotencyKey: string;
  asset: string;
  amount: Decimal;
  memo?: string | null;
}

// Interactive transactions wait for a pooled connection; under a burst of commands on one wallet
// they queue behind each other's row locks, so allow more than Prisma's 2 s / 5 s defaults.
const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/** wallet's commands: transfers, admin credits and internal movements, each idempotent. */
export class Wallet {
  private readonly batcher: LedgerBatcher;

  constructor(
    private readonly db: PrismaClient,
    /** The same database's pool: the group commit's batches are plain statements (LedgerBatcher). */
    sql: SqlPool,
    readonly assets: string[],
    private readonly runtime: Pick<Runtime, 'callSubgraph'>,
    private readonly referrals?: Referrals,
    /** Who must be verified (KYC) for which transfers. */
    private readonly kyc?: { verified: VerifiedUsers; thresholds: KycThresholds },
  ) {
    this.batcher = new LedgerBatcher(sql);
  }

  async transfer(fromUserId: string, input: CommandInput & { toUserId: string }, requestId?: string): Promise<CommandResult> {
    this.validate(input);
    if (input.toUserId === fromUserId) throw badInput('You cannot transfer to yourself', { field: 'toUserId' });
    if (this.kyc && requiresKyc(this.kyc.thresholds, input.asset, input.amount)) {
      await this.kyc.verified.assertVerified(fromUserId, `A transfer above ${this.kyc.thresholds.get(input.asset) ?? this.kyc.thresholds.get('*')} ${input.asset}`, requestId);
    }
    const params = { to: input.toUserId, asset: input.asset, amount: input.amount.toFixed(), memo: input.memo ?? null };
    return this.execute(`user:${fromUserId}`, input.idempotencyKey, 'transfer', params, async () => {
      await this.assertUserExists(input.toUserId, requestId);
      return [
        { userId: fromUserId, asset: input.asset, amount: input.amount.negated(), kind: 'transfer_out', counterpartyId: input.toUserId, memo: input.memo },
        { userId: input.toUserId, asset: input.asset, amount: input.amount, kind: 'transfer_in', counterpartyId: fromUserId, memo: input.memo },
      ];
    }, { guard: 'plain' });
  }

  async adminCredit(adminId: string, input: CommandInput & { userId: string }, requestId?: string): Promise<CommandResult> {
    this.validate(input);
    const params = { user: input.userId, asset: input.asset, amount: input.amount.toFixed(), memo: input.memo ?? null };
    return this.execute(`user:${adminId}`, input.idempotencyKey, 'admin_credit', params, async () => {
      await this.assertUserExists(input.userId, requestId);
      return [{ userId: input.userId, asset: input.asset, amount: input.amount, kind: 'admin_credit', memo: input.memo }];
    }, { guard: 'plain' });
  }

  /**
   * A debit or credit asked for by another context (a purchase, a sale, a reward). A credit may name
   * the `commission` the platform kept from it: that is credited to the platform account in the same
   * operation and recorded as a commission of the calling service. A debit is a purchase: the
   * payer's first one pays their referrer's reward.
   */
  async internalMovement(service: string, kind: 'debit' | 'credit', input: CommandInput & { userId: string; reference: string; commission?: Decimal | null; payerId?: string | null }): Promise<CommandResult> {
    this.validate(input);
    if (!isUserId(input.userId)) throw notFound('User');
    if (!input.reference || input.reference.length > 128) throw badInput('Reference must be 1-128 characters', { field: 'reference' });
    const commission = input.commission ?? null;
    if (commission) {
      if (kind !== 'credit') throw badInput('Only a credit can carry a commission', { field: 'commission' });
      assertPositive(commission, 'commission');
    }
    if (input.payerId && !isUserId(input.payerId)) throw badInput('payerId must be a user id', { field: 'payerId' });
    const params = { user: input.userId, asset: input.asset, amount: input.amount.toFixed(), reference: input.reference, memo: input.memo ?? null, ...(commission ? { commission: commission.toFixed() } : {}) };
    const signed = kind === 'debit' ? input.amount.negated() : input.amount;
    const movements: Movement[] = [{ userId: input.userId, asset: input.asset, amount: signed, kind, reference: input.reference, memo: input.memo }];
    if (commission) movements.push({ userId: PLATFORM_ACCOUNT_ID, asset: input.asset, amount: commission, kind: 'commission', counterpartyId: input.payerId ?? undefined, reference: input.reference, memo: `Commission from ${service}` });
    // A commission is recorded beside the movements, in the full transaction; a debit without one goes
    // in one statement unless the payer's first purchase owes their referrer a reward.
    const guard: Guard | undefined = commission ? undefined : kind === 'debit' && this.referrals ? 'purchase' : 'plain';
    return this.execute(`service:${service}`, input.idempotencyKey, kind, params, async () => movements, {
      guard,
      after: async (tx, operation) => {
        if (commission) {
          await tx.commission.create({ data: { id: newId('com'), source: service, reference: input.reference, asset: input.asset, amount: commission.toFixed(), payerId: input.payerId ?? null, operationId: operation.id } });
        }
        if (kind === 'debit' && this.referrals) await this.referrals.rewardFirstPurchase(tx, input.userId, {});
      },
    });
  }

  private validate(input: CommandInput): void {
    if (!this.assets.includes(input.asset)) throw badInput(`Unknown asset ${input.asset}; known: ${this.assets.join(', ')}`, { field: 'asset' });
    assertPositive(input.amount, 'amount');
    if (input.memo && input.memo.length > 280) throw badInput('Memo must be at most 280 characters', { field: 'memo' });
    assertIdempotencyKey(input.idempotencyKey);
  }

  private async assertUserExists(userId: string, requestId?: string): Promise<void> {
    if (!(await usersExist(this.runtime, [userId], requestId))) throw notFound('User');
  }

  /**
   * Runs a command once per (actor, idempotency key). A repeat with the same parameters returns
   * the first result; with different parameters it is a CONFLICT. Refusals are not recorded, so
   * a retry after topping up can succeed. With a `guard`, the command is first tried in its payer's
   * next group commit (LedgerBatcher: one statement and one transaction for all the commands of that
   * payer that arrived meanwhile); a payer who needs the full checks (a child's daily limit, a
   * referral reward) gets the full transaction, as does a command without one.
   */
  private async execute(
    actor: string,
    key: string,
    command: string,
    params: Record<string, unknown>,
    plan: () => Promise<Movement[]>,
    { guard, after }: { guard?: Guard; after?: (tx: Prisma.TransactionClient, operation: Operation) => Promise<void> } = {},
  ): Promise<CommandResult> {
    const requestHash = createHash('sha256').update(JSON.stringify({ command, params })).digest('hex');
    // A batched command needs no lookup first: its batch answers 'duplicate' for a recorded key, and
    // the first result is read then (one query less per command on the hot path).
    if (!guard) {
      const replay = await this.previous(actor, key, requestHash);
      if (replay) return replay;
    }
    const movements = await plan();
    const op = { actor, idempotencyKey: key, command, requestHash };
    try {
      if (guard) {
        try {
          return await this.batcher.record(op, movements, guard);
        } catch (error) {
          if (!(error instanceof NeedsFullTransaction)) throw error;
        }
      }
      return await this.db.$transaction(async (tx) => {
        await assertChildSpending(tx, movements);
        const result = await recordOperation(tx, op, movements);
        await after?.(tx, result.operation);
        return result;
      }, TX_OPTIONS);
    } catch (error) {
      // The same key raced in concurrently: ours waited on the unique index, theirs won.
      if (error instanceof DuplicateOperation || sqlStateOf(error) === '23505') {
        const first = await this.previous(actor, key, requestHash);
        if (first) return first;
      }
      if (String((error as Error).message).includes('numeric field overflow')) {
        throw badInput('The resulting balance would exceed 9999999999.9999999999', { field: 'amount' });
      }
      throw error;
    }
  }

  private async previous(actor: string, idempotencyKey: string, requestHash: string): Promise<CommandResult | undefined> {
    const found = await this.db.operation.findUnique({
      where: { actor_idempotencyKey: { actor, idempotencyKey } },
      include: { entries: { orderBy: { seq: 'asc' } } },
    });
    if (!found) return undefined;
    if (found.requestHash !== requestHash) throw conflict('This idempotency key was already used for a different command');
    const { entries, ...operation } = found;
    return { operation, entries };
  }

  /** One ledger entry by id, or null. */
  entry(id: string) {
    return this.db.ledgerEntry.findUnique({ where: { id } });
  }

  /** Ledger entries of a user, newest first, after the cursor (an entry's seq). */
  async history(userId: string, { first, after, asset }: { first?: number | null; after?: string | null; asset?: string | null }) {
    const size = pageSize(first, { max: 100 });
    const before = after ? seqOf(decodeCursor(after, /^\d{1,19}$/)) : undefined;
    const rows = await this.db.ledgerEntry.findMany({
      where: { userId, ...(asset ? { asset } : {}), ...(before !== undefined ? { seq: { lt: before } } : {}) },
      orderBy: { seq: 'desc' },
      take: size + 1,
    });
    return connection(rows, size, (entry) => String(entry.seq));
  }
}

// seq is a BIGSERIAL: a larger number would reach Postgres and fail there, not here.
const MAX_SEQ = 2n ** 63n - 1n;
function seqOf(key: string): bigint {
  const seq = BigInt(key);
  if (seq > MAX_SEQ) throw badInput('Invalid cursor', { field: 'after' });
  return seq;
}
