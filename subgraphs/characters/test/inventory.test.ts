import { adminToken, closeDatabases, codeOf, database, gql } from '@worldgraph/testenv';
import { asGameServer, count, CREATE, grant, inventoryOf, ok, player, take, uniqueName } from './helpers.ts';

afterAll(closeDatabases);

const MOVE = 'mutation ($c: ID!, $i: ID!, $to: SlotInput!, $q: Int) { moveItem(characterId: $c, itemId: $i, to: $to, quantity: $q) { bags { index } } }';
const move = (token: string, c: string, i: string, to: Record<string, unknown>, q?: number) => gql(MOVE, { c, i, to, q }, { token });

test('loot stacks up to the stack size, once per event id; consumption takes smallest stacks first', async () => {
  const { user, characterId } = await player();
  const t = user.accessToken;
  const first = await grant(characterId, [{ itemId: 'iron-ore', quantity: 150 }, { itemId: 'health-potion', quantity: 5 }], 'loot:boar-1');
  expect(first.data!.internalGrantItems.applied).toBe(true);
  const repeat = await grant(characterId, [{ itemId: 'iron-ore', quantity: 150 }, { itemId: 'health-potion', quantity: 5 }], 'loot:boar-1');
  expect(repeat.data!.internalGrantItems.applied).toBe(false);
  await grant(characterId, [{ itemId: 'iron-ore', quantity: 120 }]);
  let inv = await inventoryOf(characterId, t);
  const ore = inv.bagItems.filter((i) => i.definition.id === 'iron-ore').map((i) => i.quantity).sort((a, b) => b - a);
  expect(ore).toEqual([100, 100, 70]);
  expect(count(inv.bagItems, 'health-potion')).toBe(5);
  expect(inv.bags.map((b: { freeSlots: number }) => b.freeSlots)).toEqual([20, 16]);

  expect((await take(characterId, [{ itemId: 'iron-ore', quantity: 80 }], 'use:smelt-1')).data!.internalTakeItems.applied).toBe(true);
  expect((await take(characterId, [{ itemId: 'iron-ore', quantity: 80 }], 'use:smelt-1')).data!.internalTakeItems.applied).toBe(false);
  inv = await inventoryOf(characterId, t);
  expect(inv.bagItems.filter((i) => i.definition.id === 'iron-ore').map((i) => i.quantity).sort((a, b) => b - a)).toEqual([100, 90]);
  // All or nothing: too many of one line refuses the whole event.
  const short = await take(characterId, [{ itemId: 'health-potion', quantity: 1 }, { itemId: 'iron-ore', quantity: 1000 }]);
  expect(codeOf(short)).toBe('CONFLICT');
  expect(count((await inventoryOf(characterId, t)).bagItems, 'health-potion')).toBe(5);
  expect(codeOf(await grant(characterId, [{ itemId: 'no-such-thing', quantity: 1 }]))).toBe('NOT_FOUND');
  expect(codeOf(await grant(characterId, [{ itemId: 'bread', quantity: 0 }]))).toBe('BAD_USER_INPUT');

  // Every movement is an event, with the game server's event id (item provenance).
  const { rows } = await database('characters').query(`SELECT type, payload FROM outbox_events WHERE aggregate_id = $1 AND type LIKE 'Item%' ORDER BY id`, [characterId]);
  expect(rows.filter((r) => r.payload.eventId === 'loot:boar-1').map((r) => r.payload.quantity)).toEqual([100, 50, 5]);
  expect(rows.filter((r) => r.type === 'ItemTaken').map((r) => r.payload.source)).toEqual(['consumption', 'consumption']);
});

test('a full bag refuses loot whole', async () => {
  const { characterId, user } = await player();
  // 40 slots of swords (stack size 1).
  expect(codeOf(await grant(characterId, [{ itemId: 'rusty-sword', quantity: 40 }]))).toBeUndefined();
  expect(codeOf(await grant(characterId, [{ itemId: 'rusty-sword', quantity: 1 }]))).toBe('CONFLICT');
  const inv = await inventoryOf(characterId, user.accessToken);
  expect(inv.bags.map((b: { freeSlots: number }) => b.freeSlots)).toEqual([0, 0]);
});

