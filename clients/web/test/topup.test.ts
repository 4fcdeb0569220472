import path from 'node:path';
import { registerUser, type TestUser } from '@worldgraph/testenv';
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
});
