import { randomUUID } from 'node:crypto';
import { closeDatabases, codeOf, credit, gql, registerUser, serviceToken, stack, unique } from '@worldgraph/testenv';
import { balanceOf, dataOf, INTERNAL_CREDIT, INTERNAL_DEBIT, stored } from './helpers.ts';

afterAll(closeDatabases);

const movement = (userId: string, overrides: Record<string, unknown> = {}) => ({
  input: { userId, asset: 'PSC', amount: '2', reference: 'feature:123', idempotencyKey: unique('int-'), ...overrides },
});
/** Straight to the wallet subgraph, as another context inside the cluster calls it. */
const direct = (query: string, variables: Record<string, unknown>, authorization?: string) =>
  gql(query, variables, { url: stack().subgraphs.wallet, authorization });

describe('internal movements', () => {
  it('are not part of the public graph: the router refuses them whoever asks', async () => {
    const user = await registerUser();
    for (const query of [INTERNAL_DEBIT, INTERNAL_CREDIT]) {
      expect(codeOf(await gql(query, movement(user.id), { token: user.accessToken }))).toBe('GRAPHQL_VALIDATION_FAILED');
      // A service credential is not even accepted by the router: it is for calls inside the cluster.
      expect(codeOf(await gql(query, movement(user.id), { authorization: `Bearer ${await serviceToken()}` }))).toBe('UNAUTHENTICATED');
    }
    expect(await stored(user.id)).toMatchObject({ entries: 0, balance: '0' });
  });

  it('refuse callers without a service credential at the subgraph', async () => {
    const user = await registerUser();
    await credit(user.id, 'PSC', '5');
    expect(codeOf(await direct(INTERNAL_CREDIT, movement(user.id)))).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    expect(codeOf(await direct(INTERNAL_DEBIT, movement(user.id)))).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    expect(codeOf(await direct(INTERNAL_CREDIT, movement(user.id), `Bearer ${user.accessToken}`))).toBe('FORBIDDEN');
    expect(codeOf(await direct(INTERNAL_DEBIT, movement(user.id), `Bearer ${user.accessToken}`))).toBe('FORBIDDEN');
    const wrongSecret = await serviceToken('features', 'not-the-service-secret');
    expect(codeOf(await direct(INTERNAL_CREDIT, movement(user.id), `Bearer ${wrongSecret}`))).toBe('UNAUTHENTICATED');
    expect(await stored(user.id)).toMatchObject({ entries: 1, balance: '5' });
  });

  it('with a service credential: credit and debit, each idempotent, visible in the history with their reference', async () => {
    const user = await registerUser();
    const auth = `Bearer ${await serviceToken('features')}`;

    const creditArgs = movement(user.id, { amount: '10', reference: 'feature:sale-1', memo: 'parcel sold' });
    const credited = dataOf(await direct(INTERNAL_CREDIT, creditArgs, auth)).internalCredit;
    expect(credited).toEqual({ id: expect.stringMatching(/^tx_/), asset: 'PSC', amount: '10', balanceAfter: '10', kind: 'credit', reference: 'feature:sale-1' });
    expect(dataOf(await direct(INTERNAL_CREDIT, creditArgs, auth)).internalCredit).toEqual(credited);

    const debitArgs = movement(user.id, { amount: '3.5', reference: 'feature:buy-2' });
    const debited = await Promise.all(Array.from({ length: 3 }, () => direct(INTERNAL_DEBIT, debitArgs, auth)));
    expect(new Set(debited.map((r) => dataOf(r).internalDebit.id)).size).toBe(1);
    expect(debited[0]!.data!.internalDebit).toMatchObject({ amount: '-3.5', balanceAfter: '6.5', kind: 'debit' });

    expect(await balanceOf(user.accessToken)).toBe('6.5');
    expect(await stored(user.id)).toMatchObject({ entries: 2, balance: '6.5', ledgerSum: '6.5' });
    const history = await gql('{ myWallet { transactions { edges { node { kind amount reference memo } } } } }', {}, { token: user.accessToken });
    expect(dataOf(history).myWallet.transactions.edges.map((e: any) => e.node)).toEqual([
      { kind: 'debit', amount: '-3.5', reference: 'feature:buy-2', memo: null },
      { kind: 'credit', amount: '10', reference: 'feature:sale-1', memo: 'parcel sold' },
    ]);
  });

  it('keys belong to the calling service: the same key from another service is another command', async () => {
    const user = await registerUser();
    const args = movement(user.id, { amount: '1' });
    const a = dataOf(await direct(INTERNAL_CREDIT, args, `Bearer ${await serviceToken('features')}`)).internalCredit;
    const b = dataOf(await direct(INTERNAL_CREDIT, args, `Bearer ${await serviceToken('hunts')}`)).internalCredit;
    expect(a.id).not.toBe(b.id);
    expect(await balanceOf(user.accessToken)).toBe('2');
    const reused = await direct(INTERNAL_CREDIT, { input: { ...args.input, amount: '5' } }, `Bearer ${await serviceToken('features')}`);
    expect(codeOf(reused)).toBe('CONFLICT');
  });

  it('a debit beyond the balance is INSUFFICIENT_FUNDS and changes nothing', async () => {
    const user = await registerUser();
    await credit(user.id, 'PSC', '2');
    const auth = `Bearer ${await serviceToken('features')}`;
    const res = await direct(INTERNAL_DEBIT, movement(user.id, { amount: '2.0000000001' }), auth);
    expect(codeOf(res)).toBe('INSUFFICIENT_FUNDS');
    expect(await stored(user.id)).toMatchObject({ entries: 1, balance: '2', ledgerSum: '2' });
  });

  it.each([
    ['a malformed user id', { userId: 'nobody' }, 'NOT_FOUND'],
    ['an empty reference', { reference: '' }, 'BAD_USER_INPUT'],
    ['a reference with a NUL character', { reference: 'feature:\u0000' }, 'BAD_USER_INPUT'],
    ['a zero amount', { amount: '0' }, 'BAD_USER_INPUT'],
    ['an unknown asset', { asset: 'GOLD' }, 'BAD_USER_INPUT'],
  ])('refuses %s', async (_label, overrides, code) => {
    const res = await direct(INTERNAL_CREDIT, movement(randomUUID(), overrides), `Bearer ${await serviceToken()}`);
    expect(codeOf(res)).toBe(code);
  });
});
