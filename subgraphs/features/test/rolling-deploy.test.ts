// What a rolling deploy's old pods call keeps working (README: migrations and rolling deploys):
// releases from 20261126173000_purchase_steps reserve a purchase through features_reserve_purchase's
// nine-argument form, which 20261126210000 dropped and 20261127013000 brings back beside the new one.
// Those callers read the buyer's child permissions themselves first, so it reserves as before.
import { randomUUID } from 'node:crypto';
import { claimParcel, closeDatabases, database, registerUser } from '@worldgraph/testenv';

afterAll(closeDatabases);

/** The old pods' call: a direct buy (no buy request, seller, price or asset). */
const reserveOld = (purchaseId: string, featureId: string, buyerId: string, key: string) =>
  database('features').query<{ outcome: string; refusal_code: string | null; id: string | null; status: string | null }>(
    `SELECT "outcome", "refusal_code", "id", "status" FROM "features_reserve_purchase"($1, $2, $3::uuid, $4, $5::numeric, $6, $7::uuid, $8::numeric, $9)`,
    [purchaseId, featureId, buyerId, key, '0.05', null, null, null, null],
  );

describe("features_reserve_purchase's nine-argument form (the old pods' call)", () => {
  it('reserves the parcel for the buyer, once per idempotency key, as before', async () => {
    const buyer = await registerUser();
    const parcel = await claimParcel();
    const [purchaseId, key] = [randomUUID(), randomUUID()];
    const { rows } = await reserveOld(purchaseId, parcel.id, buyer.id, key);
    expect(rows).toEqual([{ outcome: 'fresh', refusal_code: null, id: purchaseId, status: 'reserved' }]);
    const feature = await database('features').query(`SELECT "status"::text FROM "features" WHERE "id" = $1`, [parcel.id]);
    expect(feature.rows[0].status).toBe('reserved');
    // The same key again: the same purchase, nothing new.
    const again = await reserveOld(randomUUID(), parcel.id, buyer.id, key);
    expect(again.rows).toEqual([{ outcome: 'same', refusal_code: null, id: purchaseId, status: 'reserved' }]);
  });

  it("answers a buyer who is a child without the 'child' outcome the old callers do not know (they checked first)", async () => {
    const buyer = await registerUser();
    await database('features').query(
      `INSERT INTO "child_permissions" ("user_id", "active", "can_buy_parcels", "can_sell_parcels", "can_chat", "version") VALUES ($1, true, true, false, false, 1)`,
      [buyer.id],
    );
    const parcel = await claimParcel();
    const purchaseId = randomUUID();
    const { rows } = await reserveOld(purchaseId, parcel.id, buyer.id, randomUUID());
    expect(rows).toEqual([{ outcome: 'fresh', refusal_code: null, id: purchaseId, status: 'reserved' }]);
  });

  it('refuses an unknown parcel, as before', async () => {
    const buyer = await registerUser();
    const { rows } = await reserveOld(randomUUID(), 'no-such-parcel', buyer.id, randomUUID());
    expect(rows).toEqual([{ outcome: 'refused', refusal_code: 'NOT_FOUND', id: null, status: null }]);
  });
});
