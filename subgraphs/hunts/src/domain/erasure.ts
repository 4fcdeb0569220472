import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * A person was erased (accounts' UserErased): their participations stay (hunts' counts and
 * leaderboards keep their shape) under a fresh random id that points at nobody, and their
 * partner memberships go. Idempotent.
 */
export async function forgetUser(db: PrismaClient, userId: string): Promise<void> {
  await db.$transaction([
    db.$executeRaw`UPDATE participations SET user_id = gen_random_uuid() WHERE user_id = ${userId}::uuid`,
    db.partnerMember.deleteMany({ where: { userId } }),
  ]);
}
