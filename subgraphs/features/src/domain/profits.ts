import { assertIdempotencyKey, badInput, kycRequired, requiresKyc, type KycThresholds, type VerifiedUsers, decodeCursor, encodeCursor, pageSize, timeOrderedId, type Logger, type WalletClient } from '@worldgraph/kit';
import { Prisma, type PrismaClient, type ProfitWithdrawal } from '../generated/prisma/client.ts';
import { HOURLY_PROFIT_RATE } from '../geo/land-use.ts';
import { emit } from './outbox.ts';

const HOUR = 3_600_000;
/** How far back the job catches up after downtime. */
const CATCH_UP_HOURS = 168;

/**
 * Hourly profits: every owned parcel earns `price x rate(land use)` per full hour owned.
 * The (parcel, hour) primary key makes the job safe to run on every replica at once: an hour is
 * credited once whoever gets there first, and a job that was down catches up the missed hours.
 */
export class Profits {
  constructor(
    private readonly db: PrismaClient,
    private readonly wallet: WalletClient,
    private readonly logger: Logger,
    /** Who must be verified (KYC) for which withdrawals. */
    private readonly kyc?: { verified: VerifiedUsers; thresholds: KycThresholds },
  ) {}

  /** Credits every complete hour of the last week that no run has finished yet; returns rows written. */
  async accrue(now = new Date()): Promise<number> {
    const lastComplete = new Date(Math.floor(now.getTime() / HOUR) * HOUR - HOUR);
    const first = new Date(lastComplete.getTime() - (CATCH_UP_HOURS - 1) * HOUR);
    const missing = await this.db.$queryRaw<{ hour: Date }[]>`
      SELECT h AS hour FROM generate_series(${first}::timestamptz, ${lastComplete}::timestamptz, interval '1 hour') AS h
      WHERE NOT EXISTS (SELECT 1 FROM profit_runs r WHERE r.hour = h) ORDER BY h`;
    const rates = JSON.stringify(HOURLY_PROFIT_RATE);
    let written = 0;
    for (const { hour: at } of missing) {
      written += await this.db.$transaction(async (tx) => {
        const credited = await tx.$queryRaw<{ owner_id: string; asset: string; amount: string; n: number }[]>`
          WITH credited AS (
            INSERT INTO hourly_profits (feature_id, hour, owner_id, asset, amount)
            SELECT id, ${at}, owner_id, price_asset, round(price * (${rates}::jsonb ->> land_use::text)::numeric, 10)
            FROM features WHERE owner_id IS NOT NULL AND owned_since <= ${at}
            ON CONFLICT DO NOTHING
            RETURNING owner_id, asset, amount)
          SELECT owner_id::text, asset, sum(amount)::text AS amount, count(*)::int AS n FROM credited GROUP BY owner_id, asset`;
        for (const c of credited) {
          await emit(tx, c.owner_id, { type: 'ProfitsCredited', ownerId: c.owner_id, hour: at.toISOString(), asset: c.asset, amount: c.amount });
        }
        const n = credited.reduce((sum, c) => sum + c.n, 0);
        await tx.$executeRaw`INSERT INTO profit_runs (hour, credited) VALUES (${at}, ${n}) ON CONFLICT DO NOTHING`;
        return n;
      });
    }
    if (written) this.logger.info({ written }, 'hourly profits credited');
    return written;
  }

