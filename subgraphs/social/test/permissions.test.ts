import { randomUUID } from 'node:crypto';
import { closeDatabases, credit, database, gql, registerUser, stack, startStackProcess } from '@worldgraph/testenv';
import { dynastyOn, eventually, join, ok, boughtParcel, refusal } from './helpers.ts';

afterAll(() => closeDatabases());

const SET = `mutation ($u: ID!, $i: ChildPermissionsInput!) {
  setChildPermissions(userId: $u, input: $i) { user { id } dailySpendLimit canBuyParcels canSellParcels canChat }
}`;
const TRANSFER = 'mutation ($i: TransferInput!) { transfer(input: $i) { id } }';
const BUY = 'mutation ($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }';

/** Waits until wallet's and features' copies of a child's permissions say `limit` (null: no longer a child). */
async function replicated(userId: string, limit: string | null | 'gone') {
  for (const context of ['wallet', 'features']) {
    await eventually(
      async () => (await database(context).query('SELECT active, daily_spend_limit::text AS l FROM child_permissions WHERE user_id = $1', [userId])).rows[0],
      (row) => (limit === 'gone' ? row?.active === false : row?.active === true && (row.l === null ? null : Number(row.l)) === (limit === null ? null : Number(limit))),
    );
  }
}

const pay = (from: string, to: string, amount: string) => refusal(TRANSFER, { i: { toUserId: to, asset: 'PSC', amount, idempotencyKey: randomUUID() } }, from);

test('a child\'s spending and purchases follow what the head allows, enforced by wallet and features', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel);
  const son = await join(dynastyId, head, { relation: 'child', relativeId: head.id });
  const friend = await registerUser();
  await credit(son.id, 'PSC', '1000');

  // Joining as a child: nothing to spend, no parcels.
  await replicated(son.id, '0');
  expect(await pay(son.accessToken, friend.id, '5')).toMatchObject({ code: 'FORBIDDEN', reason: 'CHILD_DAILY_SPEND_LIMIT' });
  const { rows } = await database('features').query("SELECT id FROM features WHERE status = 'available' ORDER BY id DESC LIMIT 1");
  expect(await refusal(BUY, { id: rows[0].id, key: randomUUID() }, son.accessToken)).toMatchObject({ code: 'FORBIDDEN', reason: 'CHILD_BUY_NOT_ALLOWED' });

  // Others are unaffected: the head pays as usual.
  expect(await pay(head.accessToken, friend.id, '5')).toMatchObject({ code: undefined });

  // Only the head sets it, only for a child.
  const perms = { dailySpendLimit: '10', canBuyParcels: false, canSellParcels: false, canChat: true };
  expect(await refusal(SET, { u: son.id, i: perms }, son.accessToken)).toMatchObject({ code: 'FORBIDDEN' });
  expect(await refusal(SET, { u: head.id, i: perms }, head.accessToken)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_CHILD' });
  expect(await ok(SET, { u: son.id, i: perms }, head.accessToken)).toEqual({ setChildPermissions: { user: { id: son.id }, ...perms } });
  await replicated(son.id, '10');

  // 10 PSC a day: 6 passes, 5 more would be 11, 4 fits exactly.
  expect(await pay(son.accessToken, friend.id, '6')).toMatchObject({ code: undefined });
  expect(await pay(son.accessToken, friend.id, '5')).toMatchObject({ code: 'FORBIDDEN', reason: 'CHILD_DAILY_SPEND_LIMIT', message: expect.stringContaining('4 PSC left today') });
  expect(await pay(son.accessToken, friend.id, '4')).toMatchObject({ code: undefined });

  // Once the son leaves, he is no child of anyone: no limit.
  await ok('mutation { leaveDynasty { id } }', {}, son.accessToken);
  await replicated(son.id, 'gone');
  expect(await pay(son.accessToken, friend.id, '50')).toMatchObject({ code: undefined });
});

