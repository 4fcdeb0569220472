import { adminToken, claimParcel, closeDatabases, credit, database, gql, ok, refusal, registerUser } from '@worldgraph/testenv';
import { BUY, key, money } from './helpers.ts';

afterAll(closeDatabases);

const WITHDRAW = 'mutation ($k: String!) { withdrawProfits(idempotencyKey: $k) { id amount } }';
const PENDING = '{ hourlyProfits(first: 10) { pending { asset amount } } }';

describe('withdrawing profits above the KYC threshold (FEATURES_KYC_WITHDRAW_ABOVE, default 1000)', () => {
  it('is refused to an unverified owner, changing nothing, and allowed once accounts says the owner is verified', async () => {
    const owner = await registerUser();
    const parcel = await claimParcel();
    await credit(owner.id, 'PSC', '100000');
    expect((await gql(BUY, { id: parcel.id, key: key() }, { token: owner.accessToken })).errors).toBeUndefined();
    await database('features').query("UPDATE features SET owned_since = now() - interval '3 hours' WHERE id = $1", [parcel.id]);
    await database('features').query("DELETE FROM profit_runs WHERE hour > now() - interval '4 hours'");
    const admin = await adminToken();
    await ok('mutation { accrueHourlyProfits }', {}, admin);
    // A parcel that earned well: 600 PSC an hour, so above the threshold.
    await database('features').query("UPDATE hourly_profits SET amount = 600 WHERE owner_id = $1 AND withdrawal_id IS NULL", [owner.id]);
    const pending = (await ok<any>(PENDING, {}, owner.accessToken)).hourlyProfits.pending;
    expect(Number(pending[0].amount)).toBeGreaterThan(1000);

    const before = await money(owner.id);
    expect(await refusal(WITHDRAW, { k: key() }, owner.accessToken)).toMatchObject({ code: 'FORBIDDEN', reason: 'KYC_REQUIRED' });
    expect(await money(owner.id)).toEqual(before);
    expect((await ok<any>(PENDING, {}, owner.accessToken)).hourlyProfits.pending).toEqual(pending);

    await ok('mutation ($u: ID!) { setRoles(userId: $u, roles: [user, verified_user]) { id } }', { u: owner.id }, admin);
    const withdrawn = (await ok<any>(WITHDRAW, { k: key() }, owner.accessToken)).withdrawProfits;
    expect(withdrawn.amount).toBe(pending[0].amount);
    expect((await money(owner.id)).entries).toBe(before.entries + 1);
  });
});
