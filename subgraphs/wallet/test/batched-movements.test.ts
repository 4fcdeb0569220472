// internalDebits / internalCredits: many internal movements in one call, each as its single call
// would do it, recorded for audit as that call; and the kit's WalletClient, which gathers the
// movements asked for while a call is in flight into the next one.
import { randomUUID } from 'node:crypto';
import { AppError, subgraphCaller, WalletClient, type Movement } from '@worldgraph/kit';
import { closeDatabases, codeOf, credit, database, gql, registerUser, serviceToken, stack, unique } from '@worldgraph/testenv';
import { dataOf, stored } from './helpers.ts';

afterAll(closeDatabases);

const DEBITS = 'mutation ($items: [InternalMovementItem!]!) { internalDebits(items: $items) { result { id amount balanceAfter kind reference } error { code message reason } } }';
const CREDITS = 'mutation ($items: [InternalMovementItem!]!) { internalCredits(items: $items) { result { id amount kind } error { code message } } }';

const move = (userId: string, overrides: Partial<Movement> = {}): Movement => ({ userId, asset: 'PSC', amount: '2', reference: 'feature:batch', idempotencyKey: unique('bat-'), ...overrides });
const direct = (query: string, variables: Record<string, unknown>, authorization?: string) => gql(query, variables, { url: stack().subgraphs.wallet, authorization });

/** What the command log recorded for these idempotency keys, in the order of `keys`. */
async function recorded(keys: string[]) {
  const { rows } = await database('wallet').query(
    "SELECT payload FROM outbox_events WHERE type = 'CommandExecuted' AND payload->'args'->'input'->>'idempotencyKey' = ANY($1::text[])",
    [keys],
  );
  return keys.map((k) => rows.filter((r) => r.payload.args.input.idempotencyKey === k).map((r) => r.payload));
}

