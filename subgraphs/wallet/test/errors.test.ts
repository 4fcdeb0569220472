import { randomUUID } from 'node:crypto';
import { adminToken, closeDatabases, codeOf, credit, gql, registerUser, stack, type TestUser } from '@worldgraph/testenv';
import { ADMIN_CREDIT, balanceOf, expectNothingChanged as unchanged, stored, transfer } from './helpers.ts';

afterAll(closeDatabases);

let alice: TestUser;
let bob: TestUser;
beforeAll(async () => {
  [alice, bob] = [await registerUser(), await registerUser()];
  await credit(alice.id, 'PSC', '10');
});

/** Runs `refusal` and checks that alice, still holding her 10 PSC, and bob are as they were. */
async function expectNothingChanged(refusal: () => Promise<unknown>) {
  expect(await stored(alice.id)).toMatchObject({ balance: '10', entries: 1 });
  await unchanged([alice, bob], refusal);
}

describe('transfer refusals carry a code and change nothing', () => {
  it.each([
    ['a negative amount', { amount: '-1' }, 'BAD_USER_INPUT'],
    ['a zero amount', { amount: '0' }, 'BAD_USER_INPUT'],
    ['a negative zero', { amount: '-0.0' }, 'BAD_USER_INPUT'],
    ['an unknown asset', { asset: 'GOLD' }, 'BAD_USER_INPUT'],
    ['a too-long memo', { memo: 'x'.repeat(281) }, 'BAD_USER_INPUT'],
    ['a memo with a NUL character', { memo: 'a\u0000b' }, 'BAD_USER_INPUT'],
    ['a malformed idempotency key', { idempotencyKey: 'has spaces' }, 'BAD_USER_INPUT'],
    ['an unknown user', { toUserId: randomUUID() }, 'NOT_FOUND'],
    ['a malformed user id', { toUserId: 'not-a-uuid' }, 'NOT_FOUND'],
    ['more than the balance', { amount: '10.0000000001' }, 'INSUFFICIENT_FUNDS'],
  ])('%s', async (_label, input, code) => {
    await expectNothingChanged(async () => {
      const res = await transfer(alice.accessToken, { toUserId: bob.id, ...input });
      expect(codeOf(res)).toBe(code);
      expect(res.data?.transfer ?? null).toBeNull();
      expect(res.errors?.[0]?.message).not.toMatch(/prisma|invocation|sql|numeric|\.ts\b/i);
    });
  });

  // Amounts the Decimal scalar itself refuses, while coercing the variables.
  const malformedAmounts: [string, unknown][] = [
    ['an over-precise amount', '1.00000000001'],
    ['an amount as a number', 1],
    ['an amount in exponent notation', '1e2'],
    ['too many integer digits', '12345678901'],
  ];

  it.each(malformedAmounts)('%s: refused by the wallet subgraph with BAD_USER_INPUT', async (_label, amount) => {
    await expectNothingChanged(async () => {
      const res = await gql('mutation ($input: TransferInput!) { transfer(input: $input) { id } }', { input: { toUserId: bob.id, asset: 'PSC', amount, idempotencyKey: randomUUID() } }, {
        token: alice.accessToken,
        url: stack().subgraphs.wallet,
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    });
  });

  it.each(malformedAmounts)('%s: refused through the router, changing nothing', async (_label, amount) => {
    await expectNothingChanged(async () => {
      const res = await transfer(alice.accessToken, { toUserId: bob.id, amount });
      expect(res.errors).toHaveLength(1);
      expect(res.data ?? null).toBeNull();
    });
  });

  // @apollo/gateway alone would turn the subgraph's HTTP 400 (variable coercion) into an opaque
  // INTERNAL_SERVER_ERROR carrying the subgraph's URL; the router relays the real error.
  it.each(malformedAmounts)('%s: BAD_USER_INPUT through the router, without internals', async (_label, amount) => {
    const res = await transfer(alice.accessToken, { toUserId: bob.id, amount });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).not.toContain(stack().subgraphs.wallet);
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
      expect(res.errors).toHaveLength(1);
      expect(res.data ?? null).toBeNull();
    });
  });

  it('an over-precise amount written in the document is a client error through the router', async () => {
    const res = await gql(
      `mutation { transfer(input: { toUserId: "${bob.id}", asset: "PSC", amount: "1.00000000001", idempotencyKey: "literal-2" }) { id } }`,
      {},
      { token: alice.accessToken },
    );
    expect(codeOf(res)).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
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
    ['first: 0', { first: 0 }, 'first must be between 1 and 100'],
    ['first: 101', { first: 101 }, 'first must be between 1 and 100'],
    ['a forged cursor', { after: 'bm90LWEtY3Vyc29y' }, 'Invalid cursor'],
    ['a cursor past the largest seq', { after: Buffer.from('k:9999999999999999999').toString('base64url') }, 'Invalid cursor'],
  ])('%s is BAD_USER_INPUT', async (_label, variables, message) => {
    const res = await gql('query ($first: Int, $after: String) { myWallet { transactions(first: $first, after: $after) { edges { cursor } } } }', variables, {
      token: alice.accessToken,
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe(message);
  });
});
