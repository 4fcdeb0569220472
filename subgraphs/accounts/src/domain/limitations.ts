import { badInput, isUserId } from '@worldgraph/kit';
import type { PrismaClient, UserLimitation } from '../generated/prisma/client.ts';

export type LimitationKind = 'CANNOT_CHAT' | 'CANNOT_TRADE';

/**
 * Limitations on users' profiles: moderation outcomes decided in support, read by the contexts
 * that act (chat for CANNOT_CHAT, trades for CANNOT_TRADE) through an internal query.
 */
export class Limitations {
  constructor(private readonly db: PrismaClient) {}

  /** Limits a user until `until`; the latest decision of a kind replaces the earlier one (retries change nothing). */
  async limit(userId: string, kind: LimitationKind, until: Date | string, reason?: string | null): Promise<UserLimitation> {
    if (!isUserId(userId) || !(await this.db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw badInput('No such user', { field: 'userId' });
    const end = new Date(until);
    if (Number.isNaN(end.getTime())) throw badInput('until is not an instant', { field: 'until' });
    const data = { until: end, reason: reason?.slice(0, 1000) ?? null, updatedAt: new Date() };
    return this.db.userLimitation.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, ...data }, update: data });
  }

  /** The limitations in force now on these users. */
  inForce(userIds: readonly string[]): Promise<UserLimitation[]> {
    return this.db.userLimitation.findMany({ where: { userId: { in: userIds.filter(isUserId) }, until: { gt: new Date() } } });
  }
}
