import { randomInt } from 'node:crypto';
import { gql, linkOf, registerUser, smsCode, smsTo, totp, waitForMail, type TestUser } from '@worldgraph/testenv';
import type { Page } from 'playwright-core';
import { hasChromium, startWebApp, type WebApp } from './app.ts';

/** The link path (#/reset-password/<token>) of the latest mail to `to` about `subject`, from the stack's SMTP catcher. */
const linkFromMail = async (to: string, subject: string) => linkOf(await waitForMail(to, { text: subject }));

async function signInWithForm(page: Page, app: WebApp, login: string, password: string) {
  await page.goto(`${app.url}/#/login`);
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

(hasChromium ? describe : describe.skip)('account pages in the web client', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('resets a forgotten password from the emailed link, then signs in with the new one', async () => {
    const user: TestUser = await registerUser();
    const page = await app.page();
    await page.goto(`${app.url}/#/login`);
    await page.getByText('Forgot your password?').click();
    await page.locator('input[name=email]').fill(user.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByTestId('reset-sent').waitFor();

    await page.goto(`${app.url}/${await linkFromMail(user.email, 'Reset your password')}`);
    await page.locator('input[name=password]').fill('brand-new-password-7');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByTestId('reset-done').waitFor();

    await signInWithForm(page, app, user.username, 'brand-new-password-7');
    await page.getByTestId('signed-in-as').getByText(user.username).waitFor();
  });

  it('turns two-factor on, then sign-in asks for a code from the app', async () => {
    const user: TestUser = await registerUser();
    const page = await app.page();
    await signInWithForm(page, app, user.username, user.password);
    await page.getByTestId('signed-in-as').waitFor();
    await page.goto(`${app.url}/#/account`);
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!;
    await page.locator('input[name=code]').fill(totp(secret));
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByTestId('recovery-codes').waitFor();
    expect(await page.getByTestId('recovery-codes').locator('li').count()).toBe(10);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await signInWithForm(page, app, user.username, user.password);
    await page.getByRole('heading', { name: 'Two-factor code' }).waitFor();
    // The next step's code: the one used to confirm works only once.
    await page.locator('input[name=code]').fill(totp(secret, 1));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('signed-in-as').getByText(user.username).waitFor();
  });

  it('turns two-factor by SMS on with a code sent to the phone; sign-in asks for the code it texts', async () => {
    const user: TestUser = await registerUser();
    const phone = `+447722${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
    const page = await app.page();
    await signInWithForm(page, app, user.username, user.password);
    await page.getByTestId('signed-in-as').waitFor();
    await page.goto(`${app.url}/#/account`);
    await page.locator('input[name=phoneNumber]').fill(phone);
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await page.getByTestId('sms-sent').waitFor();
    await page.locator('input[name=smsCode]').fill(await smsCode(phone));
    await page.getByRole('button', { name: 'Confirm phone' }).click();
    await page.getByTestId('recovery-codes').waitFor();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    const before = (await smsTo(phone)).length;
    await signInWithForm(page, app, user.username, user.password);
    await page.getByText(`Code we sent by SMS to +44`).waitFor();
    await page.locator('input[name=code]').fill(await smsCode(phone, before));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-as').getByText(user.username).waitFor();
  });

  it('notification preferences: a channel switched off stays off; security kinds cannot be switched off', async () => {
    const user: TestUser = await registerUser();
    const page = await app.page();
    await signInWithForm(page, app, user.username, user.password);
    await page.getByTestId('signed-in-as').waitFor();
    await page.goto(`${app.url}/#/account`);
    const panel = page.getByTestId('notification-preferences');
    const offersByEmail = panel.getByLabel('buy request received by Email');
    expect(await offersByEmail.isChecked()).toBe(true);
    expect(await panel.getByLabel('two factor code by SMS').isDisabled()).toBe(true);
    // The box follows the server's answer (a controlled input), so a click, then wait for it.
    await offersByEmail.click();
    await page.waitForFunction(() => !(document.querySelector('[aria-label="buy request received by Email"]') as HTMLInputElement).checked);
    // Stored: the server says so, and a reload shows it.
    const prefs = await gql('{ notificationPreferences { kind channel enabled } }', {}, { token: user.accessToken });
    expect(prefs.data!.notificationPreferences).toContainEqual({ kind: 'buy_request_received', channel: 'email', enabled: false });
    await page.reload();
    await page.getByTestId('notification-preferences').getByLabel('buy request received by Email').waitFor();
    expect(await page.getByTestId('notification-preferences').getByLabel('buy request received by Email').isChecked()).toBe(false);
  });
});
