import { adminToken, closeDatabases, codeOf, database, gql, registerUser } from '@worldgraph/testenv';
import { asGameServer, CREATE, ok, player, uniqueName } from './helpers.ts';

afterAll(closeDatabases);

const create = (token: string, i: Record<string, unknown>) => gql(CREATE, { i: { realmId: 'aurora', race: 'human', class: 'warrior', ...i } }, { token });

test('a character starts in its realm start zone, level 1, with appearance validated', async () => {
  const user = await registerUser();
  const name = uniqueName();
  const res = await gql(
    `mutation ($i: CreateCharacterInput!) { createCharacter(input: $i) { id name level zone { id start } race { id } class { id } appearance { bodyType hairColor markings { kind } } position { x } owner { id username } } }`,
    { i: { realmId: 'ironvale', name: name.toLowerCase(), race: 'dwarf', class: 'cleric', appearance: { bodyType: 'sturdy', hairColor: '#aa0000', markings: [{ kind: 'scar', color: '#ffffff' }] } } },
    { token: user.accessToken },
  );
  expect(res.errors).toBeUndefined();
  const c = res.data!.createCharacter;
  expect(c).toMatchObject({ name: name[0] + name.slice(1).toLowerCase(), level: 1, zone: { id: 'greenhollow', start: true }, race: { id: 'dwarf' }, class: { id: 'cleric' } });
  expect(c.appearance).toEqual({ bodyType: 'sturdy', hairColor: '#aa0000', markings: [{ kind: 'scar' }] });
  expect(c.owner).toEqual({ id: user.id, username: user.username });
  expect(c.position).not.toBeNull();
  // Someone else sees the character but not where it is.
  const other = await registerUser();
  const seen = await ok('query ($id: ID!) { character(id: $id) { name position { x } inventory { bags { index } } } }', { id: c.id }, other.accessToken);
  expect(seen.character).toEqual({ name: c.name, position: null, inventory: null });
});

