import { adminToken, closeDatabases, codeOf, credit, database, gql, serviceToken, stack, type TestUser } from '@worldgraph/testenv';
import { grant, inventoryOf, ok, player, take, type ItemView } from './helpers.ts';

afterAll(closeDatabases);

const TRADE_FIELDS = `id status failureReason
  initiator { confirmed currency { asset amount } items { itemId quantity definition { id } } character { id } }
  recipient { confirmed currency { asset amount } items { itemId quantity definition { id } } character { id } }`;
const OPEN = `mutation ($c: ID!, $w: ID!) { openTrade(characterId: $c, withCharacterId: $w) { ${TRADE_FIELDS} } }`;
const OFFER = `mutation ($t: ID!, $c: ID!, $o: TradeOfferInput!) { setTradeOffer(tradeId: $t, characterId: $c, offer: $o) { ${TRADE_FIELDS} } }`;
const CONFIRM = `mutation ($t: ID!, $c: ID!) { confirmTrade(tradeId: $t, characterId: $c) { ${TRADE_FIELDS} } }`;

/** A user's balance of an asset, from the wallet's database. */
async function balance(userId: string, asset = 'PSC'): Promise<number> {
  const { rows } = await database('wallet').query('SELECT coalesce((SELECT amount FROM balances WHERE user_id = $1 AND asset = $2), 0)::float8 AS b', [userId, asset]);
  return rows[0].b as number;
}

interface Trader {
  user: TestUser;
  characterId: string;
}

const itemsOf = async (t: Trader) => (await inventoryOf(t.characterId, t.user.accessToken)).bagItems;
const stackOf = (items: ItemView[], def: string) => items.find((i) => i.definition.id === def)!;