describe('internalDebits and internalCredits', () => {
  it('run each item as its single call would: outcomes in order, a refused item refuses no other, a repeated key answers its first result', async () => {
    const [a, b] = [await registerUser(), await registerUser()];
    await credit(a.id, 'PSC', '10');
    await credit(b.id, 'PSC', '1');
    const auth = `Bearer ${await serviceToken('features')}`;
    const items = [
      { input: move(a.id, { amount: '3' }), requestId: 'req-one' },
      { input: move(b.id, { amount: '5' }), requestId: 'req-two' }, // b has 1
      { input: move(a.id, { asset: 'GOLD' }), requestId: null },
      { input: move('not-a-user'), requestId: 'req-four' },
      { input: move(a.id, { amount: '4' }), requestId: 'req-five' },
    ];
    const first = dataOf(await direct(DEBITS, { items }, auth)).internalDebits;
    expect(first.map((o: any) => o.error?.code ?? 'ok')).toEqual(['ok', 'INSUFFICIENT_FUNDS', 'BAD_USER_INPUT', 'NOT_FOUND', 'ok']);
    expect(first[0].result).toMatchObject({ amount: '-3', kind: 'debit', reference: 'feature:batch' });
    expect(first[1]).toEqual({ result: null, error: { code: 'INSUFFICIENT_FUNDS', message: expect.any(String), reason: null } });
    expect(await stored(a.id)).toMatchObject({ entries: 3, balance: '3', ledgerSum: '3' });
    expect(await stored(b.id)).toMatchObject({ entries: 1, balance: '1' });

    // The same batch again: the debits done answer their first transactions and move nothing.
    const again = dataOf(await direct(DEBITS, { items }, auth)).internalDebits;
    expect(again[0].result.id).toBe(first[0].result.id);
    expect(again[4].result.id).toBe(first[4].result.id);
    expect(await stored(a.id)).toMatchObject({ entries: 3, balance: '3' });

    // Recorded for audit as five internalDebit commands each time, with each item's request id.
    const commands = await recorded(items.map((i) => i.input.idempotencyKey));
    expect(commands.map((c) => c.length)).toEqual([2, 2, 2, 2, 2]);
    expect(commands.map((c) => [c[0].command, c[0].outcome, c[0].errorCode, c[0].actor])).toEqual([
      ['internalDebit', 'ok', null, { kind: 'service', id: 'features' }],
      ['internalDebit', 'refused', 'INSUFFICIENT_FUNDS', { kind: 'service', id: 'features' }],
      ['internalDebit', 'refused', 'BAD_USER_INPUT', { kind: 'service', id: 'features' }],
      ['internalDebit', 'refused', 'NOT_FOUND', { kind: 'service', id: 'features' }],
      ['internalDebit', 'ok', null, { kind: 'service', id: 'features' }],
    ]);
    expect(commands[0]![0].requestId).toBe('req-one');
    expect(commands[0]![0].result).toEqual({ id: first[0].result.id, amount: '-3', balanceAfter: '7', kind: 'debit', reference: 'feature:batch' });
    expect(commands[2]![0].requestId).toEqual(expect.any(String)); // the batch request's own
    expect(commands[2]![0].requestId).not.toBe('req-one');
  });

  it('credit as internalCredit does, a sale with its commission included', async () => {
    const [seller, buyer] = [await registerUser(), await registerUser()];
    const auth = `Bearer ${await serviceToken('features')}`;
    const sale = move(seller.id, { amount: '9', commission: '1', payerId: buyer.id });
    const res = dataOf(await direct(CREDITS, { items: [{ input: sale }, { input: move(seller.id, { amount: '0' }) }] }, auth)).internalCredits;
    expect(res.map((o: any) => o.error?.code ?? o.result.kind)).toEqual(['credit', 'BAD_USER_INPUT']);
    expect(await stored(seller.id)).toMatchObject({ entries: 1, balance: '9' });
    const commission = await database('wallet').query('SELECT amount::float8 AS amount, payer_id FROM commissions WHERE reference = $1 AND payer_id = $2', [sale.reference, buyer.id]);
    expect(commission.rows).toEqual([{ amount: 1, payer_id: buyer.id }]);
  });

  it('are for service credentials at the subgraph only, and hold at most 100 items', async () => {
    const user = await registerUser();
    await credit(user.id, 'PSC', '5');
    const items = [{ input: move(user.id) }];
    expect(codeOf(await direct(DEBITS, { items }))).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    expect(codeOf(await direct(DEBITS, { items }, `Bearer ${user.accessToken}`))).toBe('FORBIDDEN');
    // Not in the public graph, whoever asks the router.
    expect(codeOf(await gql(DEBITS, { items }, { token: user.accessToken }))).toBe('GRAPHQL_VALIDATION_FAILED');
    const many = Array.from({ length: 101 }, () => ({ input: move(user.id, { amount: '0.01' }) }));
    expect(codeOf(await direct(DEBITS, { items: many }, `Bearer ${await serviceToken()}`))).toBe('BAD_USER_INPUT');
    expect(await stored(user.id)).toMatchObject({ entries: 1, balance: '5' });
    const refused = await recorded([items[0]!.input.idempotencyKey, many[0]!.input.idempotencyKey]);
    expect(refused[0]!.map((c) => `${c.command} ${c.outcome}`)).toEqual(['internalDebit refused', 'internalDebit refused']);
    expect(refused[0]!.map((c) => c.errorCode)).toContain('FORBIDDEN');
    expect(refused[1]).toEqual([expect.objectContaining({ command: 'internalDebit', outcome: 'refused', errorCode: 'BAD_USER_INPUT' })]);
  });
});

