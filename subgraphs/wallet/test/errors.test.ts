import { randomUUID } from 'node:crypto';
import { adminToken, closeDatabases, codeOf, credit, gql, mintAccessToken, registerUser, type TestUser } from '@worldgraph/testenv';
import { ADMIN_CREDIT, balanceOf, stored, transfer } from './helpers.ts';

afterAll(closeDatabases);

let alice: TestUser;
let bob: TestUser;
beforeAll(async () => {
  [alice, bob] = [await registerUser(), await registerUser()];
  await credit(alice.id, 'PSC', '10');
});

/** Runs `refusal` and checks it left both wallets (balances, ledger, operations) as they were. */
async function expectNothingChanged(refusal: () => Promise<unknown>) {
  const before = [await stored(alice.id), await stored(bob.id), await balanceOf(alice.accessToken)];
  await refusal();
  expect([await stored(alice.id), await stored(bob.id), await balanceOf(alice.accessToken)]).toEqual(before);
  expect(before[0]).toMatchObject({ balance: '10', entries: 1 });
}

describe('transfer refusals carry a code and change nothing', () => {
  it.each([
    ['a negative amount', { amount: '-1' }, 'BAD_USER_INPUT'],
    ['a zero amount', { amount: '0' }, 'BAD_USER_INPUT'],
    ['a negative zero', { amount: '-0' }, 'BAD_USER_INPUT'],
    ['an over-precise amount', { amount: '1.00000000001' }, 'BAD_USER_INPUT'],
    ['an amount as a number', { amount: 1 }, 'BAD_USER_INPUT'],
    ['an amount in exponent notation', { amount: '1e2' }, 'BAD_USER_INPUT'],
    ['too many integer digits', { amount: '12345678901' }, 'BAD_USER_INPUT'],
    ['an unknown asset', { asset: 'GOLD' }, 'BAD_USER_INPUT'],
    ['a too-long memo', { memo: 'x'.repeat(281) }, 'BAD_USER_INPUT'],
    ['a malformed idempotency key', { idempotencyKey: 'has spaces' }, 'BAD_USER_INPUT'],
    ['an unknown user', { toUserId: randomUUID() }, 'NOT_FOUND'],
    ['a malformed user id', { toUserId: 'not-a-uuid' }, 'NOT_FOUND'],
    ['more than the balance', { amount: '10.0000000001' }, 'INSUFFICIENT_FUNDS'],
  ])('%s', async (_label, input, code) => {
    await expectNothingChanged(async () => {
      const res = await transfer(alice.accessToken, { toUserId: bob.id, ...input });
      expect(codeOf(res)).toBe(code);
      expect(res.data?.transfer ?? null).toBeNull();
      expect(res.errors?.[0]?.message).not.toMatch(/prisma|sql|numeric|stack/i);
    });
  });

  it('a transfer to yourself', async () => {
    await expectNothingChanged(async () => {
      expect(codeOf(await transfer(alice.accessToken, { toUserId: alice.id }))).toBe('BAD_USER_INPUT');
      // Your own id in another spelling is refused as well, and mints nothing.
      expect(codeOf(await transfer(alice.accessToken, { toUserId: alice.id.toUpperCase() }))).toMatch(/^(BAD_USER_INPUT|NOT_FOUND)$/);
    });
  });

  it('an over-precise amount written in the document', async () => {
    await expectNothingChanged(async () => {
      const res = await gql(
        `mutation { transfer(input: { toUserId: "${bob.id}", asset: "PSC", amount: "1.00000000001", idempotencyKey: "literal-1" }) { id } }`,
        {},
        { token: alice.accessToken },
      );
      expect(codeOf(res)).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
    });
  });

  it('an insufficient-funds refusal names the asset, and a retry with the same key succeeds after a top-up', async () => {
    const [carol, dave] = [await registerUser(), await registerUser()];
    const input = { toUserId: dave.id, amount: '3', idempotencyKey: `retry-${randomUUID()}` };
    const refused = await transfer(carol.accessToken, input);
    expect(codeOf(refused)).toBe('INSUFFICIENT_FUNDS');
    expect(refused.errors?.[0]?.extensions?.asset).toBe('PSC');
    expect(await stored(carol.id)).toMatchObject({ entries: 0, operations: 0 });
    await credit(carol.id, 'PSC', '3');
    expect((await transfer(carol.accessToken, input)).data?.transfer.amount).toBe('3');
    expect(await balanceOf(dave.accessToken)).toBe('3');
  });
});

describe('who may call', () => {
  it('anonymous callers are UNAUTHENTICATED', async () => {
    await expectNothingChanged(async () => {
      expect(codeOf(await transfer(undefined, { toUserId: bob.id }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gql('{ myWallet { balances { amount } } }'))).toBe('UNAUTHENTICATED');
    });
  });

  it('an expired token is UNAUTHENTICATED', async () => {
    const expired = await mintAccessToken({ sub: alice.id, expiresAt: Math.floor(Date.now() / 1000) - 60 });
    await expectNothingChanged(async () => {
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
    await expectNothingChanged(async () => {
      const res = await gql(
        'mutation ($input: TransferInput!) { transfer(input: $input) { id } }',
        { input: { toUserId: bob.id, asset: 'PSC', amount: '1', idempotencyKey: randomUUID() } },
        { authorization: header(alice.accessToken) },
      );
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    });
  });

  it('a non-admin calling adminCredit is FORBIDDEN', async () => {
    await expectNothingChanged(async () => {
      const res = await gql(ADMIN_CREDIT, { input: { userId: alice.id, asset: 'PSC', amount: '1000', idempotencyKey: randomUUID() } }, { token: alice.accessToken });
      expect(codeOf(res)).toBe('FORBIDDEN');
    });
  });

  it('a token claiming the admin role, not signed by accounts, is UNAUTHENTICATED', async () => {
    const forged = (await mintAccessToken({ sub: alice.id, roles: ['admin'] })).replace(/\.[^.]+$/, '.c2lnbmF0dXJl');
    await expectNothingChanged(async () => {
      const res = await gql(ADMIN_CREDIT, { input: { userId: alice.id, asset: 'PSC', amount: '1000', idempotencyKey: randomUUID() } }, { token: forged });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    });
  });
});

describe('admin credit refusals', () => {
  it('a credit that would push a balance past DECIMAL(20,10) is BAD_USER_INPUT and changes nothing', async () => {
    const carol = await registerUser();
    await credit(carol.id, 'BLUE', '9999999999');
    const res = await gql(ADMIN_CREDIT, { input: { userId: carol.id, asset: 'BLUE', amount: '1', idempotencyKey: randomUUID() } }, { token: await adminToken() });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(await stored(carol.id, 'BLUE')).toMatchObject({ entries: 1, balance: '9999999999', ledgerSum: '9999999999' });
  });

  it('a credit to an unknown user is NOT_FOUND', async () => {
    const res = await gql(ADMIN_CREDIT, { input: { userId: randomUUID(), asset: 'PSC', amount: '1', idempotencyKey: randomUUID() } }, { token: await adminToken() });
    expect(codeOf(res)).toBe('NOT_FOUND');
  });
});

describe('history input', () => {
  it.each([
    ['first: 0', { first: 0 }],
    ['first: 101', { first: 101 }],
    ['a forged cursor', { after: 'bm90LWEtY3Vyc29y' }],
  ])('%s is BAD_USER_INPUT', async (_label, variables) => {
    const res = await gql('query ($first: Int, $after: String) { myWallet { transactions(first: $first, after: $after) { edges { cursor } } } }', variables, {
      token: alice.accessToken,
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});
