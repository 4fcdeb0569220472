// What a rolling deploy's old pods call keeps working (README: migrations and rolling deploys):
// release 1.0.0 records a money command through wallet_record_operation's fourteen-argument form
// (with p_guard), which 20261126210500 dropped and 20261127013000 brings back beside the new one.
// Called here as those pods call it, on the test stack's wallet database.
import { randomUUID } from 'node:crypto';
import { closeDatabases, credit, database, registerUser, unique } from '@worldgraph/testenv';

afterAll(() => closeDatabases());

/** The old pods' call: one operation of one movement each, with their guard. */
function recordOld(userId: string, amount: string, kind: string, guard: string | null) {
  return database('wallet').query<{ seq: string; balance_after: string }>(
    `SELECT * FROM "wallet_record_operation"($1, $2, $3, $4, $5, $6::varchar[], $7::uuid[], $8::varchar[], $9::numeric[], $10::text[], $11::uuid[], $12::varchar[], $13::varchar[], $14::text)`,
    [unique('op-'), `user:${userId}`, unique('k-'), 'transfer', 'a'.repeat(64), [randomUUID()], [userId], ['PSC'], [amount], [kind], [null], [null], [null], guard],
  );
}

describe("wallet_record_operation's fourteen-argument form (release 1.0.0's call)", () => {
  it('records a movement with its ledger entry and balance, as before', async () => {
    const user = await registerUser();
    await credit(user.id, 'PSC', '10');
    const { rows } = await recordOld(user.id, '-2.5', 'transfer_out', 'plain');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.balance_after).toBe('7.5');
    const balance = await database('wallet').query(`SELECT "amount"::text FROM "balances" WHERE "user_id" = $1 AND "asset" = 'PSC'`, [user.id]);
    expect(Number(balance.rows[0].amount)).toBe(7.5);
  });

  it("keeps its guard: a debtor who is an active child is refused (WGFUL) and nothing is recorded; without a guard it records", async () => {
    const user = await registerUser();
    await credit(user.id, 'PSC', '10');
    await database('wallet').query(
      `INSERT INTO "child_permissions" ("user_id", "active", "can_buy_parcels", "can_sell_parcels", "can_chat", "version") VALUES ($1, true, false, false, false, 1)`,
      [user.id],
    );
    await expect(recordOld(user.id, '-1', 'transfer_out', 'plain')).rejects.toMatchObject({ code: 'WGFUL' });
    const entries = async () => Number((await database('wallet').query(`SELECT count(*) FROM "ledger_entries" WHERE "user_id" = $1`, [user.id])).rows[0].count);
    const before = await entries();
    await expect(recordOld(user.id, '-1', 'transfer_out', 'purchase')).rejects.toMatchObject({ code: 'WGFUL' });
    expect(await entries()).toBe(before);
    const { rows } = await recordOld(user.id, '-1', 'transfer_out', null);
    expect(rows[0]!.balance_after).toBe('9');
    expect(await entries()).toBe(before + 1);
  });

  it('refuses a debit the balance cannot cover (WGFND), as before', async () => {
    const user = await registerUser();
    await credit(user.id, 'PSC', '1');
    await expect(recordOld(user.id, '-5', 'transfer_out', 'plain')).rejects.toMatchObject({ code: 'WGFND' });
  });
});
