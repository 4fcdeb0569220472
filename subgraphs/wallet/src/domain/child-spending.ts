import { assertChildMay, ChildPermissionsProjection } from '@worldgraph/kit';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Movement } from './ledger.ts';

/**
 * Refuses a child's debit that would take what they spent today (UTC, per asset) over the limit
 * their dynasty head set (FORBIDDEN, reason CHILD_DAILY_SPEND_LIMIT). The rule is the kit's; the
 * permissions are wallet's own copy of social's (child_permissions), so payments never wait on
 * social. A child's row stays locked to the end of the transaction: their concurrent payments are
 * checked one after another. Users who are no child cost one index lookup.
 */
export async function assertChildSpending(tx: Prisma.TransactionClient, movements: Movement[]): Promise<void> {
  for (const m of movements) {
    if (!m.amount.isNegative()) continue;
    const permissions = await ChildPermissionsProjection.read(tx, m.userId, { lock: true });
    if (!permissions) continue;
    const [today] = await tx.$queryRaw<{ spent: string }[]>`
      SELECT coalesce(-sum(amount), 0)::text AS spent FROM ledger_entries
      WHERE user_id = ${m.userId}::uuid AND asset = ${m.asset} AND amount < 0
        AND created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`;
    assertChildMay(permissions, { kind: 'spend', asset: m.asset, amount: m.amount.negated(), spentToday: today!.spent });
  }
}
