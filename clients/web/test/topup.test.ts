import path from 'node:path';
import { gql, registerUser, stack, type TestUser } from '@worldgraph/testenv';
import type { Page } from 'playwright-core';
import { ARTIFACTS, hasChromium, startWebApp, type WebApp } from './app.ts';

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

(hasChromium ? describe : describe.skip)('topping up through the payment gateway (Parsian sandbox)', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('orders, pays on the sandbox page, comes back to a result page that shows the order paid, and the wallet credited', async () => {
    const user = await registerUser();
    const page = await signIn(app, user);
    await page.goto(`${app.url}/#/top-up`);
    await page.reload();
    await page.getByTestId('topup-asset').selectOption('PSC');
    await page.getByTestId('topup-amount').fill('2');
    await page.getByTestId('topup-total').getByText('1,000,000 IRR').waitFor();
    await page.getByTestId('topup-pay').click();

    // The gateway's page (another origin): the amount in Rials, then Pay.
    await page.waitForURL(/\/NewIPG\/\?token=\d+/);
    expect(await page.getByTestId('sandbox-amount').textContent()).toBe('1,000,000');
    await page.getByTestId('sandbox-pay').click();

    // Back on the web app's result page, which follows the order until it is settled.
    await page.waitForURL(/#\/top-up\/result\?order=ord_/);
    await page.getByTestId('order-result').and(page.locator('[data-status="paid"]')).waitFor();
    expect(await page.getByTestId('order-status').textContent()).toBe('paid');
    await page.getByTestId('topup-orders').getByText('paid').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'top-up-paid.png'), fullPage: true });

    await page.goto(`${app.url}/#/wallet`);
    await page.getByTestId('balances').getByText('2 PSC').waitFor();
  });

  it('an admin changes a top-up price on the commerce page (recorded in its history); a user sees their referral code', async () => {
    const login = (await gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id username } } }', { i: { login: 'admin', password: stack().adminPassword } })).data!.login;
    const admin = { id: login.user.id, username: login.user.username, accessToken: login.accessToken, refreshToken: login.refreshToken } as TestUser;
    const page = await signIn(app, admin);
    await page.goto(`${app.url}/#/commerce-admin`);
    await page.reload();
    const price = String(20_000 + Math.floor(Math.random() * 10_000));
    await page.getByLabel('price.YELLOW', { exact: true }).fill(price);
    await page.getByTestId('platform-variables').getByRole('row').filter({ has: page.getByLabel('price.YELLOW', { exact: true }) }).getByRole('button', { name: 'Save' }).click();
    await page.getByText(`price.YELLOW: `).filter({ hasText: `→ ${price}` }).first().waitFor();
    const prices = await gql('{ topUpPrices { asset priceIrr } }');
    expect(prices.data!.topUpPrices).toContainEqual({ asset: 'YELLOW', priceIrr: price });
    await page.getByTestId('commission-report').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'commerce-admin.png'), fullPage: true });

    const user = await registerUser();
    const mine = await signIn(app, user);
    await mine.goto(`${app.url}/#/referrals`);
    await mine.reload();
    expect(await mine.getByTestId('referral-code').textContent()).toMatch(/^[A-Z0-9]{8}$/);
  });
});
