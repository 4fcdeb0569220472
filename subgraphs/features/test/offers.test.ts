import { claimParcel, closeDatabases, codeOf, credit, database, gql, registerUser, type TestUser } from '@worldgraph/testenv';
import { BUY, key, money } from './helpers.ts';

afterAll(closeDatabases);

const OFFER = 'mutation ($f: ID!, $p: Decimal!) { createBuyRequest(featureId: $f, price: $p, note: "nice spot") { id status price { amount } seller { id } } }';
const ACCEPT = 'mutation ($id: ID!) { acceptBuyRequest(id: $id) { id status feature { owner { id } } } }';
const REJECT = 'mutation ($id: ID!) { rejectBuyRequest(id: $id) { status } }';
const CANCEL = 'mutation ($id: ID!) { cancelBuyRequest(id: $id) { status } }';
const SENT = '{ buyRequestsSent { edges { node { id status } } } }';
const RECEIVED = '{ buyRequestsReceived { edges { node { id status buyer { username } feature { id } } } } }';

/** An owner with a parcel, and a funded buyer. */
async function market(): Promise<{ owner: TestUser; buyer: TestUser; parcel: string }> {
  const [owner, buyer] = [await registerUser(), await registerUser()];
  const parcel = await claimParcel();
  await credit(owner.id, 'PSC', '100000');
  await credit(buyer.id, 'PSC', '1000');
  await gql(BUY, { id: parcel.id, key: key() }, { token: owner.accessToken });
  return { owner, buyer, parcel: parcel.id };
}

describe('buy requests', () => {
  it('an accepted offer runs the purchase saga: the buyer pays the offer, the owner gets it minus commission', async () => {
    const { owner, buyer, parcel } = await market();
    const ownerBefore = await money(owner.id);
    const offer = await gql(OFFER, { f: parcel, p: '500' }, { token: buyer.accessToken });
    expect(offer.data?.createBuyRequest).toMatchObject({ status: 'pending', price: { amount: '500' }, seller: { id: owner.id } });
    const id = offer.data!.createBuyRequest.id;
    const received = await gql(RECEIVED, {}, { token: owner.accessToken });
    expect(received.data!.buyRequestsReceived.edges).toEqual([{ node: { id, status: 'pending', buyer: { username: buyer.username }, feature: { id: parcel } } }]);

    expect(codeOf(await gql(ACCEPT, { id }, { token: buyer.accessToken }))).toBe('FORBIDDEN');
    const accepted = await gql(ACCEPT, { id }, { token: owner.accessToken });
    expect(accepted.data?.acceptBuyRequest).toMatchObject({ status: 'completed', feature: { owner: { id: buyer.id } } });
    // Accepting again returns the same purchase.
    expect((await gql(ACCEPT, { id }, { token: owner.accessToken })).data?.acceptBuyRequest.id).toBe(accepted.data!.acceptBuyRequest.id);
    expect((await money(buyer.id)).balance).toBe('500');
    expect((await money(owner.id)).balance).toBe(String(Number(ownerBefore.balance) + 475));
    expect((await gql(SENT, {}, { token: buyer.accessToken })).data!.buyRequestsSent.edges).toEqual([{ node: { id, status: 'accepted' } }]);
  });

  it('rejected and cancelled offers are soft-deleted: hidden from lists, kept in the database', async () => {
    const { owner, buyer, parcel } = await market();
    const first = (await gql(OFFER, { f: parcel, p: '10' }, { token: buyer.accessToken })).data!.createBuyRequest.id;
    expect(codeOf(await gql(OFFER, { f: parcel, p: '11' }, { token: buyer.accessToken }))).toBe('CONFLICT');
    expect(codeOf(await gql(REJECT, { id: first }, { token: buyer.accessToken }))).toBe('FORBIDDEN');
    expect((await gql(REJECT, { id: first }, { token: owner.accessToken })).data).toEqual({ rejectBuyRequest: { status: 'rejected' } });
    const second = (await gql(OFFER, { f: parcel, p: '12' }, { token: buyer.accessToken })).data!.createBuyRequest.id;
    expect((await gql(CANCEL, { id: second }, { token: buyer.accessToken })).data).toEqual({ cancelBuyRequest: { status: 'cancelled' } });

    expect((await gql(SENT, {}, { token: buyer.accessToken })).data!.buyRequestsSent.edges).toEqual([]);
    expect((await gql(RECEIVED, {}, { token: owner.accessToken })).data!.buyRequestsReceived.edges).toEqual([]);
    const { rows } = await database('features').query('SELECT id, status::text, deleted_at IS NOT NULL AS deleted FROM buy_requests WHERE feature_id = $1 ORDER BY id', [parcel]);
    expect(rows).toEqual([
      { id: first, status: 'rejected', deleted: true },
      { id: second, status: 'cancelled', deleted: true },
    ]);
  });

  it('accepting a cancelled offer is a CONFLICT and moves no money', async () => {
    const { owner, buyer, parcel } = await market();
    const id = (await gql(OFFER, { f: parcel, p: '10' }, { token: buyer.accessToken })).data!.createBuyRequest.id;
    await gql(CANCEL, { id }, { token: buyer.accessToken });
    const before = await money(buyer.id);
    expect(codeOf(await gql(ACCEPT, { id }, { token: owner.accessToken }))).toBe('CONFLICT');
    expect(await money(buyer.id)).toEqual(before);
  });

  it('an offer the buyer cannot pay fails with INSUFFICIENT_FUNDS and the owner keeps the parcel', async () => {
    const { owner, buyer, parcel } = await market();
    const id = (await gql(OFFER, { f: parcel, p: '5000' }, { token: buyer.accessToken })).data!.createBuyRequest.id;
    expect(codeOf(await gql(ACCEPT, { id }, { token: owner.accessToken }))).toBe('INSUFFICIENT_FUNDS');
    const { rows } = await database('features').query('SELECT owner_id::text, status::text FROM features WHERE id = $1', [parcel]);
    expect(rows[0]).toEqual({ owner_id: owner.id, status: 'sold' });
  });

  it('refuses offers on world-owned parcels, on your own, and non-positive prices', async () => {
    const { owner, buyer, parcel } = await market();
    const world = await claimParcel();
    expect(codeOf(await gql(OFFER, { f: world.id, p: '10' }, { token: buyer.accessToken }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(OFFER, { f: parcel, p: '10' }, { token: owner.accessToken }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(OFFER, { f: parcel, p: '0' }, { token: buyer.accessToken }))).toBe('BAD_USER_INPUT');
  });
});
