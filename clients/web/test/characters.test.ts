import path from 'node:path';
import type { Page } from 'playwright-core';
import { gql, registerUser, serviceToken, stack, uniqueCharacterName, type TestUser } from '@worldgraph/testenv';
import { ARTIFACTS, hasChromium, startWebApp, type WebApp } from './app.ts';

async function ok(query: string, variables: Record<string, unknown>, token: string, url?: string) {
  const res = await gql(query, variables, { token, url });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** A name the character rules accept, unique to this run. */
const heroName = () => uniqueCharacterName('Hero');

async function signIn(page: Page, app: WebApp, user: TestUser, hash: string) {
  await page.goto(app.url);
  await page.evaluate((s) => localStorage.setItem('worldgraph:session', JSON.stringify(s)), {
    accessToken: user.accessToken,
    refreshToken: user.refreshToken,
    user: { id: user.id, username: user.username },
  });
  await page.goto(`${app.url}/#/${hash}`);
  await page.reload();
}

(hasChromium ? describe : describe.skip)('characters in the web client', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('creates a character with race and class, sees its looted inventory, and trades with live updates', async () => {
    const me = await registerUser();
    const page = await app.page();
    page.on('dialog', (d) => void d.accept());
    await signIn(page, app, me, 'characters');

    // Create: an elf can be a mage; the class list follows the race.
    const name = heroName();
    const form = page.getByTestId('create-character');
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Race').selectOption('elf');
    await form.getByLabel('Class').selectOption('mage');
    await form.getByRole('button', { name: 'Create' }).click();
    const card = page.getByTestId(`character-${name}`);
    await card.getByText('Elf Mage').waitFor();
    const { myCharacters } = await ok('{ myCharacters { id name } }', {}, me.accessToken);
    const mine = myCharacters[0].id as string;

    // A game server loots a staff and potions; the inventory shows them, the staff can be equipped.
    await ok('mutation ($i: GameItemsInput!) { internalGrantItems(input: $i) { applied } }', { i: { eventId: `web:${mine}`, characterId: mine, items: [{ itemId: 'apprentice-staff', quantity: 1 }, { itemId: 'health-potion', quantity: 12 }] } }, await serviceToken('gameserver'), stack().subgraphs.characters);
    await card.getByRole('button', { name: 'Inventory' }).click();
    await page.getByTestId('bag-0').getByText('Health Potion ×12').waitFor();
    await page.getByTestId('bag-0').getByText('Apprentice Staff').click();
    await page.getByRole('button', { name: 'Equip', exact: true }).click();
    await page.getByTestId('equipment').getByText('Apprentice Staff').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'character-inventory.png'), fullPage: true });

    // Another player opens a trade with this character; its offer appears live in the window.
    const other = await registerUser();
    const theirs = (await ok('mutation ($i: CreateCharacterInput!) { createCharacter(input: $i) { id } }', { i: { realmId: 'aurora', name: heroName(), race: 'human', class: 'bard' } }, other.accessToken)).createCharacter.id as string;
    await ok('mutation ($i: GameItemsInput!) { internalGrantItems(input: $i) { applied } }', { i: { eventId: `web:${theirs}`, characterId: theirs, items: [{ itemId: 'wolf-pelt', quantity: 3 }] } }, await serviceToken('gameserver'), stack().subgraphs.characters);
    const trade = (await ok('mutation ($c: ID!, $w: ID!) { openTrade(characterId: $c, withCharacterId: $w) { id } }', { c: theirs, w: mine }, other.accessToken)).openTrade.id as string;
    await page.goto(`${app.url}/#/trade/${trade}`);
    const window = page.getByTestId('trade-window');
    await window.getByTestId('trade-status').getByText('open').waitFor();
    const pelts = (await ok('query ($id: ID!) { character(id: $id) { inventory { bags { items { id } } } } }', { id: theirs }, other.accessToken)).character.inventory.bags[0].items[0].id;
    await ok('mutation ($t: ID!, $c: ID!, $o: TradeOfferInput!) { setTradeOffer(tradeId: $t, characterId: $c, offer: $o) { id } }', { t: trade, c: theirs, o: { items: [{ itemId: pelts, quantity: 3 }] } }, other.accessToken);
    await window.getByTestId('their-offer').getByText('Wolf Pelt ×3').waitFor();

    // I offer my potions and confirm; they confirm; the window shows the trade completed.
    await window.getByTestId('trade-bag').getByRole('listitem').filter({ hasText: 'Health Potion' }).getByRole('button', { name: 'Offer' }).click();
    await window.getByTestId('my-offer').getByText('Health Potion ×12').waitFor();
    await window.getByRole('button', { name: 'Confirm trade' }).click();
    await window.getByTestId('their-offer').getByText('Wolf Pelt ×3').waitFor();
    await ok('mutation ($t: ID!, $c: ID!) { confirmTrade(tradeId: $t, characterId: $c) { status } }', { t: trade, c: theirs }, other.accessToken);
    await window.getByTestId('trade-status').getByText('completed').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'trade-completed.png'), fullPage: true });

    await page.goto(`${app.url}/#/characters/${mine}`);
    await page.getByTestId('bag-0').getByText('Wolf Pelt ×3').waitFor();
  });

  it('renames, deletes and restores a character', async () => {
    const me = await registerUser();
    const name = heroName();
    await ok('mutation ($i: CreateCharacterInput!) { createCharacter(input: $i) { id } }', { i: { realmId: 'ironvale', name, race: 'voxkin', class: 'ranger' } }, me.accessToken);
    const page = await app.page();
    page.on('dialog', (d) => void d.accept());
    await signIn(page, app, me, 'characters');
    const renamed = heroName();
    await page.getByTestId(`character-${name}`).getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name').fill(renamed);
    await page.getByRole('button', { name: 'Save name' }).click();
    const card = page.getByTestId(`character-${renamed}`);
    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByText('Restorable until').waitFor();
    await card.getByRole('button', { name: 'Restore' }).click();
    await card.getByRole('button', { name: 'Inventory' }).waitFor();
    // A second rename waits for its cooldown, and the page says so.
    await card.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name').fill(heroName());
    await page.getByRole('button', { name: 'Save name' }).click();
    await card.getByRole('alert').getByText('can be renamed again at').waitFor();
  });

  it('lets staff look a character up, ban it and grant it an item', async () => {
    const player = await registerUser();
    const name = heroName();
    const { createCharacter } = await ok('mutation ($i: CreateCharacterInput!) { createCharacter(input: $i) { id } }', { i: { realmId: 'lorekeep', name, race: 'dwarf', class: 'warrior' } }, player.accessToken);
    const login = (await gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id username } } }', { i: { login: 'admin', password: stack().adminPassword } })).data!.login;
    const page = await app.page();
    page.on('dialog', (d) => void d.accept('gold selling'));
    await signIn(page, app, { ...player, id: login.user.id, username: login.user.username, accessToken: login.accessToken, refreshToken: login.refreshToken }, 'characters-admin');
    await page.getByLabel('Character name').fill(name);
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.getByTestId('admin-characters').getByRole('row').filter({ hasText: name });
    await row.getByRole('button', { name: 'Ban' }).click();
    await row.getByText('banned (gold selling)').waitFor();
    await row.getByRole('button', { name: 'Items' }).click();
    await page.getByLabel('Item to grant').selectOption('emberbrand');
    await page.getByLabel('Reason').fill('lost in a crash');
    await page.getByRole('button', { name: 'Grant' }).click();
    await page.getByText('Emberbrand ×1').waitFor();
    const { character } = await ok('query ($id: ID!) { character(id: $id) { status inventory { bags { items { definition { id } } } } } }', { id: createCharacter.id }, player.accessToken);
    expect(character).toEqual({ status: 'banned', inventory: { bags: [{ items: [{ definition: { id: 'emberbrand' } }] }, { items: [] }] } });
  });
});
