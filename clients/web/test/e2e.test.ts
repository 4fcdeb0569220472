import path from 'node:path';
import { credit, mintAccessToken, unique } from '@worldgraph/testenv';
import type { Page } from 'playwright-core';
import { ARTIFACTS, hasChromium, startWebApp, type WebApp } from './app.ts';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

/** Registers through the app's own form; returns the username. */
async function register(app: WebApp, page: Page): Promise<string> {
  const username = unique('web_');
  await page.goto(`${app.url}/#/login`);
  await page.getByText('New here? Create an account').click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Email').fill(`${username}@example.com`);
  await page.getByLabel('Password').fill('correct-horse-7');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: username }).waitFor();
  return username;
}

const session = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('worldgraph:session')!) as { accessToken: string; user: { id: string } });

// Needs Debian's chromium (CI installs it); a machine without it skips these, saying so.
(hasChromium ? describe : describe.skip)('the web client, in Chromium, against the real supergraph', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('registers, buys a parcel on the map, and a second browser sees it change colour live; the buyer is notified', async () => {
    const buyer = await app.page();
    const username = await register(app, buyer);
    await credit((await session(buyer)).user.id, 'PSC', '1000000');

    // Someone else watches the same map, signed out.
    const watcher = await app.page();
    await watcher.goto(`${app.url}/#/map`);
    await buyer.goto(`${app.url}/#/map`);
    const available = buyer.locator('[data-testid^="parcel-"][data-status="available"]').first();
    await available.waitFor();
    const id = (await available.getAttribute('data-testid'))!.replace(/^parcel-/, '');
    await watcher.getByTestId(`parcel-${id}`).waitFor();
    await shot(buyer, 'map');

    await buyer.goto(`${app.url}/#/parcel/${id}`);
    await buyer.getByTestId('buy').click();
    await buyer.getByTestId('parcel-owner').filter({ hasText: username }).waitFor();
    expect(await buyer.getByTestId('parcel-status').textContent()).toBe('sold');
    await shot(buyer, 'parcel-bought');

    // Live on the other map: the parcel is drawn as owned.
    await watcher.locator(`[data-testid="parcel-${id}"][data-status="sold"]`).waitFor();
    expect(await watcher.getByTestId(`parcel-${id}`).getAttribute('class')).toContain('status-sold');
    await shot(watcher, 'map-live-update');

    // The notification: the unread badge goes up live, and the list has it.
    await buyer.getByTestId('unread-count').waitFor();
    await buyer.getByTestId('notifications-link').click();
    await buyer.getByTestId('notifications').getByText(id, { exact: false }).first().waitFor();
    await shot(buyer, 'notifications');
  });

  it('shows an error a person can act on, never raw JSON', async () => {
    const page = await app.page();
    await register(app, page); // no money
    await page.goto(`${app.url}/#/map`);
    const available = page.locator('[data-testid^="parcel-"][data-status="available"]').nth(3);
    await available.waitFor();
    const id = (await available.getAttribute('data-testid'))!.replace(/^parcel-/, '');
    await page.goto(`${app.url}/#/parcel/${id}`);
    await page.getByTestId('buy').click();
    await page.getByRole('alert').filter({ hasText: 'Not enough PSC in your wallet.' }).waitFor();
    expect(await page.getByRole('alert').textContent()).not.toContain('{');
    await shot(page, 'error-not-enough');

    await page.goto(`${app.url}/#/login`);
    await page.getByLabel('Username or email').fill('nobody-here');
    await page.getByLabel('Password').fill('wrong-password-1');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor();
  });

  it('refreshes an expired access token transparently', async () => {
    const page = await app.page();
    await register(app, page);
    const before = await session(page);
    await credit(before.user.id, 'PSC', '42');
    const expired = await mintAccessToken({ sub: before.user.id, expiresAt: Math.floor(Date.now() / 1000) - 60 });
    await page.evaluate((token) => {
      const s = JSON.parse(localStorage.getItem('worldgraph:session')!);
      localStorage.setItem('worldgraph:session', JSON.stringify({ ...s, accessToken: token }));
    }, expired);
    // A hash change, not a reload: a reload while the app refreshes could lose the rotated token.
    await page.goto(`${app.url}/#/wallet`);
    await page.getByTestId('balances').getByText('42 PSC').waitFor();
    const after = await session(page);
    expect(after.accessToken).not.toBe(expired);
    await shot(page, 'wallet');
  });
});

(hasChromium ? describe : describe.skip)('offers in the web client', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('an owner lists a parcel and unlists it, a buyer makes an offer, the owner accepts it', async () => {
    const owner = await app.page();
    const ownerName = await register(app, owner);
    await credit((await session(owner)).user.id, 'PSC', '1000000');
    await owner.goto(`${app.url}/#/map`);
    const available = owner.locator('[data-testid^="parcel-"][data-status="available"]').nth(7);
    await available.waitFor();
    const id = (await available.getAttribute('data-testid'))!.replace(/^parcel-/, '');
    await owner.goto(`${app.url}/#/parcel/${id}`);
    await owner.getByTestId('buy').click();
    await owner.getByTestId('parcel-owner').filter({ hasText: ownerName }).waitFor();

    await owner.getByLabel('Asking price (PSC)').fill('9000');
    await owner.getByRole('button', { name: 'List for sale' }).click();
    await owner.getByTestId('parcel-status').filter({ hasText: 'for_sale' }).waitFor();
    await owner.getByRole('button', { name: 'Cancel the listing' }).click();
    await owner.getByTestId('parcel-status').filter({ hasText: 'sold' }).waitFor();

    const buyer = await app.page();
    const buyerName = await register(app, buyer);
    await credit((await session(buyer)).user.id, 'PSC', '1000000');
    await buyer.goto(`${app.url}/#/parcel/${id}`);
    await buyer.getByLabel('Offer (PSC)').fill('7777');
    await buyer.getByRole('button', { name: 'Make an offer' }).click();
    await buyer.getByText('Offer sent to the owner.').waitFor();

    await owner.reload();
    await owner.getByText(`${buyerName} offers 7777 PSC`).waitFor();
    await shot(owner, 'offer-received');
    await owner.getByRole('button', { name: 'Accept' }).click();
    await owner.getByTestId('parcel-owner').filter({ hasText: buyerName }).waitFor();
    // The buyer's page follows the sale live.
    await buyer.getByTestId('parcel-owner').filter({ hasText: buyerName }).waitFor();
  });
});
