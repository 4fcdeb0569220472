import { closeDatabases, codeOf, credit, database, registerUser } from '@worldgraph/testenv';
import { balanceOf, stored, transfer } from './helpers.ts';

afterAll(closeDatabases);

describe('concurrent transfers', () => {
  it('50 at once from a wallet that covers 10: exactly 10 succeed and the balance never goes negative', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '15.25'); // 10 × 1.5, plus 0.25

    const results = await Promise.all(Array.from({ length: 50 }, () => transfer(alice.accessToken, { toUserId: bob.id, amount: '1.5' })));
    const codes = results.map((r) => (r.data?.transfer ? 'OK' : codeOf(r)));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(10);
    expect(codes.filter((c) => c === 'INSUFFICIENT_FUNDS')).toHaveLength(40);

    expect(await balanceOf(alice.accessToken)).toBe('0.25');
    expect(await balanceOf(bob.accessToken)).toBe('15');
    // The balance is exactly what its ledger says, on both sides.
    expect(await stored(alice.id)).toMatchObject({ entries: 11, balance: '0.25', ledgerSum: '0.25' });
    expect(await stored(bob.id)).toMatchObject({ entries: 10, balance: '15', ledgerSum: '15' });
    // No entry ever recorded a negative balance, and every success debited from a distinct balance.
    const { rows } = await database('wallet').query(
      "SELECT balance_after::text AS after FROM ledger_entries WHERE user_id = $1 AND kind = 'transfer_out' ORDER BY seq",
      [alice.id],
    );
    expect(rows.map((r) => Number(r.after))).toEqual([13.75, 12.25, 10.75, 9.25, 7.75, 6.25, 4.75, 3.25, 1.75, 0.25]);
  });

  it('opposite directions between two users all complete without deadlock', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '100');
    await credit(bob.id, 'PSC', '100');

    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0 ? transfer(alice.accessToken, { toUserId: bob.id, amount: '3' }) : transfer(bob.accessToken, { toUserId: alice.id, amount: '1' }),
      ),
    );
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual([]);

    // 20 × 3 one way, 20 × 1 the other.
    expect(await stored(alice.id)).toMatchObject({ entries: 41, balance: '60', ledgerSum: '60' });
    expect(await stored(bob.id)).toMatchObject({ entries: 41, balance: '140', ledgerSum: '140' });
  });

  it('a wallet paying several users at once, in several assets, keeps each balance equal to its ledger', async () => {
    const payer = await registerUser();
    const payees = [await registerUser(), await registerUser(), await registerUser()];
    await credit(payer.id, 'RED', '10');
    await credit(payer.id, 'BLUE', '10');

    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => transfer(payer.accessToken, { toUserId: payees[i % 3]!.id, asset: i % 2 ? 'RED' : 'BLUE', amount: '1' })),
    );
    expect(results.filter((r) => r.data?.transfer)).toHaveLength(20);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(Array(10).fill('INSUFFICIENT_FUNDS'));
    for (const asset of ['RED', 'BLUE']) {
      expect(await stored(payer.id, asset)).toMatchObject({ balance: '0', ledgerSum: '0', entries: 11 });
      for (const payee of payees) {
        const s = await stored(payee.id, asset);
        expect(s.balance).toBe(s.ledgerSum);
      }
    }
  });
});
