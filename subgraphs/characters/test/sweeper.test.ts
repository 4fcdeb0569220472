// Crash recovery of the trade saga: a process that died mid-settlement leaves a trade `settling`;
// the sweeper (run here directly, on the stack's database and wallet) finishes it with the same
// idempotent steps, or finishes its refunds when it was being aborted.
import { createLogger, createPrismaClient, databaseUrl, subgraphCaller, WalletClient } from '@worldgraph/kit';
import { closeDatabases, credit, database, stack } from '@worldgraph/testenv';
import { Catalog } from '../src/domain/catalog.ts';
import { Settlement } from '../src/domain/settlement.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { grant, inventoryOf, ok, player } from './helpers.ts';

let db: PrismaClient;
let settlement: Settlement;
beforeAll(async () => {
  const { databaseUrl: server, dbPrefix, subgraphs, serviceSecret } = stack();
  db = createPrismaClient(PrismaClient, databaseUrl(server, `${dbPrefix}characters`));
  const peers = { callSubgraph: subgraphCaller('characters', serviceSecret, new Map([['wallet', subgraphs.wallet!]])) };
  settlement = new Settlement(db, await Catalog.load(db), new WalletClient(peers), createLogger('sweeper-test', 'silent'));
});
afterAll(async () => {
  await db.$disconnect();
  await closeDatabases();
});

const balance = async (userId: string) =>
  (await database('wallet').query(`SELECT coalesce((SELECT amount FROM balances WHERE user_id = $1 AND asset = 'PSC'), 0)::float8 AS b`, [userId])).rows[0].b as number;

/** A trade (a sword against 5 PSC) confirmed by one side, then left `settling` as a crash would. */
async function stuckTrade() {
  const seller = await player();
  const buyer = await player();
  await grant(seller.characterId, [{ itemId: 'iron-sword', quantity: 1 }]);
  await credit(buyer.user.id, 'PSC', '20');
  const sword = (await inventoryOf(seller.characterId, seller.user.accessToken)).bagItems[0]!;
  const { openTrade } = await ok('mutation ($c: ID!, $w: ID!) { openTrade(characterId: $c, withCharacterId: $w) { id } }', { c: seller.characterId, w: buyer.characterId }, seller.user.accessToken);
  const OFFER = 'mutation ($t: ID!, $c: ID!, $o: TradeOfferInput!) { setTradeOffer(tradeId: $t, characterId: $c, offer: $o) { id } }';
  await ok(OFFER, { t: openTrade.id, c: seller.characterId, o: { items: [{ itemId: sword.id, quantity: 1 }] } }, seller.user.accessToken);
  await ok(OFFER, { t: openTrade.id, c: buyer.characterId, o: { currency: { asset: 'PSC', amount: '5' } } }, buyer.user.accessToken);
  await database('characters').query(`UPDATE trades SET status = 'settling', initiator_confirmed = true, recipient_confirmed = true, updated_at = now() - interval '2 minutes' WHERE id = $1`, [openTrade.id]);
  return { seller, buyer, sword, tradeId: openTrade.id as string };
}

const wallet = () => new WalletClient({ callSubgraph: subgraphCaller('characters', stack().serviceSecret, new Map([['wallet', stack().subgraphs.wallet!]])) });

/** The saga's first step as the dead process made it: the buyer's debit, recorded. */
async function debitDone(tradeId: string, buyer: { user: { id: string }; characterId: string }) {
  await wallet().debit({ userId: buyer.user.id, asset: 'PSC', amount: '5', reference: `trade:${tradeId}`, idempotencyKey: `trade:${tradeId}:debit:${buyer.characterId}` });
  await database('characters').query(`UPDATE trade_currencies SET debited_at = now() WHERE trade_id = $1`, [tradeId]);
}

test('a settlement cut short after the debit is finished by the sweeper, once', async () => {
  const { seller, buyer, sword, tradeId } = await stuckTrade();
  await debitDone(tradeId, buyer);
  // Twice, as two replicas' sweepers might: the second finds nothing left to do.
  await Promise.all([settlement.sweep(30), settlement.sweep(30)]);
  const { rows } = await database('characters').query(`SELECT status FROM trades WHERE id = $1`, [tradeId]);
  expect(rows[0].status).toBe('completed');
  expect((await inventoryOf(buyer.characterId, buyer.user.accessToken)).bagItems.map((i) => i.id)).toEqual([sword.id]);
  expect((await inventoryOf(seller.characterId, seller.user.accessToken)).bagItems).toEqual([]);
  // Debited once and credited once, whatever the retries: the wallet's idempotency keys.
  expect(await balance(buyer.user.id)).toBe(15);
  expect(await balance(seller.user.id)).toBe(5);
});

test('an abort cut short before its refund is finished by the sweeper', async () => {
  const { seller, buyer, sword, tradeId } = await stuckTrade();
  // The money was debited, the abort recorded its reason and died before refunding.
  await debitDone(tradeId, buyer);
  await database('characters').query(`UPDATE trades SET failure_reason = 'An offered item is no longer in the bags it was offered from' WHERE id = $1`, [tradeId]);
  expect(await balance(buyer.user.id)).toBe(15);
  await settlement.sweep(30);
  const { rows } = await database('characters').query(`SELECT status, failure_reason FROM trades WHERE id = $1`, [tradeId]);
  expect(rows[0]).toEqual({ status: 'failed', failure_reason: 'An offered item is no longer in the bags it was offered from' });
  expect(await balance(buyer.user.id)).toBe(20);
  expect(await balance(seller.user.id)).toBe(0);
  // An aborting trade never exchanges, even though the item is still there.
  expect((await inventoryOf(seller.characterId, seller.user.accessToken)).bagItems.map((i) => i.id)).toEqual([sword.id]);
});

test('open trades left untouched past their time are cancelled', async () => {
  const a = await player();
  const b = await player();
  const { openTrade } = await ok('mutation ($c: ID!, $w: ID!) { openTrade(characterId: $c, withCharacterId: $w) { id } }', { c: a.characterId, w: b.characterId }, a.user.accessToken);
  await settlement.sweep(30);
  expect((await database('characters').query(`SELECT status FROM trades WHERE id = $1`, [openTrade.id])).rows[0].status).toBe('open');
  await database('characters').query(`UPDATE trades SET updated_at = now() - interval '31 minutes' WHERE id = $1`, [openTrade.id]);
  await settlement.sweep(30);
  expect((await database('characters').query(`SELECT status, failure_reason FROM trades WHERE id = $1`, [openTrade.id])).rows[0]).toEqual({ status: 'cancelled', failure_reason: 'expired' });
});
