import { badInput, isUserId, notFound } from '@worldgraph/kit';
import type { PrismaClient, UserLimitation } from '../generated/prisma/client.ts';
import { emit } from './presence.ts';

export type LimitationKind = 'CANNOT_CHAT' | 'CANNOT_TRADE';

/**
 * Limitations on users' profiles: moderation outcomes decided in support, or imposed by an admin,
 * read by the contexts that act (chat for CANNOT_CHAT, trades for CANNOT_TRADE) through an
 * internal query. One row per user and kind: the latest decision replaces the earlier one.
 */
export class Limitations {
  constructor(private readonly db: PrismaClient) {}

  private async assertUser(userId: string): Promise<void> {
    if (!isUserId(userId) || !(await this.db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw badInput('No such user', { field: 'userId' });
  }

  /** Limits a user until `until`; the latest decision of a kind replaces the earlier one (retries change nothing). */
  async limit(userId: string, kind: LimitationKind, until: Date | string, reason?: string | null): Promise<UserLimitation> {
    await this.assertUser(userId);
    const end = new Date(until);
    if (Number.isNaN(end.getTime())) throw badInput('until is not an instant', { field: 'until' });
    const data = { until: end, reason: reason?.slice(0, 1000) ?? null, updatedAt: new Date() };
    return this.db.userLimitation.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, ...data }, update: data });
  }

  /** An admin limits a user until a future instant, with a reason; recorded as UserLimited. */
  async impose(adminId: string, userId: string, kind: LimitationKind, until: Date | string, reason: string): Promise<UserLimitation> {
    await this.assertUser(userId);
    const end = new Date(until);
    if (Number.isNaN(end.getTime()) || end.getTime() <= Date.now()) throw badInput('until must be in the future', { field: 'until' });
    const why = reason.trim();
    if (!why || why.length > 1000) throw badInput('Give a reason (1-1000 characters)', { field: 'reason' });
    return this.db.$transaction(async (tx) => {
      const data = { until: end, reason: why, updatedAt: new Date() };
      const row = await tx.userLimitation.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, ...data }, update: data });
      await emit(tx, userId, { type: 'UserLimited', userId, kind, until: end.toISOString(), reason: why, by: adminId });
      return row;
    });
  }

  /** Ends a limitation in force now (its `until` becomes now); NOT_FOUND when none of the kind is. */
  async lift(adminId: string, userId: string, kind: LimitationKind): Promise<UserLimitation> {
    if (!isUserId(userId)) throw notFound('Limitation');
    return this.db.$transaction(async (tx) => {
      const now = new Date();
      const { count } = await tx.userLimitation.updateMany({ where: { userId, kind, until: { gt: now } }, data: { until: now, updatedAt: now } });
      if (!count) throw notFound('Limitation');
      await emit(tx, userId, { type: 'UserLimitationLifted', userId, kind, by: adminId });
      return tx.userLimitation.findUniqueOrThrow({ where: { userId_kind: { userId, kind } } });
    });
  }

  /** The limitations in force now on these users. */
  inForce(userIds: readonly string[]): Promise<UserLimitation[]> {
    return this.db.userLimitation.findMany({ where: { userId: { in: userIds.filter(isUserId) }, until: { gt: new Date() } } });
  }

  /** Every limitation of a user, in force or past, latest ending first. */
  ofUser(userId: string): Promise<UserLimitation[]> {
    if (!isUserId(userId)) return Promise.resolve([]);
    return this.db.userLimitation.findMany({ where: { userId }, orderBy: { until: 'desc' } });
  }
}
