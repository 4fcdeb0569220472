import type { PrismaClient } from '../generated/prisma/client.ts';

/** A person was erased (accounts' UserErased): their points, daily counts, level and level history go. Idempotent. */
export async function forgetUser(db: PrismaClient, userId: string): Promise<void> {
  await db.$transaction([
    db.userActivity.deleteMany({ where: { userId } }),
    db.dailyActivityCount.deleteMany({ where: { userId } }),
    db.levelChange.deleteMany({ where: { userId } }),
    db.userLevel.deleteMany({ where: { userId } }),
  ]);
}
