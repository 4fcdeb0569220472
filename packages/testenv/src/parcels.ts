import { randomUUID } from 'node:crypto';
import { mkdirSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { credit, database, gql, stack, type TestUser } from './client.ts';

/** A seeded parcel of the world, still the world's and for sale at its base price when claimed. */
export interface ClaimedParcel {
  id: string;
  /** its base price, without trailing zeros ("120", "12.5") */
  price: string;
}

/** How many of the test stack's seeded parcels (FEATURES_DEMO_COUNT: 2,000) claims may hand out. */
export const CLAIMABLE = 1000;

let hint = 0;

/**
 * Hands out a seeded parcel that no other test of the run has been given, whichever package or jest
 * worker asks: every package of `npm test` shares one stack, so fixed offsets per file would collide.
 * A claim is a file created exclusively (O_EXCL) in the stack's data folder, `parcel-claims/<n>` for
 * the n-th parcel in id order, so two claimers never get the same parcel. A parcel that is no longer
 * the world's and available (a test bought or reserved it without claiming it) is passed over.
 * Claims come from the first CLAIMABLE parcels in id order; the ones after them are left to the few
 * tests that need a fixed parcel or block of neighbours (each at an offset of its own, >= CLAIMABLE).
 */
export async function claimParcel(): Promise<ClaimedParcel> {
  const folder = path.join(stack().dataDir, 'parcel-claims');
  mkdirSync(folder, { recursive: true });
  for (;;) {
    const n = hint++;
    if (n >= CLAIMABLE) throw new Error(`all ${CLAIMABLE} claimable parcels are claimed: raise CLAIMABLE (and FEATURES_DEMO_COUNT) for the test stack`);
    try {
      closeSync(openSync(path.join(folder, String(n)), 'wx'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    const { rows } = await database('features').query(
      'SELECT id, price::text AS price, status, owner_id FROM features ORDER BY id OFFSET $1 LIMIT 1',
      [n],
    );
    const row = rows[0];
    if (!row) throw new Error(`the test stack has fewer than ${CLAIMABLE} seeded parcels`);
    if (row.status !== 'available' || row.owner_id !== null) continue;
    return { id: row.id, price: row.price.replace(/\.?0+$/, '') };
  }
}

const BUY = 'mutation ($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }';

/** A claimed parcel (claimParcel) bought from the world by `owner`, credited 100,000 PSC for it; its id. */
export async function boughtParcel(owner: TestUser): Promise<string> {
  const { id } = await claimParcel();
  await credit(owner.id, 'PSC', '100000');
  const bought = await gql(BUY, { id, key: randomUUID() }, { token: owner.accessToken });
  if (bought.data?.buyFeature.status !== 'completed') throw new Error(`buy failed: ${JSON.stringify(bought)}`);
  return id;
}
