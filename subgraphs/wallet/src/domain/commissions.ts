import { badInput } from '@worldgraph/kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { PLATFORM_ACCOUNT_ID } from './wallet.ts';

export type Period = 'day' | 'week' | 'month';

/** Commissions credited to the platform account, summed per period, source and asset. */
export async function commissionReport(db: PrismaClient, { from, to, period }: { from: Date; to: Date; period: Period }) {
  if (!(from < to)) throw badInput('`from` must be before `to`', { field: 'from' });
  if (to.getTime() - from.getTime() > 366 * 86_400_000 * 5) throw badInput('A report covers at most five years', { field: 'to' });
  const rows = await db.$queryRawUnsafe<{ period: Date; source: string; asset: string; total: string; count: number }[]>(
    `SELECT date_trunc('${period}', created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS period, source, asset, sum(amount)::text AS total, count(*)::int AS count
       FROM commissions WHERE created_at >= $1 AND created_at < $2 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    from,
    to,
  );
  const sums = await db.$queryRaw<{ source: string; asset: string; total: string; count: number }[]>`
    SELECT source, asset, sum(amount)::text AS total, count(*)::int AS count FROM commissions WHERE created_at >= ${from} AND created_at < ${to} GROUP BY 1, 2 ORDER BY 1, 2`;
  const balances = await db.balance.findMany({ where: { userId: PLATFORM_ACCOUNT_ID }, orderBy: { asset: 'asc' } });
  return {
    from,
    to,
    period,
    lines: rows.map((r) => ({ periodStart: r.period, source: r.source, asset: r.asset, amount: r.total, count: r.count })),
    totals: sums.map((r) => ({ periodStart: from, source: r.source, asset: r.asset, amount: r.total, count: r.count })),
    platformBalances: balances.map((b) => ({ asset: b.asset, amount: b.amount })),
  };
}
