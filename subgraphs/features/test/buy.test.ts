import { claimParcel, closeDatabases, codeOf, credit, database, gql, registerUser } from '@worldgraph/testenv';
import { BUY, key, money } from './helpers.ts';

afterAll(closeDatabases);

describe('buying a parcel (saga across features and wallet)', () => {
  it('debits the buyer, transfers ownership, and shows the owner through accounts', async () => {
    const buyer = await registerUser();
    const parcel = await claimParcel();
    await credit(buyer.id, 'PSC', '100000');
    const res = await gql(BUY, { id: parcel.id, key: key() }, { token: buyer.accessToken });
    expect(res.errors).toBeUndefined();
    expect(res.data!.buyFeature).toMatchObject({
      status: 'completed',
      price: { asset: 'PSC', amount: parcel.price },
      commission: '0',
      seller: null,
      feature: { id: parcel.id, status: 'sold', owner: { id: buyer.id, username: buyer.username } },
    });
    expect(await money(buyer.id)).toEqual({ balance: String(100000 - Number(parcel.price)), entries: 2 });
    const mine = await gql('{ myFeatures { edges { node { id } } } me { features { edges { node { id } } } } }', {}, { token: buyer.accessToken });
    expect(mine.data).toEqual({ myFeatures: { edges: [{ node: { id: parcel.id } }] }, me: { features: { edges: [{ node: { id: parcel.id } }] } } });
  });

  it('refuses without enough money, changing nothing', async () => {
    const buyer = await registerUser();
    const parcel = await claimParcel();
    await credit(buyer.id, 'PSC', '1');
    const res = await gql(BUY, { id: parcel.id, key: key() }, { token: buyer.accessToken });
    expect(codeOf(res)).toBe('INSUFFICIENT_FUNDS');
    expect(await money(buyer.id)).toEqual({ balance: '1', entries: 1 });
    const { rows } = await database('features').query('SELECT status::text, owner_id FROM features WHERE id = $1', [parcel.id]);
    expect(rows[0]).toEqual({ status: 'available', owner_id: null });
  });

  it('refuses buying your own parcel, an unknown parcel, and anonymous buyers', async () => {
    const buyer = await registerUser();
    const parcel = await claimParcel();
    await credit(buyer.id, 'PSC', '100000');
    expect((await gql(BUY, { id: parcel.id, key: key() }, { token: buyer.accessToken })).errors).toBeUndefined();
    expect(codeOf(await gql(BUY, { id: parcel.id, key: key() }, { token: buyer.accessToken }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(BUY, { id: 'no-such-parcel', key: key() }, { token: buyer.accessToken }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(BUY, { id: parcel.id, key: key() }))).toBe('UNAUTHENTICATED');
  });

  it('a retry with the same key returns the first purchase and debits once', async () => {
    const buyer = await registerUser();
    const parcel = await claimParcel();
    await credit(buyer.id, 'PSC', '100000');
    const k = key();
    const results = await Promise.all([1, 2, 3].map(() => gql(BUY, { id: parcel.id, key: k }, { token: buyer.accessToken })));
    const ids = new Set(results.map((r) => r.data?.buyFeature.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect((await money(buyer.id)).entries).toBe(2);
  });

  it('100 concurrent buyers of one parcel: exactly one owner, exactly one debit', async () => {
    const parcel = await claimParcel();
    const buyers = await Promise.all(Array.from({ length: 100 }, () => registerUser()));
    for (const b of buyers) await credit(b.id, 'PSC', '100000');
    const results = await Promise.all(buyers.map((b) => gql(BUY, { id: parcel.id, key: key() }, { token: b.accessToken })));
    const winners = results.filter((r) => r.data?.buyFeature);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(99);
    const { rows } = await database('wallet').query(
      "SELECT count(*)::int AS n FROM ledger_entries WHERE kind = 'debit' AND reference = $1",
      [`feature:${parcel.id}`],
    );
    expect(rows[0].n).toBe(1);
    const owner = winners[0]!.data!.buyFeature.feature.owner.id;
    const { rows: f } = await database('features').query('SELECT owner_id::text, status::text FROM features WHERE id = $1', [parcel.id]);
    expect(f[0]).toEqual({ owner_id: owner, status: 'sold' });
  }, 120_000);

  it('a listed parcel: the buyer pays the asking price, the seller gets it minus commission', async () => {
    const [seller, buyer] = [await registerUser(), await registerUser()];
    const parcel = await claimParcel();
    await credit(seller.id, 'PSC', '100000');
    await credit(buyer.id, 'PSC', '100000');
    await gql(BUY, { id: parcel.id, key: key() }, { token: seller.accessToken });
    const afterBuy = await money(seller.id);
    const listed = await gql('mutation ($id: ID!) { listFeatureForSale(id: $id, price: "200") { status price { amount } } }', { id: parcel.id }, { token: seller.accessToken });
    expect(listed.data).toEqual({ listFeatureForSale: { status: 'for_sale', price: { amount: '200' } } });
    const bought = await gql(BUY, { id: parcel.id, key: key() }, { token: buyer.accessToken });
    expect(bought.data?.buyFeature).toMatchObject({ status: 'completed', commission: '10', seller: { id: seller.id } });
    expect(await money(buyer.id)).toEqual({ balance: '99800', entries: 2 });
    expect((await money(seller.id)).balance).toBe(String(Number(afterBuy.balance) + 190));
    // The commission (wallet's platform variable commission.rate, 0.05 by default) is credited to the platform account.
    const { rows } = await database('wallet').query("SELECT user_id::text, amount::float AS amount FROM ledger_entries WHERE reference = $1 AND kind = 'commission'", [`feature:${parcel.id}`]);
    expect(rows).toEqual([{ user_id: '00000000-0000-4000-8000-000000000000', amount: 10 }]);
    const recorded = await database('wallet').query('SELECT source, amount::float AS amount, payer_id::text FROM commissions WHERE reference = $1', [`feature:${parcel.id}`]);
    expect(recorded.rows).toEqual([{ source: 'features', amount: 10, payer_id: buyer.id }]);
  });

  it('only the owner lists, cancels a listing or builds', async () => {
    const [owner, other] = [await registerUser(), await registerUser()];
    const parcel = await claimParcel();
    await credit(owner.id, 'PSC', '100000');
    await gql(BUY, { id: parcel.id, key: key() }, { token: owner.accessToken });
    const LIST = 'mutation ($id: ID!) { listFeatureForSale(id: $id, price: "5") { status } }';
    expect(codeOf(await gql(LIST, { id: parcel.id }, { token: other.accessToken }))).toBe('FORBIDDEN');
    expect(codeOf(await gql('mutation ($id: ID!) { listFeatureForSale(id: $id, price: "-5") { status } }', { id: parcel.id }, { token: owner.accessToken }))).toBe('BAD_USER_INPUT');
    const land = await gql<{ feature: { landUse: string } }>('query ($id: ID!) { feature(id: $id) { landUse } }', { id: parcel.id });
    const kind = { residential: 'house', commercial: 'shop', educational: 'school', healthcare: 'clinic', industrial: 'factory', recreational: 'park', agricultural: 'farm', governmental: 'office' }[land.data!.feature.landUse];
    const BUILD = 'mutation ($id: ID!, $kind: BuildingKind!) { placeBuilding(featureId: $id, kind: $kind, name: "Home") { id kind } }';
    expect(codeOf(await gql(BUILD, { id: parcel.id, kind }, { token: other.accessToken }))).toBe('FORBIDDEN');
    const built = await gql(BUILD, { id: parcel.id, kind }, { token: owner.accessToken });
    expect(built.data?.placeBuilding.kind).toBe(kind);
    const seen = await gql('query ($id: ID!) { feature(id: $id) { buildings { kind name } } }', { id: parcel.id });
    expect(seen.data).toEqual({ feature: { buildings: [{ kind, name: 'Home' }] } });
  });
});
