import { createHmac } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { registerUser, stack, type TestUser } from '@worldgraph/testenv';
import type { Page } from 'playwright-core';
import { hasChromium, startWebApp, type WebApp } from './app.ts';

/** The link path (#/reset-password/<token>) of the latest mail to `to` about `subject`, from the stack's SMTP catcher. */
async function linkFromMail(to: string, subject: string): Promise<string> {
  const dir = path.join(stack().dataDir, 'mail');
  for (let i = 0; i < 200; i++) {
    const files = (await readdir(dir).catch(() => [] as string[])).sort();
    for (const file of files.reverse()) {
      const text = (await readFile(path.join(dir, file), 'utf8')).replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      if (text.includes(to) && text.includes(subject)) return /#\/[a-z-]+\/[A-Za-z0-9_-]+/.exec(text)![0];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no "${subject}" mail for ${to}`);
}

/** RFC 6238 TOTP (SHA-1, 6 digits) of a base32 secret, `offset` steps from now. */
function totp(secret: string, offset = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + offset));
  const mac = createHmac('sha1', key).update(counter).digest();
  const at = mac[mac.length - 1]! & 15;
  return String((mac.readUInt32BE(at) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function signInWithForm(page: Page, app: WebApp, login: string, password: string) {
  await page.goto(`${app.url}/#/login`);
  await page.locator('input[name=login]').fill(login);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
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
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-as').getByText(user.username).waitFor();
  });
});