describe("the kit's WalletClient", () => {
  /** A WalletClient of features on the stack's wallet, counting its calls by operation (and rewriting them, to stand for an older wallet). */
  function client(rewrite: (query: string) => string = (q) => q) {
    const call = subgraphCaller('features', stack().serviceSecret, new Map([['wallet', stack().subgraphs.wallet!]]));
    const calls: string[] = [];
    const wallet = new WalletClient({
      callSubgraph: <T,>(subgraph: string, query: string, variables?: Record<string, unknown>, requestId?: string) => {
        calls.push(/internal\w+/.exec(query)![0]);
        return call<T>(subgraph, rewrite(query), variables, requestId);
      },
    });
    return { wallet, calls };
  }

  it('sends the movements asked for while a call is in flight together in the next, each caller with its own outcome', async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => registerUser()));
    await Promise.all(users.map((u) => credit(u.id, 'PSC', '10')));
    const { wallet, calls } = client();
    // Twelve debits at once: the first goes alone, the eleven asked for meanwhile in one call after it.
    const debits = Array.from({ length: 12 }, (_, i) => move(users[i % 4]!.id, { amount: i === 5 ? '100' : '3' }));
    const outcomes = await Promise.allSettled(debits.map((d, i) => wallet.debit(d, `req-${i}`)));
    expect(calls).toEqual(['internalDebits', 'internalDebits']);
    const refused = outcomes.map((o) => (o.status === 'rejected' ? (o.reason as AppError).extensions.code : 'ok'));
    expect(refused).toEqual(refused.map((_, i) => (i === 5 ? 'INSUFFICIENT_FUNDS' : 'ok')));
    expect((outcomes[5] as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    // users[1] paid 3 twice (debits 1 and 9) and was refused 100 (debit 5); the others paid 3 three times.
    expect((await Promise.all(users.map((u) => stored(u.id)))).map((s) => s.balance)).toEqual(['1', '4', '1', '1']);
    const commands = await recorded(debits.map((d) => d.idempotencyKey));
    expect(commands.map((c) => c.map((x) => `${x.command} ${x.requestId} ${x.outcome}`))).toEqual(debits.map((_, i) => [`internalDebit req-${i} ${i === 5 ? 'refused' : 'ok'}`]));
  });

  it('answers a movement alone at once, and a credit likewise', async () => {
    const user = await registerUser();
    const { wallet, calls } = client();
    await wallet.credit(move(user.id, { amount: '7' }));
    await wallet.debit(move(user.id, { amount: '2' }));
    await expect(wallet.debit(move(user.id, { amount: '6' }))).rejects.toMatchObject({ extensions: { code: 'INSUFFICIENT_FUNDS' } });
    expect(calls).toEqual(['internalCredits', 'internalDebits', 'internalDebits']);
    expect(await stored(user.id)).toMatchObject({ entries: 2, balance: '5' });
  });

  it("gives each movement its own outcome when the call is refused whole (one item's amount is no decimal)", async () => {
    const user = await registerUser();
    await credit(user.id, 'PSC', '10');
    const { wallet, calls } = client();
    const outcomes = await Promise.allSettled([wallet.debit(move(user.id, { amount: '1' })), wallet.debit(move(user.id, { amount: 'lots' })), wallet.debit(move(user.id, { amount: '2' }))]);
    expect(outcomes.map((o) => (o.status === 'rejected' ? (o.reason as AppError).extensions.code : 'ok'))).toEqual(['ok', 'BAD_USER_INPUT', 'ok']);
    expect(calls).toEqual(['internalDebits', 'internalDebits', 'internalDebit', 'internalDebit']);
    expect(await stored(user.id)).toMatchObject({ entries: 3, balance: '7' });
  });

  it('calls one movement at a time while the wallet does not know the batched fields (a release before them)', async () => {
    const user = await registerUser();
    await credit(user.id, 'PSC', '10');
    // The stack's wallet answers a field it lacks as an older one would answer internalDebits.
    const { wallet, calls } = client((q) => q.replace('internalDebits(', 'internalDebitsOfANewerRelease('));
    const outcomes = await Promise.allSettled([wallet.debit(move(user.id, { amount: '4' })), wallet.debit(move(user.id, { amount: '4' })), wallet.debit(move(user.id, { amount: '4' }))]);
    // Which of the three is refused is the wallet's order; two of them are paid.
    expect(outcomes.map((o) => (o.status === 'rejected' ? (o.reason as AppError).extensions.code : 'ok')).sort()).toEqual(['INSUFFICIENT_FUNDS', 'ok', 'ok']);
    // The first tried the batch and went alone; the two asked for meanwhile went alone at once.
    expect(calls).toEqual(['internalDebits', 'internalDebit', 'internalDebit', 'internalDebit']);
    // And for the next minute, without trying the batch first.
    await wallet.debit(move(user.id, { amount: '1', idempotencyKey: `solo-${randomUUID()}` }));
    expect(calls.slice(4)).toEqual(['internalDebit']);
    expect(await stored(user.id)).toMatchObject({ entries: 4, balance: '1' });
  });
});
