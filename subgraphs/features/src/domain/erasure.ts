import { AppError } from '@worldgraph/kit';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Offers } from './offers.ts';

/**
 * A person was erased (accounts' UserErased): their pending offers close as if they had acted
 * (made: cancelled; received: rejected, so the other side is told), the notes they wrote on offers
 * go, and so does their replicated child permission. Parcels, purchases and profits stay by id,
 * like the wallet's ledger they mirror. Idempotent.
 */
export async function forgetUser(db: PrismaClient, offers: Offers, userId: string): Promise<void> {
  const pending = await db.buyRequest.findMany({ where: { status: 'pending', OR: [{ buyerId: userId }, { sellerId: userId }] } });
  for (const r of pending) {
    // Closed meanwhile by the other side: nothing left to do for this one.
    await (r.buyerId === userId ? offers.cancel(userId, r.id) : offers.reject(userId, r.id)).catch((error: unknown) => {
      if (!(error instanceof AppError && error.extensions.code === 'CONFLICT')) throw error;
    });
  }
  await db.$transaction([
    db.buyRequest.updateMany({ where: { buyerId: userId, note: { not: null } }, data: { note: null } }),
    db.childPermission.deleteMany({ where: { userId } }),
  ]);
}