test('moving, splitting, merging and swapping stacks; slot rules', async () => {
  const { user, characterId } = await player();
  const t = user.accessToken;
  await grant(characterId, [{ itemId: 'voxel-shard', quantity: 60 }, { itemId: 'leather-cap', quantity: 1 }]);
  let inv = await inventoryOf(characterId, t);
  const shard = inv.bagItems.find((i) => i.definition.id === 'voxel-shard')!;
  const cap = inv.bagItems.find((i) => i.definition.id === 'leather-cap')!;

  // Split 25 into bag 1 slot 3, then merge 10 back.
  expect(codeOf(await move(t, characterId, shard.id, { container: 'bag', bag: 1, slot: 3 }, 25))).toBeUndefined();
  inv = await inventoryOf(characterId, t);
  const split = inv.bagItems.find((i) => i.location.bag === 1 && i.location.slot === 3)!;
  expect(split.quantity).toBe(25);
  expect(inv.bagItems.find((i) => i.id === shard.id)!.quantity).toBe(35);
  expect(codeOf(await move(t, characterId, split.id, { container: 'bag', bag: shard.location.bag, slot: shard.location.slot }, 10))).toBeUndefined();
  inv = await inventoryOf(characterId, t);
  expect(inv.bagItems.find((i) => i.id === shard.id)!.quantity).toBe(45);
  expect(inv.bagItems.find((i) => i.id === split.id)!.quantity).toBe(15);

  // A merge never overfills: 15 + 95 ore-like cap → here shards: stack size 100.
  await grant(characterId, [{ itemId: 'voxel-shard', quantity: 85 }]);
  inv = await inventoryOf(characterId, t);
  expect(count(inv.bagItems, 'voxel-shard')).toBe(145);
  expect(inv.bagItems.filter((i) => i.definition.id === 'voxel-shard').every((i) => i.quantity <= 100)).toBe(true);

  // A whole stack onto another item swaps them; a partial one is refused.
  const before = await inventoryOf(characterId, t);
  const s1 = before.bagItems.find((i) => i.id === split.id)!;
  const c1 = before.bagItems.find((i) => i.id === cap.id)!;
  expect(codeOf(await move(t, characterId, s1.id, { container: 'bag', bag: c1.location.bag, slot: c1.location.slot }, 1))).toBe('CONFLICT');
  expect(codeOf(await move(t, characterId, s1.id, { container: 'bag', bag: c1.location.bag, slot: c1.location.slot }))).toBeUndefined();
  inv = await inventoryOf(characterId, t);
  expect(inv.bagItems.find((i) => i.id === cap.id)!.location).toEqual(s1.location);
  expect(inv.bagItems.find((i) => i.id === s1.id)!.location).toEqual(c1.location);

  // Slots that do not exist, quantities out of range, someone else's items.
  expect(codeOf(await move(t, characterId, cap.id, { container: 'bag', bag: 0, slot: 24 }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await move(t, characterId, cap.id, { container: 'bag', bag: 5, slot: 0 }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await move(t, characterId, shard.id, { container: 'bag', bag: 1, slot: 10 }, 0))).toBe('BAD_USER_INPUT');
  expect(codeOf(await move(t, characterId, shard.id, { container: 'bag', bag: 1, slot: 10 }, 1000))).toBe('BAD_USER_INPUT');
  expect(codeOf(await move(t, characterId, cap.id, { container: 'equipment', slot: 0 }))).toBe('BAD_USER_INPUT');
  const other = await player();
  expect(codeOf(await move(other.user.accessToken, other.characterId, cap.id, { container: 'bag', bag: 0, slot: 5 }))).toBe('NOT_FOUND');
  // Concurrent moves into one empty slot: one wins, nothing is lost.
  const [a, b] = inv.bagItems.filter((i) => i.definition.id === 'voxel-shard');
  const racing = await Promise.all([move(t, characterId, a!.id, { container: 'bag', bag: 1, slot: 15 }), move(t, characterId, cap.id, { container: 'bag', bag: 1, slot: 15 })]);
  expect(racing.filter((r) => !r.errors)).toHaveLength(2); // the second merges or swaps: both succeed, in some order
  inv = await inventoryOf(characterId, t);
  expect(count(inv.bagItems, 'voxel-shard')).toBe(145);
  expect(count(inv.bagItems, 'leather-cap')).toBe(1);
  expect(b).toBeDefined();
});

test('the bank is shared by the account characters; bound items stay out', async () => {
  const { user, characterId } = await player();
  const t = user.accessToken;
  const { createCharacter: alt } = await ok(CREATE, { i: { realmId: 'ironvale', name: uniqueName('Alt'), race: 'elf', class: 'mage' } }, t);
  await grant(characterId, [{ itemId: 'ember-core', quantity: 7 }, { itemId: 'old-map', quantity: 1 }]);
  let inv = await inventoryOf(characterId, t);
  const core = inv.bagItems.find((i) => i.definition.id === 'ember-core')!;
  const map = inv.bagItems.find((i) => i.definition.id === 'old-map')!;
  expect(codeOf(await move(t, characterId, map.id, { container: 'bank', slot: 0 }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await move(t, characterId, core.id, { container: 'bank', slot: 47 }))).toBeUndefined();
  expect(codeOf(await move(t, characterId, core.id, { container: 'bank', slot: 48 }))).toBe('BAD_USER_INPUT');
  inv = await inventoryOf(alt.id, t);
  expect(inv.bank).toMatchObject({ slots: 48, freeSlots: 47 });
  expect(inv.bankItems).toEqual([expect.objectContaining({ id: core.id, quantity: 7, location: { container: 'bank', bag: null, slot: 47, equipSlot: null } })]);
  // The other character takes it out of the bank into its own bags.
  expect(codeOf(await move(t, alt.id, core.id, { container: 'bag', bag: 0, slot: 0 }, 3))).toBeUndefined();
  inv = await inventoryOf(alt.id, t);
  expect(count(inv.bagItems, 'ember-core')).toBe(3);
  expect(count(inv.bankItems, 'ember-core')).toBe(4);
  // Another account never sees or moves it.
  const other = await player();
  expect(codeOf(await move(other.user.accessToken, other.characterId, core.id, { container: 'bag', bag: 0, slot: 0 }))).toBe('NOT_FOUND');
  expect((await inventoryOf(other.characterId, other.user.accessToken)).bankItems).toEqual([]);
});

test('equip rules: slot, level, what can be worn; swaps and unequips', async () => {
  const { user, characterId } = await player();
  const t = user.accessToken;
  const EQUIP = 'mutation ($c: ID!, $i: ID!) { equipItem(characterId: $c, itemId: $i) { equipment { slot item { id } } } }';
  const UNEQUIP = 'mutation ($c: ID!, $s: EquipSlot!, $to: SlotInput) { unequipItem(characterId: $c, slot: $s, to: $to) { equipment { slot item { id } } } }';
  await grant(characterId, [{ itemId: 'rusty-sword', quantity: 1 }, { itemId: 'iron-sword', quantity: 1 }, { itemId: 'bread', quantity: 3 }, { itemId: 'leather-cap', quantity: 1 }]);
  let inv = await inventoryOf(characterId, t);
  const id = (def: string) => inv.bagItems.find((i) => i.definition.id === def)!.id;
  const rusty = id('rusty-sword');
  const iron = id('iron-sword');
  const cap = id('leather-cap');

  expect(codeOf(await gql(EQUIP, { c: characterId, i: id('bread') }, { token: t }))).toBe('BAD_USER_INPUT');
  const low = await gql(EQUIP, { c: characterId, i: iron }, { token: t });
  expect(low.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', levelRequired: 5 });
  const worn = await ok(EQUIP, { c: characterId, i: rusty }, t);
  expect(worn.equipItem.equipment.find((e: { slot: string }) => e.slot === 'main_hand').item.id).toBe(rusty);
  await ok(EQUIP, { c: characterId, i: cap }, t);

  // Level 5 from a game server: the iron sword replaces the rusty one, which takes its bag slot.
  await asGameServer('mutation ($i: CharacterStateInput!) { internalUpdateCharacter(input: $i) { level } }', { i: { characterId, level: 5 } });
  const ironPlace = inv.bagItems.find((i) => i.id === iron)!.location;
  await ok(EQUIP, { c: characterId, i: iron }, t);
  inv = await inventoryOf(characterId, t);
  expect(inv.equipment.flatMap((e) => (e.item ? [[e.slot, e.item.id]] : []))).toEqual([['head', cap], ['main_hand', iron]]);
  expect(inv.bagItems.find((i) => i.id === rusty)!.location).toEqual(ironPlace);

  // Unequip into a chosen slot (taken: refused) or the first free one.
  expect(codeOf(await gql(UNEQUIP, { c: characterId, s: 'main_hand', to: { container: 'bag', bag: ironPlace.bag, slot: ironPlace.slot } }, { token: t }))).toBe('CONFLICT');
  expect(codeOf(await gql(UNEQUIP, { c: characterId, s: 'main_hand', to: { container: 'bag', bag: 1, slot: 7 } }, { token: t }))).toBeUndefined();
  expect(codeOf(await gql(UNEQUIP, { c: characterId, s: 'head' }, { token: t }))).toBeUndefined();
  expect(codeOf(await gql(UNEQUIP, { c: characterId, s: 'feet' }, { token: t }))).toBe('NOT_FOUND');
  inv = await inventoryOf(characterId, t);
  expect(inv.equipment.every((e: { item: unknown }) => e.item === null)).toBe(true);
  expect(inv.bagItems.find((i) => i.id === iron)!.location).toMatchObject({ container: 'bag', bag: 1, slot: 7 });
});

test('admins grant and remove items, with a reason', async () => {
  const { user, characterId } = await player();
  const admin = await adminToken();
  const GRANT = 'mutation ($c: ID!, $i: ID!, $q: Int!, $r: String!) { adminGrantItem(characterId: $c, itemId: $i, quantity: $q, reason: $r) { bags { items { id quantity definition { id } } } } }';
  expect(codeOf(await gql(GRANT, { c: characterId, i: 'emberbrand', q: 1, r: 'lost in a crash' }, { token: user.accessToken }))).toBe('FORBIDDEN');
  expect(codeOf(await gql(GRANT, { c: characterId, i: 'emberbrand', q: 1, r: ' ' }, { token: admin }))).toBe('BAD_USER_INPUT');
  const granted = await ok(GRANT, { c: characterId, i: 'emberbrand', q: 1, r: 'lost in a crash' }, admin);
  const blade = granted.adminGrantItem.bags[0].items[0];
  expect(blade.definition.id).toBe('emberbrand');
  await ok('mutation ($i: ID!) { adminRemoveItem(itemId: $i, reason: "duplicate ticket") { bags { index } } }', { i: blade.id }, admin);
  expect((await inventoryOf(characterId, user.accessToken)).bagItems).toEqual([]);
  const { rows } = await database('characters').query(`SELECT type, payload FROM outbox_events WHERE payload->>'itemId' = $1 ORDER BY id`, [blade.id]);
  expect(rows.map((r) => [r.type, r.payload.source, r.payload.reason])).toEqual([
    ['ItemGranted', 'admin', 'lost in a crash'],
    ['ItemTaken', 'admin', 'duplicate ticket'],
  ]);
});
