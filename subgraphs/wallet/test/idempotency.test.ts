import { closeDatabases, codeOf, credit, registerUser, unique } from '@worldgraph/testenv';
import { balanceOf, dataOf, stored, transfer } from './helpers.ts';

afterAll(closeDatabases);

describe('a transfer retried with its idempotency key', () => {
  it('sequentially: runs once and returns the first result', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '10');
    const input = { toUserId: bob.id, amount: '4', memo: 'once', idempotencyKey: unique('seq-') };

    const first = dataOf(await transfer(alice.accessToken, input)).transfer;
    const again = dataOf(await transfer(alice.accessToken, input)).transfer;
    expect(again).toEqual(first);
    // The same command in another spelling of the amount is the same command.
    expect(dataOf(await transfer(alice.accessToken, { ...input, amount: '4.000' })).transfer.id).toBe(first.id);

    expect(await balanceOf(alice.accessToken)).toBe('6');
    expect(await balanceOf(bob.accessToken)).toBe('4');
    expect(await stored(alice.id)).toMatchObject({ entries: 2, operations: 1, balance: '6', ledgerSum: '6' });
  });

  it('concurrently: five at once make one operation and one debit', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '10');
    const input = { toUserId: bob.id, amount: '3', idempotencyKey: unique('par-') };

    const results = await Promise.all(Array.from({ length: 5 }, () => transfer(alice.accessToken, input)));
    const ids = results.map((r) => dataOf(r).transfer.id);
    expect(new Set(ids).size).toBe(1);
    expect(new Set(results.map((r) => r.data!.transfer.debit.id)).size).toBe(1);

    expect(await stored(alice.id)).toMatchObject({ entries: 2, operations: 1, balance: '7', ledgerSum: '7' });
    expect(await stored(bob.id)).toMatchObject({ entries: 1, balance: '3', ledgerSum: '3' });
  });

  it('with different parameters: CONFLICT, and nothing moves', async () => {
    const [alice, bob, carol] = [await registerUser(), await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '10');
    const key = unique('conf-');
    dataOf(await transfer(alice.accessToken, { toUserId: bob.id, amount: '1', idempotencyKey: key }));

    for (const change of [{ amount: '2' }, { toUserId: carol.id }, { asset: 'RED' }, { memo: 'different' }]) {
      const res = await transfer(alice.accessToken, { toUserId: bob.id, amount: '1', idempotencyKey: key, ...change });
      expect({ change, code: codeOf(res) }).toEqual({ change, code: 'CONFLICT' });
    }
    expect(await stored(alice.id)).toMatchObject({ entries: 2, operations: 1, balance: '9' });
    expect(await stored(carol.id)).toMatchObject({ entries: 0, balance: '0' });
  });

  it('keys belong to their user: two users may use the same key', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '5');
    await credit(bob.id, 'PSC', '5');
    const key = unique('shared-');
    const a = dataOf(await transfer(alice.accessToken, { toUserId: bob.id, amount: '1', idempotencyKey: key })).transfer;
    const b = dataOf(await transfer(bob.accessToken, { toUserId: alice.id, amount: '2', idempotencyKey: key })).transfer;
    expect(a.id).not.toBe(b.id);
    expect([await balanceOf(alice.accessToken), await balanceOf(bob.accessToken)]).toEqual(['6', '4']);
  });
});
