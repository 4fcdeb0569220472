import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * A person was erased (accounts' UserErased): their messages stay in place as deleted ones
 * (conversations keep their shape; the body is gone), their memberships, blocks and child
 * permissions go. Idempotent.
 */
export async function forgetUser(db: PrismaClient, userId: string): Promise<void> {
  const now = new Date();
  await db.$transaction([
    db.message.updateMany({ where: { authorId: userId, deletedAt: null }, data: { deletedAt: now, deletedBy: userId } }),
    db.message.updateMany({ where: { authorId: userId, body: { not: '' } }, data: { body: '' } }),
    db.channelMember.deleteMany({ where: { userId } }),
    db.block.deleteMany({ where: { OR: [{ userId }, { blockedId: userId }] } }),
    db.childPermission.deleteMany({ where: { userId } }),
  ]);
}