test('a child the head allows to buy parcels buys one; once withdrawn, the next purchase is refused', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel);
  const child = await join(dynastyId, head, { relation: 'child', relativeId: head.id });
  await credit(child.id, 'PSC', '20000');
  await ok(SET, { u: child.id, i: { dailySpendLimit: '20000', canBuyParcels: true, canSellParcels: false, canChat: true } }, head.accessToken);
  await replicated(child.id, '20000');
  const { rows } = await database('features').query("SELECT id FROM features WHERE status = 'available' AND owner_id IS NULL ORDER BY price, id DESC LIMIT 2");
  const key = randomUUID();
  expect(await ok(BUY, { id: rows[0].id, key }, child.accessToken)).toEqual({ buyFeature: { status: 'completed' } });
  expect(await ok(BUY, { id: rows[0].id, key }, child.accessToken)).toEqual({ buyFeature: { status: 'completed' } });

  await ok(SET, { u: child.id, i: { dailySpendLimit: '20000', canBuyParcels: false, canSellParcels: false, canChat: true } }, head.accessToken);
  await eventually(
    async () => (await database('features').query('SELECT can_buy_parcels FROM child_permissions WHERE user_id = $1', [child.id])).rows[0],
    (row) => row?.can_buy_parcels === false,
  );
  expect(await refusal(BUY, { id: rows[1].id, key: randomUUID() }, child.accessToken)).toMatchObject({ code: 'FORBIDDEN', reason: 'CHILD_BUY_NOT_ALLOWED' });
  const { rows: [parcelLeft] } = await database('features').query('SELECT status::text, owner_id FROM features WHERE id = $1', [rows[1].id]);
  expect(parcelLeft).toEqual({ status: 'available', owner_id: null });
});

test('concurrent payments of a child never exceed the daily limit together', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel);
  const daughter = await join(dynastyId, head, { relation: 'child', relativeId: head.id });
  const friend = await registerUser();
  await credit(daughter.id, 'PSC', '1000');
  await ok(SET, { u: daughter.id, i: { dailySpendLimit: '10', canBuyParcels: true, canSellParcels: false, canChat: true } }, head.accessToken);
  await replicated(daughter.id, '10');
  const answers = await Promise.all(Array.from({ length: 6 }, () => pay(daughter.accessToken, friend.id, '3')));
  expect(answers.filter((a) => a.code === undefined)).toHaveLength(3);
  expect(answers.filter((a) => a.reason === 'CHILD_DAILY_SPEND_LIMIT')).toHaveLength(3);
});

test('wallet decides from its own copy: a wallet that cannot reach social still pays everyone, and still limits children', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel);
  const child = await join(dynastyId, head, { relation: 'child', relativeId: head.id });
  const friend = await registerUser();
  await Promise.all([credit(child.id, 'PSC', '100'), credit(head.id, 'PSC', '100')]);
  await ok(SET, { u: child.id, i: { dailySpendLimit: '5', canBuyParcels: false, canSellParcels: false, canChat: true } }, head.accessToken);
  await replicated(child.id, '5');
  // A wallet replica of its own, on the stack's databases, told that social lives at a closed port.
  const info = stack();
  const wallet = await startStackProcess(info, 'subgraphs/wallet/src/index.ts', {
    LOG_LEVEL: 'error', DATABASE_URL: info.databaseUrl, DB_PREFIX: info.dbPrefix, SUBGRAPH_URL_SOCIAL: 'http://127.0.0.1:9/graphql',
  });
  try {
    const payAt = (token: string, amount: string) =>
      gql(TRANSFER, { i: { toUserId: friend.id, asset: 'PSC', amount, idempotencyKey: randomUUID() } }, { token, url: `${wallet.origin}/graphql` });
    expect((await payAt(head.accessToken, '50')).errors).toBeUndefined();
    expect((await payAt(child.accessToken, '5')).errors).toBeUndefined();
    expect((await payAt(child.accessToken, '1')).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CHILD_DAILY_SPEND_LIMIT' });
  } finally {
    await wallet.stop();
  }
}, 120_000);
