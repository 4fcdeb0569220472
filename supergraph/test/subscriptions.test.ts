import { randomUUID } from 'node:crypto';
import { credit, database, gql, registerUser, startRouterProcess, subscribe, type RouterProcess } from '@worldgraph/testenv';

const STATUS_CHANGED = `subscription ($bbox: BBoxInput!) {
  featureStatusChanged(bbox: $bbox) { status previousStatus feature { id status owner { id username } } }
}`;
const BUY = 'mutation ($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }';

/** A seeded parcel nobody else in this file uses, with a small box around it. */
let nextParcel = 0;
async function parcel() {
  const { rows } = await database('features').query(
    "SELECT id, centroid_lng AS lng, centroid_lat AS lat FROM features WHERE status = 'available' ORDER BY id OFFSET $1 LIMIT 1",
    [500 + nextParcel++ * 37],
  );
  const { id, lng, lat } = rows[0];
  return { id: id as string, bbox: { minLng: lng - 0.0001, minLat: lat - 0.0001, maxLng: lng + 0.0001, maxLat: lat + 0.0001 } };
}

async function richUser() {
  const user = await registerUser();
  await credit(user.id, 'PSC', '100000');
  return user;
}

describe('federated subscriptions', () => {
  let second: RouterProcess;
  beforeAll(async () => {
    second = await startRouterProcess();
  });
  afterAll(() => second?.stop());

  it('delivers one purchase to subscribers on two routers, with the owner from accounts', async () => {
    const { id, bbox } = await parcel();
    const buyer = await richUser();
    const onFirst = await subscribe(STATUS_CHANGED, { bbox });
    const onSecond = await subscribe(STATUS_CHANGED, { bbox }, { url: second.graphqlUrl, token: buyer.accessToken });
    try {
      const bought = await gql(BUY, { id, key: randomUUID() }, { token: buyer.accessToken });
      expect(bought.data?.buyFeature.status).toBe('completed');
      for (const sub of [onFirst, onSecond]) {
        // reserved, then sold to the buyer
        expect((await sub.nth(1)).data?.featureStatusChanged).toMatchObject({ status: 'reserved', previousStatus: 'available', feature: { id } });
        const sold = (await sub.nth(2)).data?.featureStatusChanged;
        expect(sold).toEqual({ status: 'sold', previousStatus: 'reserved', feature: { id, status: 'sold', owner: { id: buyer.id, username: buyer.username } } });
      }
    } finally {
      await onFirst.close();
      await onSecond.close();
    }
  });

  it('sends only the changes inside the subscribed box', async () => {
    const near = await parcel();
    const far = await parcel();
    const buyer = await richUser();
    const sub = await subscribe(STATUS_CHANGED, { bbox: far.bbox });
    try {
      await gql(BUY, { id: near.id, key: randomUUID() }, { token: buyer.accessToken });
      await gql(BUY, { id: far.id, key: randomUUID() }, { token: buyer.accessToken });
      // The first change this subscriber sees is the far parcel's: the near one was filtered out.
      expect((await sub.nth(1)).data?.featureStatusChanged.feature.id).toBe(far.id);
    } finally {
      await sub.close();
    }
  });

  it('refuses a bad box with BAD_USER_INPUT and a malformed operation with a validation code', async () => {
    // Refused by the owning subgraph when the stream starts: one result with the error, then the end.
    const bad = await subscribe(STATUS_CHANGED, { bbox: { minLng: 10, minLat: 10, maxLng: 0, maxLat: 0 } });
    expect(await bad.end()).toBe('complete');
    expect(bad.results[0]?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = await subscribe('subscription { featureStatusChanged { nope } }');
    const errors = (await invalid.end()) as { extensions: { code: string } }[];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.extensions.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });
});