  /** Moves a user's accrued profits of one asset into the wallet, once per idempotency key. */
  async withdraw(ownerId: string, asset: string, idempotencyKey: string, requestId?: string): Promise<ProfitWithdrawal> {
    assertIdempotencyKey(idempotencyKey);
    let withdrawal = await this.db.profitWithdrawal.findUnique({ where: { ownerId_idempotencyKey: { ownerId, idempotencyKey } } });
    if (!withdrawal) {
      // KYC is asked of accounts before the locks are taken; should profits accrue past the
      // threshold meanwhile, the transaction refuses what the check did not cover.
      const needsKyc = (amount: string) => !!this.kyc && requiresKyc(this.kyc.thresholds, asset, amount);
      const [pending] = await this.db.$queryRaw<{ total: string | null }[]>`
        SELECT sum(amount)::text AS total FROM hourly_profits WHERE owner_id = ${ownerId}::uuid AND asset = ${asset} AND withdrawal_id IS NULL`;
      const checked = !!pending?.total && needsKyc(pending.total);
      if (checked) await this.kyc!.verified.assertVerified(ownerId, 'Withdrawing these profits', requestId);
      try {
        withdrawal = await this.db.$transaction(async (tx) => {
          const rows = await tx.$queryRaw<{ amount: string }[]>`
            SELECT amount::text FROM hourly_profits WHERE owner_id = ${ownerId}::uuid AND asset = ${asset} AND withdrawal_id IS NULL FOR UPDATE`;
          if (!rows.length) throw badInput(`No ${asset} profits to withdraw`);
          const amount = await tx.$queryRaw<{ total: string }[]>`SELECT sum(a)::text AS total FROM unnest(${rows.map((r) => r.amount)}::numeric[]) AS a`;
          if (!checked && needsKyc(amount[0]!.total)) throw kycRequired('Withdrawing these profits');
          const created = await tx.profitWithdrawal.create({
            data: { id: timeOrderedId('wd'), ownerId, asset, amount: amount[0]!.total, idempotencyKey },
          });
          await tx.hourlyProfit.updateMany({ where: { ownerId, asset, withdrawalId: null }, data: { withdrawalId: created.id } });
          await emit(tx, ownerId, { type: 'ProfitsWithdrawn', ownerId, withdrawalId: created.id, asset, amount: created.amount.toString() });
          return created;
        });
      } catch (error) {
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
        withdrawal = await this.db.profitWithdrawal.findUniqueOrThrow({ where: { ownerId_idempotencyKey: { ownerId, idempotencyKey } } });
      }
    }
    if (!withdrawal.credited) {
      await this.wallet.credit(
        { userId: ownerId, asset, amount: withdrawal.amount.toString(), reference: `withdrawal:${withdrawal.id}`, idempotencyKey: `withdrawal:${withdrawal.id}`, memo: 'Parcel profits' },
        requestId,
      );
      withdrawal = await this.db.profitWithdrawal.update({ where: { id: withdrawal.id }, data: { credited: true } });
    }
    return withdrawal;
  }

  /** Credits left uncredited by a wallet outage (the withdrawal is recorded; the credit is idempotent). */
  async resumeWithdrawals(): Promise<void> {
    const pending = await this.db.profitWithdrawal.findMany({ where: { credited: false, createdAt: { lt: new Date(Date.now() - 60_000) } }, take: 100 });
    for (const w of pending) await this.withdraw(w.ownerId, w.asset, w.idempotencyKey).catch((err) => this.logger.warn({ err, withdrawal: w.id }, 'withdrawal still uncredited'));
  }

  /** A user's profits, newest hour first, and what is still to withdraw. */
  async list(ownerId: string, first?: number | null, after?: string | null) {
    const size = pageSize(first);
    const cursor = after ? decodeCursor(after, /^\d{13}\.[\w.:-]{1,64}$/) : undefined;
    const [time, featureId] = cursor ? [Number(cursor.slice(0, 13)), cursor.slice(14)] : [];
    const rows = await this.db.hourlyProfit.findMany({
      where: {
        ownerId,
        ...(cursor ? { OR: [{ hour: { lt: new Date(time!) } }, { hour: new Date(time!), featureId: { gt: featureId! } }] } : {}),
      },
      orderBy: [{ hour: 'desc' }, { featureId: 'asc' }],
      take: size + 1,
    });
    const pending = await this.db.$queryRaw<{ asset: string; amount: string }[]>`
      SELECT asset, sum(amount)::text AS amount FROM hourly_profits WHERE owner_id = ${ownerId}::uuid AND withdrawal_id IS NULL GROUP BY asset ORDER BY asset`;
    const page = rows.slice(0, size);
    const key = (r: (typeof rows)[number]) => `${String(r.hour.getTime()).padStart(13, '0')}.${r.featureId}`;
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(key(node)), node })),
      pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? encodeCursor(key(page.at(-1)!)) : null },
      pending,
    };
  }
}
