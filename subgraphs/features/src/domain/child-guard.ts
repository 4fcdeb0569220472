import { assertChildMay, ChildPermissionsProjection } from '@worldgraph/kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * Refuses a child's parcel purchase or sale their dynasty head has not allowed (FORBIDDEN,
 * reason CHILD_BUY_NOT_ALLOWED / CHILD_SELL_NOT_ALLOWED): the kit's rule on features' own copy
 * of social's permissions, so a market action never waits on social. Returns the user id.
 */
export async function childMay(db: PrismaClient, userId: string, kind: 'buy_parcel' | 'sell_parcel'): Promise<string> {
  assertChildMay(await ChildPermissionsProjection.read(db, userId), { kind });
  return userId;
}
