import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { credit, database, gql, registerUser, type TestUser } from '@worldgraph/testenv';
import { ARTIFACTS, hasChromium, startWebApp, type WebApp } from './app.ts';

/** A parcel bought by `owner` from the world (from the end of the seeded ids: other files use the start). */
async function ownedParcel(owner: TestUser): Promise<string> {
  const { rows } = await database('features').query("SELECT id FROM features WHERE status = 'available' ORDER BY id DESC OFFSET 50 LIMIT 1");
  await credit(owner.id, 'PSC', '100000');
  const res = await gql('mutation ($id: ID!, $k: String!) { buyFeature(id: $id, idempotencyKey: $k) { status } }', { id: rows[0].id, k: randomUUID() }, { token: owner.accessToken });
  if (res.data?.buyFeature.status !== 'completed') throw new Error(JSON.stringify(res.errors));
  return rows[0].id;
}

async function signIn(page: Page, url: string, user: TestUser, hash: string) {
  await page.goto(url);
  await page.evaluate((s) => localStorage.setItem('worldgraph:session', JSON.stringify(s)), { accessToken: user.accessToken, refreshToken: user.refreshToken, user: { id: user.id, username: user.username } });
  await page.goto(`${url}/#/${hash}`);
  await page.reload();
}

(hasChromium ? describe : describe.skip)('dynasties in the web client', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('founds a dynasty from a parcel page; another player asks to join from it; the head accepts on the dynasty page', async () => {
    const [head, asker] = await Promise.all([registerUser(), registerUser()]);
    const parcel = await ownedParcel(head);
    const headPage = await app.page();
    await signIn(headPage, app.url, head, `parcel/${encodeURIComponent(parcel)}`);
    await headPage.getByTestId('dynasty-name-input').fill(`House ${head.username}`);
    await headPage.getByTestId('found-dynasty').click();
    await headPage.getByTestId('dynasty-name').filter({ hasText: `House ${head.username}` }).waitFor();

    const askerPage = await app.page();
    await signIn(askerPage, app.url, asker, `parcel/${encodeURIComponent(parcel)}`);
    await askerPage.getByTestId('seat-of').filter({ hasText: `House ${head.username}` }).waitFor();
    await askerPage.getByTestId('request-join').click();
    await askerPage.getByText(`Request sent to ${head.username}.`).waitFor();

    // The head's page follows the dynasty live: the request appears, and is accepted there.
    const received = headPage.getByTestId('requests-received').getByRole('listitem').filter({ hasText: `${asker.username} asks to join` });
    await received.waitFor({ timeout: 20_000 });
    await received.getByRole('button', { name: 'Accept' }).click();
    await headPage.getByTestId('member-count').filter({ hasText: '2 of' }).waitFor();
    await headPage.getByTestId('members').getByText(asker.username).waitFor();
    await headPage.getByTestId('family-tree').getByText(asker.username).waitFor();

    // The head makes the newcomer their child, then decides what the child may do.
    const relate = headPage.getByTestId('relate-form');
    await relate.locator('select[name=relativeId]').selectOption(asker.id);
    await relate.locator('select[name=kind]').selectOption('child');
    await relate.locator('select[name=userId]').selectOption(head.id);
    await relate.getByRole('button', { name: 'Relate' }).click();
    const permissions = headPage.getByTestId(`permissions-${asker.username}`);
    await permissions.waitFor();
    await permissions.locator('input[name=dailySpendLimit]').fill('25');
    await permissions.locator('input[name=canBuyParcels]').check();
    await permissions.getByRole('button', { name: 'Save' }).click();
    await headPage.getByText('Permissions saved.').waitFor();
    await headPage.getByTestId('family-tree').getByText(`child of ${head.username}`).waitFor();
    await headPage.screenshot({ path: path.join(ARTIFACTS, 'dynasty.png'), fullPage: true });
  });
});
