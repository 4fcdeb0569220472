import { closeDatabases, database, registerUser, unique } from '@worldgraph/testenv';
import type { Page } from 'playwright-core';
import { ARTIFACTS, hasChromium, startWebApp, type WebApp } from './app.ts';

// Through the development OpenID provider the test stack runs (tools/oidc): its real login page.
const PROVIDER = 'Worldgraph ID (development)';

/** On the provider's login page (any login works there): sign in as `login`; back at the app once it answers. */
async function signInAtProvider(page: Page, app: WebApp, login: string) {
  await page.waitForURL((url) => url.origin !== app.url);
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill('any-password-1');
  await page.locator('button[type=submit]').click();
  // Then its consent page (the provider asks every time for a native client): Continue.
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.origin === app.url && url.pathname === '/').catch(async (error) => {
    throw new Error(`not back from the provider: ${page.url()} ${await page.locator('body').innerText()}`, { cause: error });
  });
}

(hasChromium ? describe : describe.skip)('sign in with a provider in the web client', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(async () => {
    await app?.stop();
    await closeDatabases();
  });

  it('signs up through the provider\'s pages, then the account page refuses to unlink the only way in', async () => {
    const login = unique('web');
    const page = await app.page();
    await page.goto(`${app.url}/#/login`);
    await page.getByRole('button', { name: `Sign in with ${PROVIDER}` }).click();
    await signInAtProvider(page, app, login);
    await page.getByTestId('signed-in-as').filter({ hasText: login }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    await page.goto(`${app.url}/#/account`);
    const panel = page.getByTestId('linked-providers');
    await panel.getByText(`${login}@oidc.localhost`).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/linked-providers.png` });
    await panel.getByRole('button', { name: `Unlink ${PROVIDER}` }).click();
    await panel.getByRole('alert').filter({ hasText: 'only way to sign in' }).waitFor();
  });

  it('links the provider to a password account from the account page, then unlinks it', async () => {
    const user = await registerUser();
    const page = await app.page();
    await page.goto(`${app.url}/#/login`);
    await page.locator('input[name=login]').fill(user.username);
    await page.locator('input[name=password]').fill(user.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('signed-in-as').filter({ hasText: user.username }).waitFor();

    await page.goto(`${app.url}/#/account`);
    const panel = page.getByTestId('linked-providers');
    await panel.getByText('No provider is linked').waitFor();
    await panel.getByRole('button', { name: `Link ${PROVIDER}` }).click();
    const login = unique('lnk');
    await signInAtProvider(page, app, login);
    await page.getByTestId('account-page').waitFor();
    await panel.getByText(`${login}@oidc.localhost`).waitFor();
    await panel.getByRole('button', { name: `Unlink ${PROVIDER}` }).click();
    await panel.getByText('No provider is linked').waitFor();
  });

  it('deletes an account made through the provider with a fresh sign-in there, from the account page', async () => {
    const login = unique('del');
    const page = await app.page();
    await page.goto(`${app.url}/#/login`);
    await page.getByRole('button', { name: `Sign in with ${PROVIDER}` }).click();
    await signInAtProvider(page, app, login);
    await page.getByTestId('signed-in-as').filter({ hasText: login }).waitFor();

    const { rows } = await database('accounts').query('SELECT id FROM users WHERE username = $1', [login]);
    expect(rows).toHaveLength(1);

    await page.goto(`${app.url}/#/account`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('delete-with-provider').getByRole('button', { name: `Delete my account with ${PROVIDER}` }).click();
    await signInAtProvider(page, app, login);
    // Signed out, and the person is gone: no name, no email, no link to the provider.
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    const erased = await database('accounts').query('SELECT username, erased_at FROM users WHERE id = $1', [rows[0].id]);
    expect(erased.rows[0]).toMatchObject({ username: expect.stringMatching(/^erased_/), erased_at: expect.any(Date) });
    expect((await database('accounts').query('SELECT count(*)::int AS n FROM provider_links WHERE user_id = $1', [rows[0].id])).rows[0].n).toBe(0);
  });
});
