import type { PrismaClient } from '../generated/prisma/client.ts';

/** A person was erased (accounts' UserErased): their notifications and preferences go. Idempotent. */
export async function forgetUser(db: PrismaClient, userId: string): Promise<void> {
  await db.$transaction([db.notification.deleteMany({ where: { userId } }), db.notificationPreference.deleteMany({ where: { userId } })]);
}
