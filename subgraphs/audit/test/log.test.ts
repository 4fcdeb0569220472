import { randomUUID } from 'node:crypto';
import { adminToken, closeDatabases, codeOf, credit, database, gql, registerUser } from '@worldgraph/testenv';
import { auditLog, eventually } from './helpers.ts';

afterAll(closeDatabases);

const TRANSFER = 'mutation ($input: TransferInput!) { transfer(input: $input) { id } }';
const BUY = 'mutation ($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';

/** A request id of our own, sent as x-request-id: the router keeps it and passes it on. */
const withRequestId = () => {
  const requestId = `test-${randomUUID()}`;
  return { requestId, headers: { 'x-request-id': requestId, 'user-agent': 'audit-test/1.0' } };
};

describe('the audit log', () => {
  it('records a transfer with its actor, request id, client and money, and finds it by text', async () => {
    const [alice, bob] = await Promise.all([registerUser(), registerUser()]);
    await credit(alice.id, 'PSC', '100');
    const { requestId, headers } = withRequestId();
    const res = await gql(TRANSFER, { input: { toUserId: bob.id, asset: 'PSC', amount: '12.5', idempotencyKey: randomUUID() } }, { token: alice.accessToken, headers });
    expect(res.errors).toBeUndefined();

    const [entry] = await eventually({ action: 'transfer', actor: alice.id }, (e) => e.length === 1);
    expect(entry).toMatchObject({ context: 'wallet', outcome: 'ok', errorCode: null, actor: alice.id, requestId, entityType: 'User', entityId: bob.id });
    expect(entry!.clientAddress).toBeTruthy();
    expect(JSON.parse(entry!.before!)).toMatchObject({ input: { toUserId: bob.id, asset: 'PSC', amount: '12.5' } });
    // The money movement itself: one WalletChanged per side.
    const moves = await eventually({ action: 'WalletChanged', entityId: bob.id }, (e) => e.length === 1);
    expect(JSON.parse(moves[0]!.after!)).toMatchObject({ asset: 'PSC', amount: '12.5', kind: 'transfer_in' });

    const found = await eventually({ text: requestId }, (e) => e.length >= 1);
    expect(found.map((e) => e.id)).toContain(entry!.id);
  });

  it('records a purchase with its buyer and request id, and the ownership change', async () => {
    const buyer = await registerUser();
    await credit(buyer.id, 'PSC', '100000');
    const { rows } = await database('features').query("SELECT id FROM features WHERE owner_id IS NULL ORDER BY id OFFSET 1500 LIMIT 1");
    const parcel: string = rows[0].id;
    const { requestId, headers } = withRequestId();
    const bought = await gql(BUY, { id: parcel, key: randomUUID() }, { token: buyer.accessToken, headers });
    expect(bought.data?.buyFeature.status).toBe('completed');

    const [entry] = await eventually({ action: 'buyFeature', entityId: parcel }, (e) => e.length === 1);
    expect(entry).toMatchObject({ context: 'features', outcome: 'ok', actor: buyer.id, requestId, entityType: 'Feature' });
    const [sold] = await eventually({ action: 'FeatureSold', entityId: parcel }, (e) => e.length === 1);
    expect(sold).toMatchObject({ context: 'features', actor: buyer.id, entityType: 'Feature' });
    // The saga's internal debit: wallet records features' service call, under the buyer's request id.
    const debit = await eventually({ text: requestId, context: 'wallet' }, (e) => e.length >= 1);
    expect(debit[0]).toMatchObject({ actor: 'service:features', requestId });
    // Found by the parcel's id.
    const byText = await eventually({ text: parcel }, (e) => e.length >= 2);
    expect(byText.map((e) => e.action)).toEqual(expect.arrayContaining(['buyFeature', 'FeatureSold']));
  });

  it('records a failed login as a refused login by that name, without the password', async () => {
    const user = await registerUser();
    const { requestId, headers } = withRequestId();
    const res = await gql(LOGIN, { input: { login: user.username, password: 'wrong-password-123' } }, { headers });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    const [entry] = await eventually({ action: 'login', actor: user.username }, (e) => e.length === 1);
    expect(entry).toMatchObject({ context: 'accounts', outcome: 'refused', errorCode: 'UNAUTHENTICATED', requestId });
    expect(JSON.stringify(entry)).not.toContain('wrong-password-123');
  });

  it('pages newest first with cursors, filters by time, and counts per action', async () => {
    const alice = await registerUser();
    await credit(alice.id, 'PSC', '100');
    const started = new Date().toISOString();
    for (let i = 0; i < 5; i++) {
      const res = await gql('mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', { input: { bio: `bio ${i}` } }, { token: alice.accessToken });
      expect(res.errors).toBeUndefined();
    }
    const all = await eventually({ actor: alice.id, action: 'updateProfile' }, (e) => e.length === 5);
    expect(all.map((e) => JSON.parse(e.before!).input.bio)).toEqual(['bio 4', 'bio 3', 'bio 2', 'bio 1', 'bio 0']);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await auditLog({ actor: alice.id, action: 'updateProfile' }, 2, after);
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
    } while (after);
    expect(seen).toEqual(all.map((e) => e.id));
    expect(await auditLog({ actor: alice.id, action: 'updateProfile', to: started }).then((p) => p.edges)).toEqual([]);

    const counts = await gql<{ auditActionCounts: { action: string; count: number }[] }>(
      'query ($from: DateTime) { auditActionCounts(from: $from, context: "accounts") { action count } }',
      { from: started },
      { token: await adminToken() },
    );
    expect(counts.data!.auditActionCounts.find((c) => c.action === 'updateProfile')!.count).toBeGreaterThanOrEqual(5);
  });

  it('shows a user their audit trail only through an admin', async () => {
    const alice = await registerUser();
    await gql('mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }', { input: { bio: 'trail' } }, { token: alice.accessToken });
    await eventually({ actor: alice.id, action: 'updateProfile' }, (e) => e.length === 1);
    const TRAIL = 'query ($id: ID!) { user(id: $id) { username auditTrail(first: 50) { edges { node { action actor } } } } }';
    const asAdmin = await gql(TRAIL, { id: alice.id }, { token: await adminToken() });
    expect(asAdmin.data!.user.auditTrail.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(expect.arrayContaining(['updateProfile', 'register']));
    const asSelf = await gql(TRAIL, { id: alice.id }, { token: alice.accessToken });
    expect(codeOf(asSelf)).toBe('FORBIDDEN');
  });

  it('is refused to non-admins', async () => {
    const user = await registerUser();
    for (const query of ['{ auditLog { edges { node { id } } } }', '{ auditActionCounts { action } }', '{ verifyAuditChain(context: "wallet") { ok } }']) {
      expect(codeOf(await gql(query, {}, { token: user.accessToken }))).toBe('FORBIDDEN');
      expect(codeOf(await gql(query))).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });
});
