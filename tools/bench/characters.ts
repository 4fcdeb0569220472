// Benchmark: inventory reads of a full character and trades per second.
//   npm run bench:characters      (DATABASE_URL optional: an embedded Postgres otherwise)
// Starts the real stack (tests' environment), fills a character's two bags (40 stacks), part of its
// equipment and its account's bank (48 stacks), then reads that inventory through the router
// (p50/p95/p99), and runs trades between distinct pairs of characters (open, two offers, two
// confirmations each: items both ways and 1 PSC) and reports completed trades per second.
// Loopback only; bounded; stops by itself.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { startStack } from '@worldgraph/testenv';

const READS = Number(process.env.BENCH_READS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const TRADES = Number(process.env.BENCH_TRADES ?? 120);

const t0 = performance.now();
const stack = await startStack({ FEATURES_DEMO_COUNT: '0', LOG_LEVEL: 'error', CHARACTERS_JOB_INTERVAL_MS: '0' });
// testenv's helpers (registerUser, credit, serviceToken) read the stack from here.
process.env.WORLDGRAPH_TEST_STACK = JSON.stringify(stack.info);
const { credit, gql, registerUser, serviceToken } = await import('@worldgraph/testenv');
console.log(`stack up in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string, url?: string): Promise<T> {
  const res = await gql<T>(query, variables, { token, url });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
const name = () => `Bench${randomUUID().replace(/[^a-f]/g, '').slice(0, 8).replace(/(.)\1\1/g, '$1x$1')}`;
async function player() {
  const user = await registerUser();
  const { createCharacter } = await ok('mutation ($i: CreateCharacterInput!) { createCharacter(input: $i) { id } }', { i: { realmId: 'aurora', name: name(), race: 'human', class: 'warrior' } }, user.accessToken);
  return { user, id: createCharacter.id as string };
}
const gameToken = await serviceToken('gameserver');
const grant = (characterId: string, items: { itemId: string; quantity: number }[]) =>
  ok('mutation ($i: GameItemsInput!) { internalGrantItems(input: $i) { applied } }', { i: { eventId: `bench:${randomUUID()}`, characterId, items } }, gameToken, stack.info.subgraphs.characters);

const percentiles = (latencies: number[]) => {
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
};

/** Runs `count` tasks, `concurrency` at a time; returns each one's latency and the wall time. */
async function run(count: number, concurrency: number, task: (i: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        await task(i).catch(() => errors++);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000, errors };
}

try {
  // A full character: 40 bag stacks, weapons and armour worn, and a 48-stack bank.
  const full = await player();
  await grant(full.id, [{ itemId: 'leather-cap', quantity: 1 }, { itemId: 'leather-jerkin', quantity: 1 }, { itemId: 'rusty-sword', quantity: 1 }]);
  const inv = (await ok('query ($id: ID!) { character(id: $id) { inventory { bags { items { id definition { id } } } } } }', { id: full.id }, full.user.accessToken)).character.inventory;
  for (const item of inv.bags[0].items) {
    await ok('mutation ($c: ID!, $i: ID!) { equipItem(characterId: $c, itemId: $i) { bags { index } } }', { c: full.id, i: item.id }, full.user.accessToken);
  }
  // 48 bank stacks of 100 ore, two rounds of 24 through the bags.
  for (const round of [0, 1]) {
    await grant(full.id, [{ itemId: 'iron-ore', quantity: 2_400 }]);
    const ore = (await ok('query ($id: ID!) { character(id: $id) { inventory { bags { items { id } } } } }', { id: full.id }, full.user.accessToken)).character.inventory.bags.flatMap((b: { items: { id: string }[] }) => b.items);
    for (const [i, item] of ore.entries()) {
      await ok('mutation ($c: ID!, $i: ID!, $s: Int!) { moveItem(characterId: $c, itemId: $i, to: { container: bank, slot: $s }) { bank { freeSlots } } }', { c: full.id, i: item.id, s: round * 24 + i }, full.user.accessToken);
    }
  }
  // 40 stacks: 32 swords (stack size 1), 7 stackable kinds and a ring.
  const stackable = ['health-potion', 'mana-potion', 'bread', 'voxel-shard', 'wolf-pelt', 'ember-core', 'iron-ore'];
  await grant(full.id, [{ itemId: 'rusty-sword', quantity: 32 }, ...stackable.map((itemId) => ({ itemId, quantity: 5 })), { itemId: 'copper-ring', quantity: 1 }]);
  const READ = `query ($id: ID!) { character(id: $id) { id name inventory {
    bags { index slots freeSlots items { id quantity definition { id name rarity equipSlot } location { container bag slot } } }
    equipment { slot item { id definition { id name } } }
    bank { slots freeSlots items { id quantity definition { id name } location { slot } } } } } }`;
  const check = (await ok(READ, { id: full.id }, full.user.accessToken)).character.inventory;
  const stacks = check.bags.reduce((n: number, b: { items: unknown[] }) => n + b.items.length, 0);
  console.log(`full character: ${stacks} bag stacks (${check.bags.map((b: { freeSlots: number }) => b.freeSlots).join('+')} free), ${check.bank.items.length} bank stacks, ${check.equipment.filter((e: { item: unknown }) => e.item).length} worn`);

  await run(50, 4, () => ok(READ, { id: full.id }, full.user.accessToken)); // warm-up
  const one = await run(READS / 2, 1, () => ok(READ, { id: full.id }, full.user.accessToken));
  const many = await run(READS, CONCURRENCY, () => ok(READ, { id: full.id }, full.user.accessToken));

  // Trades between distinct pairs: each seller gives a sword and 10 ore, each buyer bread and 1 PSC.
  const pairs = await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const [seller, buyer] = [await player(), await player()];
      await grant(seller.id, [{ itemId: 'rusty-sword', quantity: 20 }, { itemId: 'iron-ore', quantity: 2_000 }]);
      await grant(buyer.id, [{ itemId: 'bread', quantity: 200 }]);
      await credit(buyer.user.id, 'PSC', '1000');
      return { seller, buyer };
    }),
  );
  const itemsOf = async (p: { user: { accessToken: string }; id: string }) =>
    (await ok('query ($id: ID!) { character(id: $id) { inventory { bags { items { id quantity definition { id } } } } } }', { id: p.id }, p.user.accessToken)).character.inventory.bags.flatMap(
      (b: { items: { id: string; quantity: number; definition: { id: string } }[] }) => b.items,
    ) as { id: string; quantity: number; definition: { id: string } }[];
  let completed = 0;
  const trades = await run(TRADES, CONCURRENCY, async (i) => {
    const { seller, buyer } = pairs[i % pairs.length]!;
    const s = await itemsOf(seller);
    const b = await itemsOf(buyer);
    const sword = s.find((x) => x.definition.id === 'rusty-sword');
    const ore = s.find((x) => x.definition.id === 'iron-ore' && x.quantity >= 10)!;
    const bread = b.find((x) => x.definition.id === 'bread' && x.quantity >= 1)!;
    const { openTrade } = await ok('mutation ($c: ID!, $w: ID!) { openTrade(characterId: $c, withCharacterId: $w) { id } }', { c: seller.id, w: buyer.id }, seller.user.accessToken);
    const OFFER = 'mutation ($t: ID!, $c: ID!, $o: TradeOfferInput!) { setTradeOffer(tradeId: $t, characterId: $c, offer: $o) { id } }';
    await ok(OFFER, { t: openTrade.id, c: seller.id, o: { items: [...(sword ? [{ itemId: sword.id, quantity: 1 }] : []), { itemId: ore.id, quantity: 10 }] } }, seller.user.accessToken);
    await ok(OFFER, { t: openTrade.id, c: buyer.id, o: { items: [{ itemId: bread.id, quantity: 1 }], currency: { asset: 'PSC', amount: '1' } } }, buyer.user.accessToken);
    const CONFIRM = 'mutation ($t: ID!, $c: ID!) { confirmTrade(tradeId: $t, characterId: $c) { status } }';
    await ok(CONFIRM, { t: openTrade.id, c: seller.id }, seller.user.accessToken);
    const done = await ok(CONFIRM, { t: openTrade.id, c: buyer.id }, buyer.user.accessToken);
    if (done.confirmTrade.status === 'completed') completed++;
  });

  const rows = {
    [`inventory read (full), 1 at a time`]: { requests: one.latencies.length, rps: (one.latencies.length / one.seconds).toFixed(0), ...percentiles(one.latencies), errors: one.errors },
    [`inventory read (full), ${CONCURRENCY} concurrent`]: { requests: many.latencies.length, rps: (many.latencies.length / many.seconds).toFixed(0), ...percentiles(many.latencies), errors: many.errors },
    [`trade (2 reads, open, 2 offers, 2 confirms), ${CONCURRENCY} pairs`]: { requests: trades.latencies.length, rps: (completed / trades.seconds).toFixed(1), ...percentiles(trades.latencies), errors: trades.errors },
  };
  console.log(`\ncharacters: latencies in ms through the router; rps for trades = completed trades per second (${completed}/${TRADES} completed)`);
  console.table(rows);
  console.log(JSON.stringify({ benchmark: 'characters', concurrency: CONCURRENCY, results: rows }));
} finally {
  await stack.stop();
}
