import { randomUUID } from 'node:crypto';
import { adminToken, closeDatabases, codeOf, credit, gql, mintAccessToken, registerUser, type TestUser } from '@worldgraph/testenv';
import { ADMIN_CREDIT, expectNothingChanged, transfer } from './helpers.ts';

afterAll(closeDatabases);

let alice: TestUser;
let bob: TestUser;
beforeAll(async () => {
  [alice, bob] = [await registerUser(), await registerUser()];
  await credit(alice.id, 'PSC', '7');
});

describe('who may call', () => {
  it('anonymous callers are UNAUTHENTICATED', async () => {
    await expectNothingChanged([alice, bob], async () => {
      expect(codeOf(await transfer(undefined, { toUserId: bob.id }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql('{ myWallet { balances { amount } } }'))).toBe('UNAUTHENTICATED');
    });
  });

  it('an expired token is UNAUTHENTICATED', async () => {
    const expired = await mintAccessToken({ sub: alice.id, expiresAt: Math.floor(Date.now() / 1000) - 60 });
    await expectNothingChanged([alice, bob], async () => {
      const res = await transfer(expired, { toUserId: bob.id });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
      expect(res.status).toBe(401);
    });
  });

  it.each([
    ['no Bearer scheme', (t: string) => t],
    ['Basic credentials', () => 'Basic YWxpY2U6c2VjcmV0'],
    ['a bearer of garbage', () => 'Bearer not.a.jwt'],
    ['a tampered token', (t: string) => `Bearer ${t.slice(0, -4)}AAAA`],
  ])('a malformed Authorization header (%s) is UNAUTHENTICATED', async (_label, header) => {
    await expectNothingChanged([alice, bob], async () => {
      const res = await gql(
        'mutation ($input: TransferInput!) { transfer(input: $input) { id } }',
        { input: { toUserId: bob.id, asset: 'PSC', amount: '1', idempotencyKey: randomUUID() } },
        { authorization: header(alice.accessToken) },
      );
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    });
  });

  it('a non-admin calling adminCredit is FORBIDDEN', async () => {
    await expectNothingChanged([alice, bob], async () => {
      const res = await gql(ADMIN_CREDIT, { input: { userId: alice.id, asset: 'PSC', amount: '1000', idempotencyKey: randomUUID() } }, { token: alice.accessToken });
      expect(codeOf(res)).toBe('FORBIDDEN');
    });
  });

  it('a token claiming the admin role, not signed by accounts, is UNAUTHENTICATED', async () => {
    const forged = (await mintAccessToken({ sub: alice.id, roles: ['admin'] })).replace(/\.[^.]+$/, '.c2lnbmF0dXJl');
    await expectNothingChanged([alice, bob], async () => {
      const res = await gql(ADMIN_CREDIT, { input: { userId: alice.id, asset: 'PSC', amount: '1000', idempotencyKey: randomUUID() } }, { token: forged });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    });
  });
});

describe('who sees a wallet', () => {
  it("shows a user's wallet to them and to admins, and null to anyone else", async () => {
    const USER_WALLET = 'query ($id: ID!) { user(id: $id) { username wallet { balance(asset: "PSC") { amount } } } }';

    const byOther = await gql(USER_WALLET, { id: alice.id }, { token: bob.accessToken });
    expect(byOther.errors).toBeUndefined();
    expect(byOther.data).toEqual({ user: { username: alice.username, wallet: null } });

    const byOwner = await gql(USER_WALLET, { id: alice.id }, { token: alice.accessToken });
    expect(byOwner.data).toEqual({ user: { username: alice.username, wallet: { balance: { amount: '7' } } } });

    const byAdmin = await gql(USER_WALLET, { id: alice.id }, { token: await adminToken() });
    expect(byAdmin.data).toEqual({ user: { username: alice.username, wallet: { balance: { amount: '7' } } } });

    expect(codeOf(await gql(USER_WALLET, { id: alice.id }))).toBe('UNAUTHENTICATED');
  });
});
