import { adminToken, claimParcel, closeDatabases, codeOf, credit, database, gql, registerUser } from '@worldgraph/testenv';
import { BUY, key, money } from './helpers.ts';

afterAll(closeDatabases);

const ACCRUE = 'mutation { accrueHourlyProfits }';
const PROFITS = '{ hourlyProfits(first: 10) { edges { node { hour amount withdrawn feature { id } } } pending { asset amount } } }';
const WITHDRAW = 'mutation ($k: String!) { withdrawProfits(idempotencyKey: $k) { id asset amount } }';

describe('hourly profits', () => {
  it('credits each full hour owned once, however often the job runs, and withdraws into the wallet', async () => {
    const owner = await registerUser();
    const parcel = await claimParcel();
    await credit(owner.id, 'PSC', '100000');
    await gql(BUY, { id: parcel.id, key: key() }, { token: owner.accessToken });
    // Owned for the last three hours, while the job was down (its recent runs never happened).
    await database('features').query("UPDATE features SET owned_since = now() - interval '3 hours' WHERE id = $1", [parcel.id]);
    await database('features').query("DELETE FROM profit_runs WHERE hour > now() - interval '4 hours'");

    expect(codeOf(await gql(ACCRUE, {}, { token: owner.accessToken }))).toBe('FORBIDDEN');
    const admin = await adminToken();
    await gql(ACCRUE, {}, { token: admin });
    await gql(ACCRUE, {}, { token: admin });
    const listed = await gql(PROFITS, {}, { token: owner.accessToken });
    const edges = listed.data!.hourlyProfits.edges;
    expect(edges.length).toBeGreaterThanOrEqual(2);
    expect(edges.length).toBeLessThanOrEqual(3);
    expect(edges.every((e: any) => e.node.feature.id === parcel.id && !e.node.withdrawn && Number(e.node.amount) > 0)).toBe(true);
    const pending = listed.data!.hourlyProfits.pending;
    expect(pending).toHaveLength(1);

    const before = await money(owner.id);
    const k = key();
    const withdrawn = await gql(WITHDRAW, { k }, { token: owner.accessToken });
    expect(withdrawn.data!.withdrawProfits).toMatchObject({ asset: 'PSC', amount: pending[0].amount });
    expect((await gql(WITHDRAW, { k }, { token: owner.accessToken })).data!.withdrawProfits.id).toBe(withdrawn.data!.withdrawProfits.id);
    const after = await money(owner.id);
    expect(after.entries).toBe(before.entries + 1);
    expect(Number(after.balance)).toBeCloseTo(Number(before.balance) + Number(pending[0].amount), 8);
    expect(codeOf(await gql(WITHDRAW, { k: key() }, { token: owner.accessToken }))).toBe('BAD_USER_INPUT');
    expect((await gql(PROFITS, {}, { token: owner.accessToken })).data!.hourlyProfits.pending).toEqual([]);
  });
});
