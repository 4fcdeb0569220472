import { AppError } from '@worldgraph/kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Members } from './members.ts';

/**
 * A person was erased (accounts' UserErased): they leave their dynasty as if they had left
 * themselves (a head's dynasty dissolves), and their join requests and invitations go. Idempotent.
 */
export async function forgetUser(db: PrismaClient, members: Members, userId: string): Promise<void> {
  await members.leave(userId).catch((error) => {
    if (!(error instanceof AppError && error.extensions.code === 'CONFLICT')) throw error;
  });
  await db.joinRequest.deleteMany({ where: { OR: [{ userId }, { senderId: userId }] } });
}