test('both sides offer items and currency, both confirm, everything changes hands at once', async () => {
  const seller = await player();
  const buyer = await player();
  await grant(seller.characterId, [{ itemId: 'iron-sword', quantity: 1 }, { itemId: 'iron-ore', quantity: 100 }, { itemId: 'old-map', quantity: 1 }]);
  await grant(buyer.characterId, [{ itemId: 'bread', quantity: 10 }]);
  await credit(buyer.user.id, 'PSC', '20');
  const sItems = await itemsOf(seller);
  const sword = stackOf(sItems, 'iron-sword');
  const ore = stackOf(sItems, 'iron-ore');
  const bread = stackOf(await itemsOf(buyer), 'bread');

  const { openTrade } = await ok(OPEN, { c: seller.characterId, w: buyer.characterId }, seller.user.accessToken);
  const t = openTrade.id;
  // Bound items are refused; someone else's items too.
  const map = stackOf(sItems, 'old-map');
  expect(codeOf(await gql(OFFER, { t, c: seller.characterId, o: { items: [{ itemId: map.id, quantity: 1 }] } }, { token: seller.user.accessToken }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(OFFER, { t, c: buyer.characterId, o: { items: [{ itemId: sword.id, quantity: 1 }] } }, { token: buyer.user.accessToken }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(OFFER, { t, c: seller.characterId, o: { items: [{ itemId: ore.id, quantity: 101 }] } }, { token: seller.user.accessToken }))).toBe('BAD_USER_INPUT');

  await ok(OFFER, { t, c: seller.characterId, o: { items: [{ itemId: sword.id, quantity: 1 }, { itemId: ore.id, quantity: 30 }] } }, seller.user.accessToken);
  await ok(OFFER, { t, c: buyer.characterId, o: { items: [{ itemId: bread.id, quantity: 4 }], currency: { asset: 'PSC', amount: '12.5' } } }, buyer.user.accessToken);
  const first = await ok(CONFIRM, { t, c: seller.characterId }, seller.user.accessToken);
  expect(first.confirmTrade).toMatchObject({ status: 'open', initiator: { confirmed: true }, recipient: { confirmed: false } });
  // Changing an offer clears both confirmations.
  const changed = await ok(OFFER, { t, c: buyer.characterId, o: { items: [{ itemId: bread.id, quantity: 5 }], currency: { asset: 'PSC', amount: '12.5' } } }, buyer.user.accessToken);
  expect(changed.setTradeOffer).toMatchObject({ initiator: { confirmed: false }, recipient: { confirmed: false } });
  // Strangers see nothing of it.
  const stranger = await player();
  expect((await ok('query ($t: ID!) { trade(id: $t) { id } }', { t }, stranger.user.accessToken)).trade).toBeNull();
  expect(codeOf(await gql(CONFIRM, { t, c: stranger.characterId }, { token: stranger.user.accessToken }))).toBe('NOT_FOUND');

  await ok(CONFIRM, { t, c: buyer.characterId }, buyer.user.accessToken);
  const done = await ok(CONFIRM, { t, c: seller.characterId }, seller.user.accessToken);
  expect(done.confirmTrade).toMatchObject({ status: 'completed', recipient: { currency: { asset: 'PSC', amount: '12.5' } } });
  // A repeat changes nothing.
  expect((await ok(CONFIRM, { t, c: seller.characterId }, seller.user.accessToken)).confirmTrade.status).toBe('completed');

  const sAfter = await itemsOf(seller);
  const bAfter = await itemsOf(buyer);
  expect(sAfter.map((i) => [i.definition.id, i.quantity]).sort()).toEqual([['bread', 5], ['iron-ore', 70], ['old-map', 1]]);
  expect(bAfter.map((i) => [i.definition.id, i.quantity]).sort()).toEqual([['bread', 5], ['iron-ore', 30], ['iron-sword', 1]]);
  expect(stackOf(bAfter, 'iron-sword').id).toBe(sword.id);
  expect(await balance(buyer.user.id)).toBe(7.5);
  expect(await balance(seller.user.id)).toBe(12.5);
  const { rows } = await database('characters').query(`SELECT payload FROM outbox_events WHERE type = 'ItemTraded' AND payload->>'tradeId' = $1`, [t]);
  expect(rows).toHaveLength(3);
  // Item provenance in the audit log: the sword was looted, then traded (audit lags its events).
  const AUDIT = 'query ($id: String!) { auditLog(filter: { entityType: "Item", entityId: $id }, first: 10) { edges { node { action actor context } } } }';
  let history: { action: string; context: string }[] = [];
  for (let i = 0; i < 120 && history.length < 2; i++) {
    history = (await ok(AUDIT, { id: sword.id }, await adminToken())).auditLog.edges.map((e: { node: { action: string; context: string } }) => e.node);
    if (history.length < 2) await new Promise((r) => setTimeout(r, 250));
  }
  expect(history.map((h) => h.action).sort()).toEqual(['ItemGranted', 'ItemTraded']);
  // The trade is over: no more offers.
  expect(codeOf(await gql(OFFER, { t, c: seller.characterId, o: { items: [] } }, { token: seller.user.accessToken }))).toBe('CONFLICT');
});

test('trades stay within a realm, between playable characters', async () => {
  const a = await player();
  const b = await player({ realmId: 'ironvale' });
  expect(codeOf(await gql(OPEN, { c: a.characterId, w: b.characterId }, { token: a.user.accessToken }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(OPEN, { c: a.characterId, w: a.characterId }, { token: a.user.accessToken }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(OPEN, { c: b.characterId, w: a.characterId }, { token: a.user.accessToken }))).toBe('NOT_FOUND');
});

test("accounts' CANNOT_TRADE limitation refuses opening and confirming trades while it lasts", async () => {
  const a = await player();
  const b = await player();
  const { openTrade } = await ok(OPEN, { c: a.characterId, w: b.characterId }, a.user.accessToken);
  // Support limits b (through accounts, as its moderation outcome does).
  const LIMIT = 'mutation ($u: ID!, $until: DateTime!) { internalLimitUser(userId: $u, kind: CANNOT_TRADE, until: $until, reason: "scam reports") { kind } }';
  const limit = async (until: Date) =>
    expect((await gql(LIMIT, { u: b.user.id, until: until.toISOString() }, { url: stack().subgraphs.accounts, token: await serviceToken('support') })).errors).toBeUndefined();
  await limit(new Date(Date.now() + 3_600_000));
  const opened = await gql(OPEN, { c: a.characterId, w: b.characterId }, { token: a.user.accessToken });
  expect(opened.errors![0]).toMatchObject({ message: expect.stringMatching(/^The other player cannot trade until /), extensions: { code: 'FORBIDDEN', reason: 'CANNOT_TRADE' } });
  expect(codeOf(await gql(OPEN, { c: b.characterId, w: a.characterId }, { token: b.user.accessToken }))).toBe('FORBIDDEN');
  expect((await gql(CONFIRM, { t: openTrade.id, c: a.characterId }, { token: a.user.accessToken })).errors![0]!.message).toMatch(/^The other player cannot trade until /);
  expect((await gql(CONFIRM, { t: openTrade.id, c: b.characterId }, { token: b.user.accessToken })).errors![0]!.message).toMatch(/^You cannot trade until /);
  expect((await ok('query ($t: ID!) { trade(id: $t) { status initiator { confirmed } } }', { t: openTrade.id }, a.user.accessToken)).trade).toEqual({ status: 'open', initiator: { confirmed: false } });
  // Lifted (a later decision of the same kind replaces it): the trade goes through.
  await limit(new Date(Date.now() - 1_000));
  await ok(CONFIRM, { t: openTrade.id, c: a.characterId }, a.user.accessToken);
  expect((await ok(CONFIRM, { t: openTrade.id, c: b.characterId }, b.user.accessToken)).confirmTrade.status).toBe('completed');
});

test('a refused wallet step fails the trade: no item moves, no money moves', async () => {
  const seller = await player();
  const buyer = await player();
  await grant(seller.characterId, [{ itemId: 'emberbrand', quantity: 1 }]);
  await credit(buyer.user.id, 'PSC', '10');
  const blade = stackOf(await itemsOf(seller), 'emberbrand');
  const { openTrade } = await ok(OPEN, { c: buyer.characterId, w: seller.characterId }, buyer.user.accessToken);
  const t = openTrade.id;
  await ok(OFFER, { t, c: seller.characterId, o: { items: [{ itemId: blade.id, quantity: 1 }] } }, seller.user.accessToken);
  await ok(OFFER, { t, c: buyer.characterId, o: { currency: { asset: 'PSC', amount: '50' } } }, buyer.user.accessToken);
  await ok(CONFIRM, { t, c: seller.characterId }, seller.user.accessToken);
  const res = await ok(CONFIRM, { t, c: buyer.characterId }, buyer.user.accessToken);
  expect(res.confirmTrade.status).toBe('failed');
  expect(res.confirmTrade.failureReason).toMatch(/^Wallet: /);
  expect(stackOf(await itemsOf(seller), 'emberbrand').id).toBe(blade.id);
  expect(await itemsOf(buyer)).toEqual([]);
  expect(await balance(buyer.user.id)).toBe(10);
  expect(await balance(seller.user.id)).toBe(0);
});

test('an item gone before settlement fails the trade and refunds the debit (compensation)', async () => {
  const seller = await player();
  const buyer = await player();
  await grant(seller.characterId, [{ itemId: 'health-potion', quantity: 3 }]);
  await credit(buyer.user.id, 'PSC', '10');
  const potion = stackOf(await itemsOf(seller), 'health-potion');
  const { openTrade } = await ok(OPEN, { c: seller.characterId, w: buyer.characterId }, seller.user.accessToken);
  const t = openTrade.id;
  await ok(OFFER, { t, c: seller.characterId, o: { items: [{ itemId: potion.id, quantity: 3 }] } }, seller.user.accessToken);
  await ok(OFFER, { t, c: buyer.characterId, o: { currency: { asset: 'PSC', amount: '4' } } }, buyer.user.accessToken);
  await ok(CONFIRM, { t, c: seller.characterId }, seller.user.accessToken);
  // The seller drinks one in the game before the buyer confirms.
  expect(codeOf(await take(seller.characterId, [{ itemId: 'health-potion', quantity: 1 }]))).toBeUndefined();
  const res = await ok(CONFIRM, { t, c: buyer.characterId }, buyer.user.accessToken);
  expect(res.confirmTrade).toMatchObject({ status: 'failed', failureReason: 'An offered item is no longer in the bags it was offered from' });
  expect(await balance(buyer.user.id)).toBe(10);
  expect(await balance(seller.user.id)).toBe(0);
  const { rows } = await database('wallet').query(`SELECT count(*)::int AS n FROM ledger_entries WHERE reference = $1`, [`trade:${t}`]);
  expect(rows[0].n).toBe(2); // the debit and its refund
  expect(stackOf(await itemsOf(seller), 'health-potion').quantity).toBe(2);
});

test('100 concurrent trades over the same items: nothing is duplicated or lost', async () => {
  const started = Date.now();
  const seller = await player();
  const buyers: Trader[] = [];
  for (let i = 0; i < 10; i++) buyers.push(await player());
  const SWORDS = 5;
  await grant(seller.characterId, [{ itemId: 'rusty-sword', quantity: SWORDS }, { itemId: 'iron-ore', quantity: 500 }]);
  for (const b of buyers) {
    await grant(b.characterId, [{ itemId: 'bread', quantity: 20 }]);
    await credit(b.user.id, 'PSC', '100');
  }
  const sItems = await itemsOf(seller);
  const swords = sItems.filter((i) => i.definition.id === 'rusty-sword');
  const ores = sItems.filter((i) => i.definition.id === 'iron-ore');
  expect(ores.map((o) => o.quantity)).toEqual([100, 100, 100, 100, 100]);
  const breadOf = new Map<string, string>();
  for (const b of buyers) breadOf.set(b.characterId, stackOf(await itemsOf(b), 'bread').id);

  // Each trade: the seller offers 30 ore from one stack and, every other trade, a whole sword;
  // the buyer offers a bread and 1 PSC.
  const trades: { id: string; buyer: Trader; sword?: string }[] = [];
  for (let k = 0; k < 100; k += 10) {
    const batch = await Promise.all(
      Array.from({ length: 10 }, async (_, j) => {
        const n = k + j;
        const buyer = buyers[n % buyers.length]!;
        const { openTrade } = await ok(OPEN, { c: seller.characterId, w: buyer.characterId }, seller.user.accessToken);
        const sword = n % 2 === 0 ? swords[(n / 2) % SWORDS]!.id : undefined;
        const items = [{ itemId: ores[n % ores.length]!.id, quantity: 30 }, ...(sword ? [{ itemId: sword, quantity: 1 }] : [])];
        await ok(OFFER, { t: openTrade.id, c: seller.characterId, o: { items } }, seller.user.accessToken);
        await ok(OFFER, { t: openTrade.id, c: buyer.characterId, o: { items: [{ itemId: breadOf.get(buyer.characterId)!, quantity: 1 }], currency: { asset: 'PSC', amount: '1' } } }, buyer.user.accessToken);
        return { id: openTrade.id as string, buyer, sword };
      }),
    );
    trades.push(...batch);
  }

  const prepared = Date.now();
  // Both sides of all 100 trades confirm, in a shuffled order, 50 requests in flight: every trade
  // races the others over the same stacks and swords. (All 200 at once, on a loaded 2-core machine,
  // only measures the router's 30 s subgraph timeout.)
  const calls = trades.flatMap((t) => [
    () => gql(CONFIRM, { t: t.id, c: seller.characterId }, { token: seller.user.accessToken }),
    () => gql(CONFIRM, { t: t.id, c: t.buyer.characterId }, { token: t.buyer.user.accessToken }),
  ]);
  for (let i = calls.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [calls[i], calls[j]] = [calls[j]!, calls[i]!];
  }
  const confirms: Awaited<ReturnType<(typeof calls)[number]>>[] = [];
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      for (let call = calls.shift(); call; call = calls.shift()) confirms.push(await call());
    }),
  );
  expect(confirms).toHaveLength(200);
  expect(confirms.filter((r) => r.errors)).toEqual([]);
  // A confirmation answers `settling` when the queue of settlements is long; wait for them all.
  const ids = trades.map((t) => t.id);
  const settled = async () => (await database('characters').query(`SELECT count(*)::int AS n FROM trades WHERE id = ANY($1::uuid[]) AND status IN ('open', 'settling')`, [ids])).rows[0].n === 0;
  for (const deadline = Date.now() + 300_000; Date.now() < deadline && !(await settled()); ) await new Promise((r) => setTimeout(r, 250));
  console.log(`100 trades: prepared in ${prepared - started} ms, confirmed and settled in ${Date.now() - prepared} ms`);

  const { rows: statuses } = await database('characters').query(`SELECT id, status FROM trades WHERE id = ANY($1::uuid[])`, [ids]);
  const status = new Map(statuses.map((r) => [r.id as string, r.status as string]));
  expect([...new Set(status.values())].every((s) => s === 'completed' || s === 'failed')).toBe(true);
  const completed = trades.filter((t) => status.get(t.id) === 'completed');
  expect(completed.length).toBeGreaterThan(0);

  // No sword was traded twice; every sword is in exactly one place.
  const swordTrades = completed.filter((t) => t.sword);
  expect(new Set(swordTrades.map((t) => t.sword)).size).toBe(swordTrades.length);
  const { rows: items } = await database('characters').query(
    `SELECT definition_id, sum(quantity)::int AS total, count(*)::int AS stacks, max(quantity) AS biggest FROM items WHERE account_id = ANY($1::uuid[]) GROUP BY definition_id ORDER BY definition_id`,
    [[seller.user.id, ...buyers.map((b) => b.user.id)]],
  );
  expect(items.every((r) => r.biggest <= 100)).toBe(true);
  expect(items).toEqual([
    { definition_id: 'bread', total: 200, stacks: expect.any(Number), biggest: expect.any(Number) },
    { definition_id: 'iron-ore', total: 500, stacks: expect.any(Number), biggest: expect.any(Number) },
    { definition_id: 'rusty-sword', total: SWORDS, stacks: SWORDS, biggest: 1 },
  ]);
  // Each completed trade moved exactly its 30 ore, its bread and its coin; failed ones nothing.
  const sAfter = await itemsOf(seller);
  expect(sAfter.filter((i) => i.definition.id === 'iron-ore').reduce((s, i) => s + i.quantity, 0)).toBe(500 - 30 * completed.length);
  expect(sAfter.filter((i) => i.definition.id === 'bread').reduce((s, i) => s + i.quantity, 0)).toBe(completed.length);
  expect(sAfter.filter((i) => i.definition.id === 'rusty-sword')).toHaveLength(SWORDS - swordTrades.length);
  expect(await balance(seller.user.id)).toBe(completed.length);
  let buyersTotal = 0;
  for (const b of buyers) buyersTotal += await balance(b.user.id);
  expect(buyersTotal).toBe(1000 - completed.length);
  const { rows: pending } = await database('characters').query(
    `SELECT count(*)::int AS n FROM trade_currencies WHERE trade_id = ANY($1::uuid[]) AND debited_at IS NOT NULL AND credited_at IS NULL AND refunded_at IS NULL`,
    [trades.map((t) => t.id)],
  );
  expect(pending[0].n).toBe(0);
}, 600_000); // a loaded 2-core machine: preparing 100 trades alone is 300 requests

test('the trade window and the account portal hear about changes live', async () => {
  const { subscribe } = await import('@worldgraph/testenv');
  const a = await player();
  const b = await player();
  await grant(a.characterId, [{ itemId: 'copper-ring', quantity: 1 }]);
  const ring = stackOf(await itemsOf(a), 'copper-ring');
  const { openTrade } = await ok(OPEN, { c: a.characterId, w: b.characterId }, a.user.accessToken);
  const window = await subscribe(`subscription ($t: ID!) { tradeChanged(tradeId: $t) { status initiator { items { itemId } confirmed } } }`, { t: openTrade.id }, { token: b.user.accessToken });
  const portal = await subscribe(`subscription { characterChanged { type characterId character { name } } }`, {}, { token: b.user.accessToken });
  await ok(OFFER, { t: openTrade.id, c: a.characterId, o: { items: [{ itemId: ring.id, quantity: 1 }] } }, a.user.accessToken);
  const offered = await window.nth(1);
  expect(offered.data!.tradeChanged.initiator.items).toEqual([{ itemId: ring.id }]);
  await ok(CONFIRM, { t: openTrade.id, c: a.characterId }, a.user.accessToken);
  await ok(CONFIRM, { t: openTrade.id, c: b.characterId }, b.user.accessToken);
  await window.nth(4);
  expect(window.results.at(-1)!.data!.tradeChanged.status).toBe('completed');
  const received = await portal.nth(1);
  expect(received.data!.characterChanged).toEqual({ type: 'ItemTraded', characterId: b.characterId, character: { name: b.name } });
  // Someone else cannot watch the trade.
  const stranger = await player();
  const spy = await subscribe(`subscription ($t: ID!) { tradeChanged(tradeId: $t) { status } }`, { t: openTrade.id }, { token: stranger.user.accessToken });
  await spy.end();
  expect(JSON.stringify([spy.results, spy.ended])).toContain('NOT_FOUND');
  expect(spy.results.every((r) => !r.data?.tradeChanged)).toBe(true);
  await Promise.all([window.close(), portal.close(), spy.close()]);
});
