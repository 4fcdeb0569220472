// The purchase steps of the purchases in flight go to Postgres together (PurchaseSteps, migration
// 20261127093000_purchase_step_batches): one statement per batch, each step its own answer, and a
// step that fails fails only its own purchase.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { claimParcel, closeDatabases, database, registerUser } from '@worldgraph/testenv';
import { PurchaseSteps, type Reservation } from '../src/domain/purchase-steps.ts';

/** Purchases these tests leave reserved (no wallet step follows here): ended, their parcels free, before the stack's sweeper would resume them. */
const left: string[] = [];
afterAll(async () => {
  await database('features').query(
    `WITH ended AS (UPDATE purchases SET status = 'failed', failure = 'test: never debited', updated_at = now() WHERE id = ANY($1) AND status = 'reserved' RETURNING feature_id)
     UPDATE features SET status = 'available', updated_at = now() WHERE id IN (SELECT feature_id FROM ended) AND status = 'reserved'`,
    [left],
  );
  await closeDatabases();
});

/** The features database's pool, counting the batch statements it is asked to run. */
function countingPool() {
  const pool = database('features');
  const calls: string[] = [];
  const counted = {
    query: ((config: pg.QueryConfig) => {
      if (config.name) calls.push(config.name);
      return pool.query(config);
    }) as pg.Pool['query'],
    connect: pool.connect.bind(pool),
  };
  return { pool: counted, calls };
}

// Buyers are registered users: the purchases' FeatureSold events reach progression, whose leaderboard
// (shared with every package's tests) names each buyer through accounts.
const buyers: string[] = [];
let nextBuyer = 0;
beforeAll(async () => {
  for (let i = 0; i < 8; i++) buyers.push((await registerUser()).id);
});

const direct = (featureId: string, buyerId: string = buyers[nextBuyer++ % buyers.length]!): Reservation => {
  const purchaseId = `pur_${randomUUID()}`;
  left.push(purchaseId);
  return {
    purchaseId, featureId, buyerId, idempotencyKey: randomUUID(), commissionRate: '0.05',
    requestId: null, sellerId: null, price: null, asset: null, childChecked: true,
  };
};

const statusOf = async (featureId: string) =>
  (await database('features').query<{ status: string; owner_id: string | null }>('SELECT status::text, owner_id::text FROM features WHERE id = $1', [featureId])).rows[0];

