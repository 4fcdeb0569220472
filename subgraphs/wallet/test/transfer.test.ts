import { closeDatabases, credit, gql, registerUser } from '@worldgraph/testenv';
import { dataOf, stored, transfer } from './helpers.ts';

const ME_WALLET = '{ me { username wallet { balances { asset amount } } } }';
const MY_WALLET = '{ myWallet { owner { id } balances { asset amount } balance(asset: "PSC") { amount } } }';
const HISTORY = `query ($first: Int, $after: String, $asset: String) {
  myWallet { transactions(first: $first, after: $after, asset: $asset) {
    edges { cursor node { id asset amount balanceAfter kind memo reference counterparty { id username } createdAt } }
    pageInfo { hasNextPage endCursor }
  } }
}`;

afterAll(closeDatabases);

describe('a transfer between two users', () => {
  it('moves the money, with its memo, and both wallets show it', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '100.5');

    const res = await transfer(alice.accessToken, { toUserId: bob.id, amount: '30.25', memo: 'for the parcel' });
    expect(dataOf(res).transfer).toEqual({
      id: expect.stringMatching(/^op_/),
      asset: 'PSC',
      amount: '30.25',
      memo: 'for the parcel',
      from: { id: alice.id, username: alice.username },
      to: { id: bob.id, username: bob.username },
      debit: { id: expect.stringMatching(/^tx_/), amount: '-30.25', balanceAfter: '70.25', kind: 'transfer_out' },
    });

    const aliceMe = dataOf(await gql(ME_WALLET, {}, { token: alice.accessToken })).me;
    expect(aliceMe.wallet.balances).toEqual([
      { asset: 'PSC', amount: '70.25' },
      { asset: 'IRR', amount: '0' },
      { asset: 'RED', amount: '0' },
      { asset: 'BLUE', amount: '0' },
      { asset: 'YELLOW', amount: '0' },
    ]);
    const bobWallet = dataOf(await gql(MY_WALLET, {}, { token: bob.accessToken })).myWallet;
    expect(bobWallet.owner).toEqual({ id: bob.id });
    expect(bobWallet.balance).toEqual({ amount: '30.25' });
    expect(bobWallet.balances[0]).toEqual({ asset: 'PSC', amount: '30.25' });

    expect(await stored(alice.id)).toMatchObject({ entries: 2, balance: '70.25', ledgerSum: '70.25' });
    expect(await stored(bob.id)).toMatchObject({ entries: 1, balance: '30.25', ledgerSum: '30.25' });
  });

  it('records history newest first, with the counterparty resolved through accounts', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '10');
    dataOf(await transfer(alice.accessToken, { toUserId: bob.id, amount: '2', memo: 'lunch' }));

    const aliceEdges = dataOf(await gql(HISTORY, {}, { token: alice.accessToken })).myWallet.transactions.edges;
    expect(aliceEdges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ kind: 'transfer_out', amount: '-2', balanceAfter: '8', memo: 'lunch', counterparty: { id: bob.id, username: bob.username } }),
      expect.objectContaining({ kind: 'admin_credit', amount: '10', balanceAfter: '10', counterparty: null, reference: null }),
    ]);
    expect(new Date(aliceEdges[0].node.createdAt).getTime()).not.toBeNaN();

    const bobEdges = dataOf(await gql(HISTORY, {}, { token: bob.accessToken })).myWallet.transactions.edges;
    expect(bobEdges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ kind: 'transfer_in', amount: '2', balanceAfter: '2', memo: 'lunch', counterparty: { id: alice.id, username: alice.username } }),
    ]);
  });

  it('pages through history with cursors, and filters by asset', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '100');
    await credit(alice.id, 'RED', '5');
    for (const amount of ['1', '2', '3', '4']) dataOf(await transfer(alice.accessToken, { toUserId: bob.id, amount }));
    dataOf(await transfer(alice.accessToken, { toUserId: bob.id, asset: 'RED', amount: '0.5' }));

    // 7 entries, 3 per page: 3 + 3 + 1.
    const pages: any[] = [];
    let after: string | null = null;
    do {
      const page: any = dataOf(await gql(HISTORY, { first: 3, after }, { token: alice.accessToken })).myWallet.transactions;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages.map((p) => p.edges.length)).toEqual([3, 3, 1]);
    expect(pages.at(-1).pageInfo).toEqual({ hasNextPage: false, endCursor: pages.at(-1).edges[0].cursor });
    const amounts = pages.flatMap((p) => p.edges.map((e: any) => `${e.node.amount} ${e.node.asset}`));
    expect(amounts).toEqual(['-0.5 RED', '-4 PSC', '-3 PSC', '-2 PSC', '-1 PSC', '5 RED', '100 PSC']);
    expect(new Set(pages.flatMap((p) => p.edges.map((e: any) => e.node.id))).size).toBe(7);

    const red = dataOf(await gql(HISTORY, { asset: 'RED' }, { token: alice.accessToken })).myWallet.transactions;
    expect(red.edges.map((e: any) => [e.node.kind, e.node.amount, e.node.balanceAfter])).toEqual([
      ['transfer_out', '-0.5', '4.5'],
      ['admin_credit', '5', '5'],
    ]);
    expect(red.pageInfo.hasNextPage).toBe(false);
  });

  it('keeps full precision end to end', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'IRR', '9999999999.9999999999');
    const res = dataOf(await transfer(alice.accessToken, { toUserId: bob.id, asset: 'IRR', amount: '0.0000000001' })).transfer;
    expect(res.debit.balanceAfter).toBe('9999999999.9999999998');
    expect(await stored(bob.id, 'IRR')).toMatchObject({ balance: '0.0000000001', ledgerSum: '0.0000000001' });
  });
});
