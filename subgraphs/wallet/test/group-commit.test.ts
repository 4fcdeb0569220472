import { Decimal, databaseUrl, openDatabase } from '@worldgraph/kit';
import { closeDatabases, codeOf, credit, database, registerUser, stack, unique } from '@worldgraph/testenv';
import { DuplicateOperation, LedgerBatcher } from '../src/domain/ledger-batch.ts';
import type { Movement } from '../src/domain/ledger.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { stored, transfer } from './helpers.ts';

// Group commit of one payer's commands (LedgerBatcher, wallet_record_operations): each command in a
// batch keeps its own idempotency record, funds check, ledger entries and events.
const walletDb = openDatabase(PrismaClient, databaseUrl(stack().databaseUrl, `${stack().dbPrefix}wallet`), { poolSize: 2 });
afterAll(async () => {
  await walletDb.close();
  await closeDatabases();
});

const pay = (from: string, to: string, amount: string): Movement[] => [
  { userId: from, asset: 'PSC', amount: new Decimal(amount).negated(), kind: 'transfer_out', counterpartyId: to },
  { userId: to, asset: 'PSC', amount: new Decimal(amount), kind: 'transfer_in', counterpartyId: from },
];
const op = (actor: string, idempotencyKey: string) => ({ actor, idempotencyKey, command: 'transfer', requestHash: 'a'.repeat(64) });

describe('group commit of one payer', () => {
  it('many transfers at once, one too large: exactly that one is refused, the others applied with consistent balances and ledger', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '10');

    const amounts = Array.from({ length: 30 }, (_, i) => (i === 17 ? '10.5' : '0.25')); // 29 × 0.25 = 7.25 fit; 10.5 never does
    const results = await Promise.all(amounts.map((amount) => transfer(alice.accessToken, { toUserId: bob.id, amount })));
    const codes = results.map((r) => (r.data ? 'OK' : codeOf(r)));
    expect(codes.filter((c) => c !== 'OK')).toEqual(['INSUFFICIENT_FUNDS']);
    expect(codes[17]).toBe('INSUFFICIENT_FUNDS');
    expect(results[17]!.errors![0]!.message).toMatch(/^Not enough PSC: balance \d/);

    expect(await stored(alice.id)).toMatchObject({ entries: 30, balance: '2.75', ledgerSum: '2.75', operations: 29 });
    expect(await stored(bob.id)).toMatchObject({ entries: 29, balance: '7.25', ledgerSum: '7.25' });
    const wallet = database('wallet');
    // The payer's balance_after steps down 0.25 per transfer in ledger order, never below zero.
    const { rows } = await wallet.query("SELECT balance_after::float8 AS after FROM ledger_entries WHERE user_id = $1 AND kind = 'transfer_out' ORDER BY seq", [alice.id]);
    expect(rows.map((r) => r.after)).toEqual(Array.from({ length: 29 }, (_, i) => 10 - 0.25 * (i + 1)));
    // Each entry has its WalletChanged event, written with it.
    const events = await wallet.query(
      "SELECT count(*)::int AS n FROM outbox_events e JOIN ledger_entries l ON e.payload->>'entryId' = l.id WHERE l.user_id = ANY($1::uuid[]) AND l.kind IN ('transfer_out', 'transfer_in')",
      [[alice.id, bob.id]],
    );
    expect(events.rows[0].n).toBe(58);
  });

  it('a key sent twice in the same burst, and retried after it, is applied once and answered with the first result', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '100');
    const key = unique('same-');

    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => transfer(alice.accessToken, { toUserId: bob.id, amount: '2', ...(i % 4 === 1 ? { idempotencyKey: key } : {}) })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const ids = results.filter((_, i) => i % 4 === 1).map((r) => (r.data as { transfer: { id: string } }).transfer.id);
    const retry = await transfer(alice.accessToken, { toUserId: bob.id, amount: '2', idempotencyKey: key });
    expect(new Set([...ids, (retry.data as { transfer: { id: string } }).transfer.id]).size).toBe(1);
    // 10 distinct transfers of 2 (the credit is the admin's operation).
    expect(await stored(alice.id)).toMatchObject({ operations: 10, balance: '80', ledgerSum: '80', entries: 11 });
  });

  it('commands arriving while a batch is written go in one transaction, each with its own outcome', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    await credit(alice.id, 'PSC', '5');
    const actor = `user:${alice.id}`;
    const batcher = new LedgerBatcher(walletDb.sql);

    // The first is written at once; the other nine arrive while it is in flight and form the next batch.
    const keys = Array.from({ length: 10 }, (_, i) => (i === 6 ? 'k-3' : `k-${i}`));
    const amounts = ['1', '1', '1', '1', '4', '1', '1', '0.5', '1', '0.25'];
    const outcomes = await Promise.allSettled(keys.map((key, i) => batcher.record(op(actor, key), pay(alice.id, bob.id, amounts[i]!), 'plain')));

    const kinds = outcomes.map((o) => (o.status === 'fulfilled' ? 'ok' : o.reason instanceof DuplicateOperation ? 'duplicate' : (o.reason as { extensions?: { code?: string } }).extensions?.code));
    // 5 → 4,3,2,1 → the 4 cannot be covered → 0 (k-5) → k-3 again is a replay → 0.5 and 1 cannot be covered either → 0.25 neither.
    expect(kinds).toEqual(['ok', 'ok', 'ok', 'ok', 'INSUFFICIENT_FUNDS', 'ok', 'duplicate', 'INSUFFICIENT_FUNDS', 'INSUFFICIENT_FUNDS', 'INSUFFICIENT_FUNDS']);
    const after = outcomes.map((o) => (o.status === 'fulfilled' ? o.value.entries[0]!.balanceAfter.toFixed() : null));
    expect(after.filter(Boolean)).toEqual(['4', '3', '2', '1', '0']);

    const wallet = database('wallet');
    const recorded = await wallet.query('SELECT idempotency_key AS key, xmin::text AS tx FROM operations WHERE actor = $1 ORDER BY created_at, idempotency_key', [actor]);
    expect(recorded.rows.map((r) => r.key).sort()).toEqual(['k-0', 'k-1', 'k-2', 'k-3', 'k-5']);
    expect(new Set(recorded.rows.map((r) => r.tx)).size).toBe(2);
    expect(await stored(alice.id)).toMatchObject({ balance: '0', ledgerSum: '0', entries: 6 });
  });
});