describe('purchase steps in batches', () => {
  it('reserves the purchases in flight in one statement, each with its own answer', async () => {
    const { pool, calls } = countingPool();
    const steps = new PurchaseSteps(pool);
    const parcels = [await claimParcel(), await claimParcel(), await claimParcel(), await claimParcel()];
    const first = direct(parcels[0]!.id);
    const sameKeyAgain = { ...direct(parcels[0]!.id), buyerId: first.buyerId, idempotencyKey: first.idempotencyKey };
    const reservations = [
      direct(parcels[1]!.id),
      first,
      direct(parcels[2]!.id),
      direct(parcels[2]!.id), // a second buyer of the same parcel, in the same batch
      direct('no-such-parcel'),
      sameKeyAgain, // the same buyer and key again, in the same batch
      direct(parcels[3]!.id),
    ];
    const answers = await Promise.all(reservations.map((r) => steps.reserve(r)));
    // The first step goes alone (nothing was in flight), the six asked for meanwhile together.
    expect(calls).toEqual(['features_reserve_purchases', 'features_reserve_purchases']);
    expect(answers.map((a) => [a.outcome, a.refusal_code])).toEqual([
      ['fresh', null], ['fresh', null], ['fresh', null], ['refused', 'CONFLICT'], ['refused', 'NOT_FOUND'], ['same', null], ['fresh', null],
    ]);
    expect(answers[0]).toMatchObject({ id: reservations[0]!.purchaseId, feature_id: parcels[1]!.id, status: 'reserved' });
    expect(answers[5]!.id).toBe(first.purchaseId);
    for (const p of parcels) expect((await statusOf(p.id))!.status).toBe('reserved');
  });

  it('transfers a batch; one purchase whose parcel is not reserved for it fails alone, changing nothing of its own', async () => {
    const { pool, calls } = countingPool();
    const steps = new PurchaseSteps(pool);
    const parcels = [await claimParcel(), await claimParcel(), await claimParcel(), await claimParcel()];
    const reservations = parcels.map((p) => direct(p.id));
    const reserved = await Promise.all(reservations.map((r) => steps.reserve(r)));
    expect(reserved.map((r) => r.outcome)).toEqual(['fresh', 'fresh', 'fresh', 'fresh']);
    // The third parcel is no longer reserved for its purchase (as after a release).
    await database('features').query("UPDATE features SET status = 'available' WHERE id = $1", [parcels[2]!.id]);
    const { rows: [before] } = await database('features').query<{ n: number }>("SELECT count(*)::int AS n FROM outbox_events WHERE type = 'FeatureSold' AND aggregate_id = ANY($1)", [parcels.map((p) => p.id)]);
    calls.length = 0;
    const outcomes = await Promise.allSettled(reservations.map((r) => steps.transfer(r.purchaseId)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[2] as PromiseRejectedResult).reason)).toMatch(/was not reserved for purchase/);
    for (const i of [0, 1, 3]) {
      expect((outcomes[i] as PromiseFulfilledResult<{ status: string }>).value.status).toBe('completed');
      expect(await statusOf(parcels[i]!.id)).toEqual({ status: 'sold', owner_id: reservations[i]!.buyerId });
    }
    expect(await statusOf(parcels[2]!.id)).toEqual({ status: 'available', owner_id: null });
    // One FeatureSold per transferred parcel, none for the failed one (the failed batch wrote nothing).
    const { rows: [after] } = await database('features').query<{ n: number }>("SELECT count(*)::int AS n FROM outbox_events WHERE type = 'FeatureSold' AND aggregate_id = ANY($1)", [parcels.map((p) => p.id)]);
    expect(after!.n - before!.n).toBe(3);
    // The first alone, the three others as a batch, which failed and ran again one by one.
    expect(calls.filter((c) => c === 'features_transfer_purchases').length).toBe(5);
    const { rows: [purchase] } = await database('features').query<{ status: string }>('SELECT status::text FROM purchases WHERE id = $1', [reservations[2]!.purchaseId]);
    expect(purchase!.status).toBe('reserved');
  });

  it('transfers a batch: the events of each parcel in order, offers to the previous owner cancelled, a purchase asked twice transferred once', async () => {
    const steps = new PurchaseSteps(database('features'));
    const parcels = [await claimParcel(), await claimParcel()];
    const reservations = parcels.map((p) => direct(p.id));
    for (const r of reservations) expect((await steps.reserve(r)).outcome).toBe('fresh');
    // An offer still pending on the first parcel: it no longer applies once the parcel changes hands.
    const offerId = `req_${randomUUID()}`;
    await database('features').query(
      "INSERT INTO buy_requests (id, feature_id, buyer_id, seller_id, asset, price, status) VALUES ($1, $2, $3, $4, 'PSC', 1, 'pending')",
      [offerId, parcels[0]!.id, buyers[0], randomUUID()],
    );
    const [a, b] = reservations.map((r) => r.purchaseId);
    const { rows } = await database('features').query<{ ord: number; outcome: string; id: string; status: string }>(
      'SELECT ord, outcome, id, status FROM features_transfer_purchases($1::varchar[]) ORDER BY ord',
      [[b, a, b]],
    );
    expect(rows.map((r) => [r.ord, r.outcome, r.id, r.status])).toEqual([[1, 'fresh', b, 'completed'], [2, 'fresh', a, 'completed'], [3, 'same', b, 'completed']]);
    for (const [i, p] of parcels.entries()) expect(await statusOf(p.id)).toEqual({ status: 'sold', owner_id: reservations[i]!.buyerId });
    const { rows: [offer] } = await database('features').query<{ status: string; deleted: boolean }>('SELECT status::text, deleted_at IS NOT NULL AS deleted FROM buy_requests WHERE id = $1', [offerId]);
    expect(offer).toEqual({ status: 'cancelled', deleted: true });
    // The transfer's events, in the order they were written: per parcel (in parcel order), the
    // cancelled offers, then the status change, then the sale; one of each for the purchase asked twice.
    const { rows: events } = await database('features').query<{ type: string; aggregate_id: string; payload: Record<string, unknown> }>(
      "SELECT type, aggregate_id, payload FROM outbox_events WHERE aggregate_id = ANY($1) AND NOT (type = 'FeatureStatusChanged' AND payload->>'status' = 'reserved') ORDER BY id",
      [parcels.map((p) => p.id)],
    );
    const [first, second] = parcels.map((p, i) => ({ id: p.id, i })).sort((x, y) => (x.id < y.id ? -1 : 1));
    const expected = (p: { id: string; i: number }) => [
      ...(p.i === 0 ? [['BuyRequestCancelled', p.id]] : []),
      ['FeatureStatusChanged', p.id],
      ['FeatureSold', p.id],
    ];
    expect(events.map((e) => [e.type, e.aggregate_id])).toEqual([...expected(first!), ...expected(second!)]);
    const sold = events.find((e) => e.type === 'FeatureStatusChanged' && e.aggregate_id === parcels[0]!.id)!.payload;
    expect(sold).toMatchObject({ type: 'FeatureStatusChanged', featureId: parcels[0]!.id, status: 'sold', previousStatus: 'reserved', ownerId: reservations[0]!.buyerId });
    expect((sold.bounds as number[]).length).toBe(4);
    expect(events.find((e) => e.type === 'BuyRequestCancelled')!.payload).toMatchObject({ requestId: offerId, featureId: parcels[0]!.id, buyerId: buyers[0] });
    // An unknown purchase fails the batch statement, which changes nothing.
    await expect(database('features').query('SELECT * FROM features_transfer_purchases($1::varchar[])', [[a, 'pur_unknown']])).rejects.toThrow(/purchase pur_unknown not found/);
  });
});
