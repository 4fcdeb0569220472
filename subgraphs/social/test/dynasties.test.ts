import { randomUUID } from 'node:crypto';
import { closeDatabases, credit, registerUser } from '@worldgraph/testenv';
import { DYNASTY, dynastyOn, eventually, FOUND, ok, boughtParcel, refusal } from './helpers.ts';

afterAll(() => closeDatabases());

const LIST = 'mutation ($id: ID!, $p: Decimal!) { listFeatureForSale(id: $id, price: $p) { status } }';
const BUY = 'mutation ($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }';

/** Sells `featureId` from its owner to a fresh buyer through the market. */
async function sell(featureId: string, ownerToken: string) {
  const buyer = await registerUser();
  await credit(buyer.id, 'PSC', '100000');
  await ok(LIST, { id: featureId, p: '10' }, ownerToken);
  await ok(BUY, { id: featureId, key: randomUUID() }, buyer.accessToken);
  return buyer;
}

test('founds a dynasty on an owned parcel; refuses someone else\'s parcel, a second dynasty on it and a second for the founder', async () => {
  const { head, featureId, dynastyId } = await dynastyOn(boughtParcel);
  const read = await ok(`query ($id: ID!, $f: ID!) {
    dynasty(id: $id) { name status memberCount seat { id dynasty { id } owner { id } } head { id username dynasty { id } } members { role user { username } } }
    feature(id: $f) { dynasty { id } }
  }`, { id: dynastyId, f: featureId }, head.accessToken);
  expect(read.dynasty).toMatchObject({ status: 'active', memberCount: 1, seat: { id: featureId, dynasty: { id: dynastyId }, owner: { id: head.id } }, head: { id: head.id, username: head.username, dynasty: { id: dynastyId } } });
  expect(read.dynasty.members).toEqual([{ role: 'head', user: { username: head.username } }]);
  expect(read.feature.dynasty.id).toBe(dynastyId);

  const stranger = await registerUser();
  expect(await refusal(FOUND, { i: { featureId, name: 'Usurpers' } }, stranger.accessToken)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PARCEL_OWNER' });
  expect(await refusal(FOUND, { i: { featureId: 'no-such-parcel', name: 'Nowhere' } }, stranger.accessToken)).toMatchObject({ code: 'NOT_FOUND' });
  const second = await boughtParcel(head);
  expect(await refusal(FOUND, { i: { featureId: second, name: 'Twice' } }, head.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_IN_DYNASTY' });
  expect(await refusal(FOUND, { i: { featureId, name: 'x' } }, head.accessToken)).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(await refusal(FOUND, { i: { featureId, name: 'Anonymous' } }, '')).toMatchObject({ code: 'UNAUTHENTICATED' });
});

test('one dynasty per parcel: a parcel that seats one cannot seat another', async () => {
  const { featureId, head } = await dynastyOn(boughtParcel);
  const buyer = await sell(featureId, head.accessToken);
  // The sale dissolved the first dynasty (no other parcel); only then is the parcel free for the buyer's.
  await eventually(() => ok('query ($f: ID!) { feature(id: $f) { dynasty { id } } }', { f: featureId }, buyer.accessToken), (d) => d.feature.dynasty === null);
  const { foundDynasty } = await ok(FOUND, { i: { featureId, name: 'New owners' } }, buyer.accessToken);
  const other = await dynastyOn(boughtParcel);
  expect(foundDynasty.seat.id).toBe(featureId);
  expect(other.featureId).not.toBe(featureId);
});

test('concurrent foundings by one founder: exactly one dynasty', async () => {
  const head = await registerUser();
  const [a, b] = [await boughtParcel(head), await boughtParcel(head)];
  const results = await Promise.all([a, b, a].map((featureId, i) => refusal(FOUND, { i: { featureId, name: `Race ${i}` } }, head.accessToken)));
  expect(results.filter((r) => r.code === undefined)).toHaveLength(1);
  expect(results.filter((r) => r.code === 'CONFLICT')).toHaveLength(2);
});

test('a sold seat moves to another parcel the head owns (the first by id)', async () => {
  const { head, featureId, dynastyId } = await dynastyOn(boughtParcel);
  const spare = await boughtParcel(head);
  await sell(featureId, head.accessToken);
  const moved = await eventually(() => ok(DYNASTY, { id: dynastyId }, head.accessToken), (d) => d.dynasty.seat?.id !== featureId);
  expect(moved.dynasty).toMatchObject({ status: 'active', seat: { id: spare } });
});

test('a sold seat with no other parcel to move to dissolves the dynasty; its members are free again', async () => {
  const { head, featureId, dynastyId } = await dynastyOn(boughtParcel);
  await sell(featureId, head.accessToken);
  const dissolved = await eventually(() => ok(DYNASTY, { id: dynastyId }, head.accessToken), (d) => d.dynasty.status === 'dissolved');
  expect(dissolved.dynasty).toMatchObject({ seat: null, memberCount: 0, members: [] });
  const me = await ok('{ myDynasty { id } }', {}, head.accessToken);
  expect(me.myDynasty).toBeNull();
  // Free to found again.
  const again = await boughtParcel(head);
  await ok(FOUND, { i: { featureId: again, name: 'Second house' } }, head.accessToken);
});
