import { randomUUID } from 'node:crypto';
import { adminToken, closeDatabases, codeOf, credit, database, gql, registerUser, serviceToken, stack, unique } from '@worldgraph/testenv';
import { atGateway, createOrder, deliver, setVariable } from './commerce-helpers.ts';
import { balanceOf, dataOf, INTERNAL_CREDIT, INTERNAL_DEBIT } from './helpers.ts';

afterAll(closeDatabases);

const PLATFORM = '00000000-0000-4000-8000-000000000000';
const direct = (query: string, variables: Record<string, unknown>, authorization: string) => gql(query, variables, { url: stack().subgraphs.wallet, authorization });
const platformBalance = async (asset: string) => {
  const { rows } = await database('wallet').query('SELECT amount::text FROM balances WHERE user_id = $1 AND asset = $2', [PLATFORM, asset]);
  return Number(rows[0]?.amount ?? 0);
};

describe('platform variables', () => {
  it('a change is applied to the next order and audited with who, when, from and to', async () => {
    const user = await registerUser();
    const before = await createOrder(user.accessToken, { asset: 'RED', amount: '3' });
    const changed = await setVariable('price.RED', '12500', 'test: RED costs more');
    expect(changed).toMatchObject({ key: 'price.RED', value: '12500', updatedBy: expect.stringMatching(/^user:/) });
    const after = await createOrder(user.accessToken, { asset: 'RED', amount: '3' });
    expect([before.priceIrr, after.priceIrr]).toEqual(['30000', '37500']);
    expect(after.unitPrice).toBe('12500');

    const admin = await adminToken();
    const history = dataOf(await gql('{ platformVariableHistory(key: "price.RED") { key oldValue newValue version changedBy reason changedAt } }', {}, { token: admin })).platformVariableHistory;
    expect(history[0]).toMatchObject({ key: 'price.RED', oldValue: null, newValue: '12500', version: changed.version, reason: 'test: RED costs more', changedBy: changed.updatedBy });
    const listed = dataOf(await gql('{ platformVariables { key value version defaultValue } }', {}, { token: admin })).platformVariables;
    expect(listed.find((v: { key: string }) => v.key === 'price.RED')).toMatchObject({ value: '12500', defaultValue: '10000' });
    // The public price list follows.
    const prices = dataOf(await gql('{ topUpPrices { asset priceIrr } }', {})).topUpPrices;
    expect(prices).toContainEqual({ asset: 'RED', priceIrr: '12500' });
    // Its domain event, for the audit log, in the same transaction.
    const events = await database('wallet').query("SELECT payload FROM outbox_events WHERE type = 'PlatformVariableChanged' AND payload->>'key' = 'price.RED' ORDER BY id");
    expect(events.rows.at(-1).payload).toMatchObject({ newValue: '12500', version: changed.version, changedBy: changed.updatedBy });
    await setVariable('price.RED', '10000');
  });

  it('refuses non-admins, unknown keys, bad values and stale versions', async () => {
    const user = await registerUser();
    const admin = await adminToken();
    const SET = 'mutation ($input: SetPlatformVariableInput!) { setPlatformVariable(input: $input) { version } }';
    expect(codeOf(await gql(SET, { input: { key: 'commission.rate', value: '0.1' } }, { token: user.accessToken }))).toBe('FORBIDDEN');
    expect(codeOf(await gql('{ platformVariables { key } }', {}, { token: user.accessToken }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(SET, { input: { key: 'no.such', value: '1' } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(SET, { input: { key: 'commission.rate', value: '1.5' } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(SET, { input: { key: 'price.PSC', value: 'abc' } }, { token: admin }))).toBe('BAD_USER_INPUT');
    const current = dataOf(await gql(SET, { input: { key: 'topup.maxIrr', value: '500000000' } }, { token: admin })).setPlatformVariable.version;
    expect(codeOf(await gql(SET, { input: { key: 'topup.maxIrr', value: '400000000', expectedVersion: current - 1 } }, { token: admin }))).toBe('CONFLICT');
    expect(dataOf(await gql(SET, { input: { key: 'topup.maxIrr', value: '500000000', expectedVersion: current } }, { token: admin })).setPlatformVariable.version).toBe(current + 1);
  });
});

describe('commissions', () => {
  it('a sale credited with its commission pays the platform account, once, and shows in the report by source', async () => {
    const seller = await registerUser();
    const buyer = await registerUser();
    const auth = `Bearer ${await serviceToken('features')}`;
    const before = await platformBalance('BLUE');
    const input = { userId: seller.id, asset: 'BLUE', amount: '95', commission: '5', payerId: buyer.id, reference: `feature:${randomUUID()}`, idempotencyKey: unique('sale-') };
    for (let i = 0; i < 3; i++) expect((await direct(INTERNAL_CREDIT, { input }, auth)).errors).toBeUndefined();
    expect(await balanceOf(seller.accessToken, 'BLUE')).toBe('95');
    expect((await platformBalance('BLUE')) - before).toBe(5);
    expect(codeOf(await direct(INTERNAL_DEBIT, { input: { ...input, idempotencyKey: unique('d-') } }, auth))).toBe('BAD_USER_INPUT');

    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const report = dataOf(await gql('query ($from: DateTime!, $to: DateTime!) { commissionReport(from: $from, to: $to, period: day) { lines { periodStart source asset amount count } totals { source asset amount count } platformBalances { asset amount } } }', { from, to }, { token: await adminToken() })).commissionReport;
    const blue = report.totals.find((t: { source: string; asset: string }) => t.source === 'features' && t.asset === 'BLUE');
    expect(Number(blue.amount)).toBeGreaterThanOrEqual(5);
    expect(report.lines.some((l: { source: string }) => l.source === 'features')).toBe(true);
    expect(report.platformBalances).toContainEqual({ asset: 'BLUE', amount: String(await platformBalance('BLUE')) });
    expect(codeOf(await gql('query ($from: DateTime!, $to: DateTime!) { commissionReport(from: $from, to: $to) { period } }', { from, to }, { token: seller.accessToken }))).toBe('FORBIDDEN');
  });

  it('features reads the commission rate from the platform variable', async () => {
    const auth = `Bearer ${await serviceToken('features')}`;
    const read = await direct('query { internalPlatformVariable(key: "commission.rate") }', {}, auth);
    expect(read.data).toEqual({ internalPlatformVariable: expect.stringMatching(/^0(\.\d+)?$/) });
  });
});

describe('referrals', () => {
  it("a referrer is rewarded once, on the referred user's first paid top-up", async () => {
    await setVariable('referral.maxPerAddress', '1000');
    const referrer = await registerUser();
    const friend = await registerUser();
    const code = dataOf(await gql('{ myReferrals { code } }', {}, { token: referrer.accessToken })).myReferrals.code;
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    const claimed = await gql('mutation ($c: String!) { claimReferral(code: $c) { referred { id } rewardedAt } }', { c: code.toLowerCase() }, { token: friend.accessToken });
    expect(dataOf(claimed).claimReferral).toEqual({ referred: { id: friend.id }, rewardedAt: null });

    for (let i = 0; i < 2; i++) {
      const order = await createOrder(friend.accessToken, { amount: '1' });
      await deliver(await atGateway(order));
    }
    expect(await balanceOf(referrer.accessToken)).toBe('1');
    const mine = dataOf(await gql('{ myReferrals { code referrals { referred { id } rewardAsset rewardAmount rewardedAt } } }', {}, { token: referrer.accessToken })).myReferrals;
    expect(mine.referrals).toEqual([{ referred: { id: friend.id }, rewardAsset: 'PSC', rewardAmount: '1', rewardedAt: expect.any(String) }]);
    expect(dataOf(await gql('{ myReferrals { referredBy { id } } }', {}, { token: friend.accessToken })).myReferrals.referredBy).toEqual({ id: referrer.id });
  });

  it('refuses self-referral, a second claim, unknown codes, and more than the caps allow', async () => {
    await setVariable('referral.maxPerAddress', '1000');
    await setVariable('referral.maxPerReferrer', '2');
    const referrer = await registerUser();
    const code = dataOf(await gql('{ myReferrals { code } }', {}, { token: referrer.accessToken })).myReferrals.code;
    const CLAIM = 'mutation ($c: String!) { claimReferral(code: $c) { createdAt } }';
    expect(codeOf(await gql(CLAIM, { c: code }, { token: referrer.accessToken }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(CLAIM, { c: 'NOSUCHCODE' }, { token: referrer.accessToken }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(CLAIM, { c: '<script>' }, { token: referrer.accessToken }))).toBe('BAD_USER_INPUT');
    const [a, b, c] = [await registerUser(), await registerUser(), await registerUser()];
    expect(codeOf(await gql(CLAIM, { c: code }, { token: a.accessToken }))).toBeUndefined();
    expect(codeOf(await gql(CLAIM, { c: code }, { token: a.accessToken }))).toBe('CONFLICT');
    // The referrer cannot then claim the code of the user they referred.
    const codeA = dataOf(await gql('{ myReferrals { code } }', {}, { token: a.accessToken })).myReferrals.code;
    expect(codeOf(await gql(CLAIM, { c: codeA }, { token: referrer.accessToken }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(CLAIM, { c: code }, { token: b.accessToken }))).toBeUndefined();
    expect(codeOf(await gql(CLAIM, { c: code }, { token: c.accessToken }))).toBe('FORBIDDEN'); // per-referrer cap
    await setVariable('referral.maxPerReferrer', '50');

    // Someone who already paid is no new user.
    const veteran = await registerUser();
    await credit(veteran.id, 'PSC', '5');
    await gql('mutation ($input: TransferInput!) { transfer(input: $input) { id } }', { input: { toUserId: a.id, asset: 'PSC', amount: '1', idempotencyKey: unique('t-') } }, { token: veteran.accessToken });
    expect(codeOf(await gql(CLAIM, { c: codeA }, { token: veteran.accessToken }))).toBe('FORBIDDEN');

    // Per address: every test user signs up from the same address here.
    const { rows } = await database('wallet').query('SELECT count(*)::int AS n FROM referrals WHERE address = (SELECT address FROM referrals WHERE referred_id = $1)', [a.id]);
    await setVariable('referral.maxPerAddress', String(rows[0].n));
    const other = await registerUser();
    const otherCode = dataOf(await gql('{ myReferrals { code } }', {}, { token: other.accessToken })).myReferrals.code;
    expect(codeOf(await gql(CLAIM, { c: otherCode }, { token: c.accessToken }))).toBe('FORBIDDEN');
    await setVariable('referral.maxPerAddress', '3');
  });

  it("an erased user's referral keeps its ids but loses the network address, and their code goes", async () => {
    await setVariable('referral.maxPerAddress', '1000');
    const referrer = await registerUser();
    const friend = await registerUser();
    const code = dataOf(await gql('{ myReferrals { code } }', {}, { token: referrer.accessToken })).myReferrals.code;
    dataOf(await gql('mutation ($c: String!) { claimReferral(code: $c) { createdAt } }', { c: code }, { token: friend.accessToken }));
    dataOf(await gql('{ myReferrals { code } }', {}, { token: friend.accessToken }));
    const wallet = database('wallet');
    expect((await wallet.query('SELECT address FROM referrals WHERE referred_id = $1', [friend.id])).rows[0].address).toBeTruthy();
    dataOf(await gql('mutation ($p: String!) { deleteMyAccount(password: $p) }', { p: friend.password }, { token: friend.accessToken }));
    for (let i = 0; i < 300; i++) {
      const codes = await wallet.query('SELECT 1 FROM referral_codes WHERE user_id = $1', [friend.id]);
      if (codes.rowCount === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await wallet.query('SELECT 1 FROM referral_codes WHERE user_id = $1', [friend.id])).rowCount).toBe(0);
    expect((await wallet.query('SELECT referrer_id::text, address FROM referrals WHERE referred_id = $1', [friend.id])).rows).toEqual([{ referrer_id: referrer.id, address: null }]);
    await setVariable('referral.maxPerAddress', '3');
  });

  it('a first purchase (an internal debit) also earns the reward, once', async () => {
    await setVariable('referral.maxPerAddress', '1000');
    const referrer = await registerUser();
    const friend = await registerUser();
    const code = dataOf(await gql('{ myReferrals { code } }', {}, { token: referrer.accessToken })).myReferrals.code;
    dataOf(await gql('mutation ($c: String!) { claimReferral(code: $c) { createdAt } }', { c: code }, { token: friend.accessToken }));
    await credit(friend.id, 'PSC', '10');
    const auth = `Bearer ${await serviceToken('features')}`;
    for (let i = 0; i < 2; i++) {
      const res = await direct(INTERNAL_DEBIT, { input: { userId: friend.id, asset: 'PSC', amount: '2', reference: `feature:${i}`, idempotencyKey: unique('buy-') } }, auth);
      expect(res.errors).toBeUndefined();
    }
    expect(await balanceOf(referrer.accessToken)).toBe('1');
    await setVariable('referral.maxPerAddress', '3');
  });
});