test('name rules, reserved names, race/class and appearance are checked', async () => {
  const { accessToken: t } = await registerUser();
  for (const name of ['Ab', 'Thor1n', 'Admin', 'GmBob', 'Zzzorro']) {
    const res = await create(t, { name });
    expect([name, codeOf(res)]).toEqual([name, 'BAD_USER_INPUT']);
  }
  expect(codeOf(await create(t, { name: uniqueName(), race: 'elf', class: 'warrior' }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await create(t, { name: uniqueName(), race: 'orc' }))).toBe('BAD_USER_INPUT');
  const bad = await create(t, { name: uniqueName(), appearance: { hairColor: 'red' } });
  expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  expect(bad.errors![0]!.extensions!.field).toBe('appearance.hairColor');
  expect(codeOf(await create(t, { name: uniqueName(), appearance: { skinTone: 40 } }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await create(t, { name: uniqueName(), realmId: 'nowhere' }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(CREATE, { i: { realmId: 'aurora', name: uniqueName(), race: 'human', class: 'warrior' } }))).toBe('UNAUTHENTICATED');
});

test('a name is unique per realm whatever its case, even under concurrent creates', async () => {
  const name = uniqueName('Race');
  const users = await Promise.all(Array.from({ length: 8 }, () => registerUser()));
  const variants = [name, name.toUpperCase(), name.toLowerCase()];
  const results = await Promise.all(users.map((u, i) => create(u.accessToken, { name: variants[i % 3] })));
  expect(results.filter((r) => r.data?.createCharacter)).toHaveLength(1);
  expect(results.filter((r) => !r.data).map(codeOf)).toEqual(Array(7).fill('CONFLICT'));
  // Another realm has its own names.
  expect(codeOf(await create(users[0]!.accessToken, { name, realmId: 'lorekeep' }))).toBeUndefined();
  const { rows } = await database('characters').query('SELECT count(*)::int AS n FROM characters WHERE lower(name) = lower($1)', [name]);
  expect(rows[0].n).toBe(2);
});

test('per-realm and per-account limits hold, concurrent creates included', async () => {
  const { accessToken: t } = await registerUser();
  // Defaults: 6 per realm, 10 per account.
  const inAurora = await Promise.all(Array.from({ length: 9 }, () => create(t, { name: uniqueName() })));
  expect(inAurora.filter((r) => r.data)).toHaveLength(6);
  expect(inAurora.filter((r) => !r.data).map((r) => r.errors![0]!.extensions)).toMatchObject(Array(3).fill({ code: 'CONFLICT', limit: 'realm' }));
  for (let i = 0; i < 4; i++) expect(codeOf(await create(t, { name: uniqueName(), realmId: 'ironvale' }))).toBeUndefined();
  const over = await create(t, { name: uniqueName(), realmId: 'lorekeep' });
  expect(over.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', limit: 'account' });
  // A deleted character frees its place; restoring it needs the place back.
  const { myCharacters } = await ok('{ myCharacters { id realm { id } } }', {}, t);
  expect(myCharacters).toHaveLength(10);
  const victim = myCharacters.find((c: { realm: { id: string } }) => c.realm.id === 'ironvale').id;
  await ok('mutation ($id: ID!) { deleteCharacter(id: $id) { id } }', { id: victim }, t);
  expect(codeOf(await create(t, { name: uniqueName(), realmId: 'lorekeep' }))).toBeUndefined();
  const restore = await gql('mutation ($id: ID!) { restoreCharacter(id: $id) { id } }', { id: victim }, { token: t });
  expect(restore.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', limit: 'account' });
});

test('select, rename with a cooldown, delete, restore, purge', async () => {
  const { user, characterId } = await player();
  const t = user.accessToken;
  const sel = await ok('mutation ($id: ID!) { selectCharacter(id: $id) { id active } }', { id: characterId }, t);
  expect(sel.selectCharacter.active).toBe(true);
  const me = await ok('{ me { activeCharacter { id } characters { id } } }', {}, t);
  expect(me.me).toEqual({ activeCharacter: { id: characterId }, characters: [{ id: characterId }] });

  const newName = uniqueName('Renamed');
  const renamed = await ok('mutation ($id: ID!, $n: String!) { renameCharacter(id: $id, name: $n) { name nextRenameAt } }', { id: characterId, n: newName }, t);
  expect(renamed.renameCharacter.name).toBe(newName);
  expect(new Date(renamed.renameCharacter.nextRenameAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
  const again = await gql('mutation ($id: ID!, $n: String!) { renameCharacter(id: $id, name: $n) { name } }', { id: characterId, n: uniqueName() }, { token: t });
  expect(codeOf(again)).toBe('CONFLICT');
  expect(again.errors![0]!.extensions!.retryAt).toBe(renamed.renameCharacter.nextRenameAt);

  // Someone else's character is not found, whatever they try.
  const other = await registerUser();
  for (const op of ['deleteCharacter', 'selectCharacter', 'restoreCharacter']) {
    expect(codeOf(await gql(`mutation ($id: ID!) { ${op}(id: $id) { id } }`, { id: characterId }, { token: other.accessToken }))).toBe('NOT_FOUND');
  }

  const del = await ok('mutation ($id: ID!) { deleteCharacter(id: $id) { status active deletedAt restorableUntil } }', { id: characterId }, t);
  expect(del.deleteCharacter).toMatchObject({ status: 'deleted', active: false });
  expect(new Date(del.deleteCharacter.restorableUntil).getTime() - new Date(del.deleteCharacter.deletedAt).getTime()).toBe(30 * 86_400_000);
  expect((await ok('query ($id: ID!) { character(id: $id) { id } }', { id: characterId }, other.accessToken)).character).toBeNull();
  expect(codeOf(await gql('mutation ($id: ID!) { selectCharacter(id: $id) { id } }', { id: characterId }, { token: t }))).toBe('CONFLICT');
  const back = await ok('mutation ($id: ID!) { restoreCharacter(id: $id) { status deletedAt } }', { id: characterId }, t);
  expect(back.restoreCharacter).toEqual({ status: 'active', deletedAt: null });

  // Past the window: the owner can no longer restore, and the purge removes it (its trades too)
  // and frees its name.
  const partner = await player();
  const { openTrade } = await ok('mutation ($c: ID!, $w: ID!) { openTrade(characterId: $c, withCharacterId: $w) { id } }', { c: partner.characterId, w: characterId }, partner.user.accessToken);
  await ok('mutation ($id: ID!) { deleteCharacter(id: $id) { id } }', { id: characterId }, t);
  expect((await ok('query ($id: ID!) { trade(id: $id) { status } }', { id: openTrade.id }, partner.user.accessToken)).trade.status).toBe('cancelled');
  await database('characters').query(`UPDATE characters SET deleted_at = now() - interval '31 days' WHERE id = $1`, [characterId]);
  expect(codeOf(await gql('mutation ($id: ID!) { restoreCharacter(id: $id) { id } }', { id: characterId }, { token: t }))).toBe('CONFLICT');
  expect(codeOf(await gql('mutation { purgeDeletedCharacters }', {}, { token: t }))).toBe('FORBIDDEN');
  const { purgeDeletedCharacters } = await ok('mutation { purgeDeletedCharacters }', {}, await adminToken());
  expect(purgeDeletedCharacters).toBeGreaterThanOrEqual(1);
  expect((await ok('{ myCharacters { id } }', {}, t)).myCharacters).toEqual([]);
  expect((await ok('{ myTrades { id initiator { character { name } } recipient { character { name } } } }', {}, partner.user.accessToken)).myTrades).toEqual([]);
  expect(codeOf(await create(other.accessToken, { name: newName }))).toBeUndefined();
});

// The test stack runs without the purge job (CHARACTERS_JOB_INTERVAL_MS=0, testenv's testRunEnv):
// the tests purge when they mean to.
test('admins look characters up, ban and unban, and restore past the window', async () => {
  const { user, characterId, name } = await player();
  const admin = await adminToken();
  const found = await ok('query ($n: String!) { adminCharacters(name: $n) { id owner { id } } }', { n: name.slice(0, 10).toLowerCase() }, admin);
  expect(found.adminCharacters).toContainEqual({ id: characterId, owner: { id: user.id } });
  expect(codeOf(await gql('query { adminCharacters(name: "x") { id } }', {}, { token: user.accessToken }))).toBe('FORBIDDEN');

  const banned = await ok('mutation ($id: ID!) { banCharacter(id: $id, reason: "gold selling") { status banReason } }', { id: characterId }, admin);
  expect(banned.banCharacter).toEqual({ status: 'banned', banReason: 'gold selling' });
  expect(codeOf(await gql('mutation ($id: ID!) { selectCharacter(id: $id) { id } }', { id: characterId }, { token: user.accessToken }))).toBe('FORBIDDEN');
  expect(codeOf(await asGameServer('mutation ($i: CharacterStateInput!) { internalUpdateCharacter(input: $i) { id } }', { i: { characterId, level: 2 } }))).toBe('FORBIDDEN');
  await ok('mutation ($id: ID!) { unbanCharacter(id: $id) { status } }', { id: characterId }, admin);

  await ok('mutation ($id: ID!) { deleteCharacter(id: $id) { id } }', { id: characterId }, user.accessToken);
  await database('characters').query(`UPDATE characters SET deleted_at = now() - interval '40 days' WHERE id = $1`, [characterId]);
  const restored = await ok('mutation ($id: ID!) { adminRestoreCharacter(id: $id) { status } }', { id: characterId }, admin);
  expect(restored.adminRestoreCharacter.status).toBe('active');
});

test('game servers report level, experience, zone and position; players cannot', async () => {
  const { user, characterId } = await player();
  const UPDATE = 'mutation ($i: CharacterStateInput!) { internalUpdateCharacter(input: $i) { level experience zone { id } position { x y z } lastPlayedAt } }';
  const res = await asGameServer(UPDATE, { i: { characterId, level: 12, experience: 4500, zoneId: 'ashen-wastes', position: { x: 1, y: 2, z: 3 } } });
  expect(res.errors).toBeUndefined();
  expect(res.data!.internalUpdateCharacter).toMatchObject({ level: 12, experience: 4500, zone: { id: 'ashen-wastes' }, position: { x: 1, y: 2, z: 3 } });
  expect(res.data!.internalUpdateCharacter.lastPlayedAt).not.toBeNull();
  expect(codeOf(await asGameServer(UPDATE, { i: { characterId, level: 99 } }))).toBe('BAD_USER_INPUT');
  expect(codeOf(await asGameServer(UPDATE, { i: { characterId, zoneId: 'atlantis' } }))).toBe('BAD_USER_INPUT');
  // Not in the router's API, and refused to a player calling the subgraph.
  expect(codeOf(await gql(UPDATE, { i: { characterId, level: 50 } }, { token: user.accessToken }))).toBe('GRAPHQL_VALIDATION_FAILED');
  const direct = await gql(UPDATE, { i: { characterId, level: 50 } }, { token: user.accessToken, url: (await import('@worldgraph/testenv')).stack().subgraphs.characters });
  expect(codeOf(direct)).toBe('FORBIDDEN');
  const { rows } = await database('characters').query(`SELECT type, payload FROM outbox_events WHERE aggregate_id = $1 AND type = 'CharacterProgressed'`, [characterId]);
  expect(rows).toHaveLength(1);
  expect(rows[0].payload).toMatchObject({ level: 12, previousLevel: 1, zoneId: 'ashen-wastes', previousZoneId: 'greenhollow' });
});
