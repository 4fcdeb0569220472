// The ownership step fails after the buyer was debited: the saga refunds the buyer.
// Its own stack, with the test-only fault switched on in features.
import { startStack, type StartedStack } from '@worldgraph/testenv';
import pg from 'pg';
import { databaseUrl } from '@worldgraph/kit';

let stack: StartedStack;
beforeAll(async () => {
  stack = await startStack({ FEATURES_FAULT_INJECTION: 'ownership', FEATURES_DEMO_COUNT: '50' });
}, 120_000);
// Stopping a second stack and dropping its databases can take a while on a loaded 2-core machine.
afterAll(() => stack?.stop(), 180_000);

async function call(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(stack.info.router, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
}

it('refunds the buyer when ownership cannot be transferred after the debit', async () => {
  const reg = await call('mutation { register(input: { username: "comp_buyer", email: "comp@example.com", password: "correct-horse-9" }) { accessToken user { id } } }', {});
  const { accessToken, user } = reg.data.register;
  const admin = (await call('mutation ($p: String!) { login(input: { login: "admin", password: $p }) { accessToken } }', { p: stack.info.adminPassword })).data.login.accessToken;
  await call('mutation ($u: ID!) { adminCredit(input: { userId: $u, asset: "PSC", amount: "100000", idempotencyKey: "fund" }) { id } }', { u: user.id }, admin);

  const features = new pg.Client(databaseUrl(stack.info.databaseUrl, `${stack.info.dbPrefix}features`));
  const wallet = new pg.Client(databaseUrl(stack.info.databaseUrl, `${stack.info.dbPrefix}wallet`));
  await Promise.all([features.connect(), wallet.connect()]);
  try {
    const { rows: [parcel] } = await features.query('SELECT id FROM features ORDER BY id LIMIT 1');
    const res = await call('mutation ($id: ID!) { buyFeature(id: $id, idempotencyKey: "buy-1") { id } }', { id: parcel.id }, accessToken);
    expect(res.errors?.[0]?.extensions.code).toBe('CONFLICT');

    const { rows: ledger } = await wallet.query("SELECT kind::text, amount::text FROM ledger_entries WHERE user_id = $1 ORDER BY seq", [user.id]);
    expect(ledger.map((e) => e.kind)).toEqual(['admin_credit', 'debit', 'credit']);
    const { rows: [balance] } = await wallet.query("SELECT amount::text FROM balances WHERE user_id = $1 AND asset = 'PSC'", [user.id]);
    expect(Number(balance.amount)).toBe(100000);
    const { rows: [after] } = await features.query('SELECT status::text, owner_id FROM features WHERE id = $1', [parcel.id]);
    expect(after).toEqual({ status: 'available', owner_id: null });
    const { rows: [purchase] } = await features.query('SELECT status::text FROM purchases WHERE feature_id = $1', [parcel.id]);
    expect(purchase.status).toBe('compensated');
    // A retry with the same key returns the recorded outcome, and moves no more money.
    const retry = await call('mutation ($id: ID!) { buyFeature(id: $id, idempotencyKey: "buy-1") { id } }', { id: parcel.id }, accessToken);
    expect(retry.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect((await wallet.query('SELECT count(*)::int AS n FROM ledger_entries WHERE user_id = $1', [user.id])).rows[0].n).toBe(3);
  } finally {
    await Promise.all([features.end(), wallet.end()]);
  }
}, 60_000);
