import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { credit, database, gql, registerUser, type TestUser } from '@worldgraph/testenv';
import type { Page } from 'playwright-core';
import { ARTIFACTS, hasChromium, startWebApp, type WebApp } from './app.ts';

/** A 1×1 PNG, then enough padding bytes (after IEND) to take several progress events. */
const PNG = Buffer.concat([
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
  Buffer.alloc(300_000),
]);

async function signIn(app: WebApp, user: TestUser): Promise<Page> {
  const page = await app.page();
  await page.goto(app.url);
  await page.evaluate((s) => localStorage.setItem('worldgraph:session', JSON.stringify(s)), {
    accessToken: user.accessToken,
    refreshToken: user.refreshToken,
    user: { id: user.id, username: user.username },
  });
  return page;
}

(hasChromium ? describe : describe.skip)('files in the web client', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('uploads an avatar with a progress bar and a picture of an owned parcel, both shown', async () => {
    const user = await registerUser();
    const page = await signIn(app, user);
    await page.goto(`${app.url}/#/files`);
    await page.reload();
    await page.getByTestId('upload-avatar').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('avatar').waitFor();
    expect(await page.getByTestId('avatar').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.getByText('me.png').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'files-avatar.png'), fullPage: true });

    // A parcel of the demo world, bought through the graph; its page takes pictures from its owner.
    const { rows } = await database('features').query("SELECT id, price::text FROM features WHERE status = 'available' ORDER BY id DESC LIMIT 1");
    await credit(user.id, 'PSC', rows[0].price);
    const bought = await gql('mutation ($id: ID!, $k: String!) { buyFeature(id: $id, idempotencyKey: $k) { status } }', { id: rows[0].id, k: randomUUID() }, { token: user.accessToken });
    expect(bought.errors).toBeUndefined();
    await page.goto(`${app.url}/#/parcel/${encodeURIComponent(rows[0].id)}`);
    await page.getByTestId('upload-feature_image').setInputFiles({ name: 'house.png', mimeType: 'image/png', buffer: PNG });
    const picture = page.getByTestId('parcel-photos').getByRole('img');
    await picture.waitFor();
    expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'parcel-picture.png'), fullPage: true });
  });

  it("lets a partner's member add a picture to a draft hunt", async () => {
    const owner = await registerUser();
    const { data: p } = await gql<any>('mutation { createPartner(input: { name: "Media partner" }) { id } }', {}, { token: owner.accessToken });
    const { data: h } = await gql<any>(
      'mutation ($i: CreateHuntInput!) { createHunt(input: $i) { id } }',
      { i: { partnerId: p.createPartner.id, title: 'Hunt with pictures', description: 'Pictures of the clues', playArea: { center: { lat: 35.7, lng: 51.4 }, radiusMeters: 500 }, startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString(), reward: { asset: 'PSC', amount: '10' } } },
      { token: owner.accessToken },
    );
    const page = await signIn(app, owner);
    await page.goto(`${app.url}/#/partner/hunt/${h.createHunt.id}`);
    await page.reload();
    await page.getByTestId('upload-hunt').setInputFiles({ name: 'clue.png', mimeType: 'image/png', buffer: PNG });
    const picture = page.getByTestId('hunt-media').getByRole('img');
    await picture.waitFor();
    expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  it('says why a file is refused', async () => {
    const user = await registerUser();
    const page = await signIn(app, user);
    await page.goto(`${app.url}/#/files`);
    await page.reload();
    await page.getByTestId('upload-avatar').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
    await page.getByRole('alert').getByText(/AVATAR file must be one of/).waitFor();
  });
});
