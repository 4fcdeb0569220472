import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Characters } from './characters.ts';

/**
 * A person was erased (accounts' UserErased): each of their characters is deleted as its owner
 * would (open trades cancelled, purged after the restore window with its items). Idempotent.
 */
export async function forgetUser(db: PrismaClient, characters: Characters, userId: string): Promise<void> {
  const live = await db.character.findMany({ where: { accountId: userId, deletedAt: null }, select: { id: true } });
  for (const { id } of live) await characters.delete(userId, id);
}
