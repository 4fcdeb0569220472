// Shared operations and database probes of the wallet tests.
import { database, gql, unique, type GraphQLResponse, type TestUser } from '@worldgraph/testenv';

export const TRANSFER = `mutation ($input: TransferInput!) {
  transfer(input: $input) { id asset amount memo from { id username } to { id username } debit { id amount balanceAfter kind } }
}`;
export const ADMIN_CREDIT = 'mutation ($input: AdminCreditInput!) { adminCredit(input: $input) { id amount kind } }';
export const INTERNAL_DEBIT = 'mutation ($input: InternalMovementInput!) { internalDebit(input: $input) { id asset amount balanceAfter kind reference } }';
export const INTERNAL_CREDIT = 'mutation ($input: InternalMovementInput!) { internalCredit(input: $input) { id asset amount balanceAfter kind reference } }';

/** Sends a transfer as `token`; `input` overrides a 1 PSC transfer with a fresh idempotency key. */
export const transfer = (token: string | undefined, input: Record<string, unknown>) =>
  gql(TRANSFER, { input: { asset: 'PSC', amount: '1', idempotencyKey: unique('k-'), ...input } }, { token });

/** A user's amount of one asset, as the router shows it to them. */
export async function balanceOf(token: string, asset = 'PSC'): Promise<string> {
  const res = await gql<{ myWallet: { balance: { amount: string } } }>('query ($a: String!) { myWallet { balance(asset: $a) { amount } } }', { a: asset }, { token });
  if (!res.data) throw new Error(`balance failed: ${JSON.stringify(res.errors)}`);
  return res.data.myWallet.balance.amount;
}

/** What the wallet database holds for a user: ledger rows, their sum per asset, and the stored balance. */
export async function stored(userId: string, asset = 'PSC') {
  const db = database('wallet');
  const [entries, balance, operations] = await Promise.all([
    db.query('SELECT count(*)::int AS n, coalesce(sum(amount), 0)::text AS total FROM ledger_entries WHERE user_id = $1 AND asset = $2', [userId, asset]),
    db.query('SELECT amount::text FROM balances WHERE user_id = $1 AND asset = $2', [userId, asset]),
    db.query('SELECT count(*)::int AS n FROM operations WHERE actor = $1', [`user:${userId}`]),
  ]);
  return {
    entries: entries.rows[0].n as number,
    /** SUM(amount) of the ledger, normalised like the API's Decimal strings. */
    ledgerSum: normal(entries.rows[0].total),
    balance: normal(balance.rows[0]?.amount ?? '0'),
    operations: operations.rows[0].n as number,
  };
}

/** Runs `refusal` and checks it left the users' wallets (balance, ledger, operations) as they were. */
export async function expectNothingChanged(users: TestUser[], refusal: () => Promise<unknown>): Promise<void> {
  const state = () => Promise.all(users.flatMap((u) => [stored(u.id), balanceOf(u.accessToken)]));
  const before = await state();
  await refusal();
  expect(await state()).toEqual(before);
}

/** "15.2500000000" → "15.25", as the Decimal scalar serialises. */
export const normal = (decimal: string) => (decimal.includes('.') ? decimal.replace(/0+$/, '').replace(/\.$/, '') : decimal);

/** The data, or a thrown error with the GraphQL errors when there is none. */
export function dataOf<T>(res: GraphQLResponse<T>): T {
  if (!res.data || res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}
