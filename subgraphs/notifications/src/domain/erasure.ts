import type { PrismaClient } from '../generated/prisma/client.ts';

/** A person was erased (accounts' UserErased): their notifications go. Idempotent. */
export async function forgetUser(db: PrismaClient, userId: string): Promise<void> {
  await db.notification.deleteMany({ where: { userId } });
}
