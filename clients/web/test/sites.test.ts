// Sites in Chromium: the same app on two sites' hosts themes itself from the graph's `site` (title,
// colours, logo) and offers only the pages of the contexts each serves; the admin console shows
// every subgraph's and datastore's health.
import path from 'node:path';
import { gql, registerUser, stack, type TestUser } from '@worldgraph/testenv';
import type { Page } from 'playwright-core';
import { ARTIFACTS, hasChromium, startWebApp, type WebApp } from './app.ts';

/** The app at `origin`, signed in as `who` (the session is kept per origin). */
async function openAs(app: WebApp, origin: string, who: { accessToken: string; refreshToken: string; id: string; username: string }, hash = 'map'): Promise<Page> {
  const page = await app.page();
  await page.goto(origin);
  await page.evaluate((s) => localStorage.setItem('worldgraph:session', JSON.stringify(s)), { accessToken: who.accessToken, refreshToken: who.refreshToken, user: { id: who.id, username: who.username } });
  await page.goto(`${origin}/#/${hash}`);
  await page.reload();
  return page;
}

const navLinks = async (page: Page) => (await page.locator('header nav a').allTextContents()).map((t) => t.trim());
const headerColour = (page: Page) => page.locator('header').evaluate((el) => getComputedStyle(el).backgroundColor);

(hasChromium ? describe : describe.skip)('sites, in Chromium', () => {
  let app: WebApp;
  let player: TestUser;
  beforeAll(async () => {
    app = await startWebApp();
    player = await registerUser();
  });
  afterAll(() => app?.stop());

  it('GCorp and GodValley: their own title, colours and logo, and only their contexts in the nav', async () => {
    const port = new URL(app.url).port;
    const gcorp = await openAs(app, `http://gcorp.localhost:${port}`, player);
    await gcorp.getByTestId('brand').filter({ hasText: 'GCorp Quests' }).waitFor();
    await gcorp.getByTestId('home').getByText('Welcome to GCorp Quests').waitFor();
    await gcorp.getByRole('link', { name: 'Hunts' }).waitFor();
    expect(await gcorp.title()).toBe('GCorp Quests');
    expect(await headerColour(gcorp)).toBe('rgb(11, 61, 46)');
    expect(await gcorp.getByTestId('brand').locator('img').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    const gcorpNav = await navLinks(gcorp);
    expect(gcorpNav).toEqual(expect.arrayContaining(['Hunts', 'Characters', 'Partner', 'Chat', 'Wallet']));
    for (const hidden of ['Map', 'Estate', 'Dynasty', 'Challenge', 'Tutorials', 'Calendar']) expect(gcorpNav).not.toContain(hidden);
    await gcorp.screenshot({ path: path.join(ARTIFACTS, 'site-gcorp.png') });

    const godvalley = await openAs(app, `http://godvalley.localhost:${port}`, player);
    await godvalley.getByTestId('brand').filter({ hasText: 'GodValley' }).waitFor();
    await godvalley.getByRole('link', { name: 'Map' }).waitFor();
    expect(await godvalley.title()).toBe('GodValley');
    expect(await headerColour(godvalley)).toBe('rgb(59, 42, 18)');
    const godvalleyNav = await navLinks(godvalley);
    expect(godvalleyNav).toEqual(expect.arrayContaining(['Map', 'Estate', 'Dynasty', 'Challenge', 'Tutorials', 'Wallet']));
    for (const hidden of ['Hunts', 'Characters', 'Partner']) expect(godvalleyNav).not.toContain(hidden);
    await godvalley.screenshot({ path: path.join(ARTIFACTS, 'site-godvalley.png') });
  });

  it("the admin console's system health lists every subgraph with its datastores and latencies", async () => {
    const login = await gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id username } } }', { i: { login: 'admin', password: stack().adminPassword } });
    const admin = { ...login.data!.login, ...login.data!.login.user };
    const page = await openAs(app, app.url, admin, 'admin');
    const panel = page.getByTestId('system-health');
    await panel.getByTestId('system-status').waitFor();
    for (const name of ['accounts', 'wallet', 'hunts', 'audit', 'media']) await panel.getByTestId(`health-${name}`).waitFor();
    await panel.getByTestId('health-wallet').getByText(/postgres: up · \d+ ms/).waitFor();
    await panel.getByTestId('health-wallet').getByText(/redis: up · \d+ ms/).waitFor();
    await panel.getByTestId('health-router').getByText(/redis: up/).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-system-health.png'), fullPage: true });
  });
});
