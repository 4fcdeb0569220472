import path from 'node:path';
import { adminToken, gql, registerUser, type TestUser } from '@worldgraph/testenv';
import type { Page } from 'playwright-core';
import { ARTIFACTS, hasChromium, startWebApp, type WebApp } from './app.ts';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

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

/** A user an admin made support staff, signed in again so their token carries the role. */
async function supportStaff(): Promise<TestUser> {
  const user = await registerUser();
  const roles = await gql('mutation ($u: ID!) { setRoles(userId: $u, roles: [user, support]) { id } }', { u: user.id }, { token: await adminToken() });
  if (roles.errors) throw new Error(JSON.stringify(roles.errors));
  const login = await gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }', { i: { login: user.username, password: user.password } });
  return { ...user, ...login.data!.login };
}

(hasChromium ? describe : describe.skip)('help centre and support console', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('a user opens a ticket, staff answer it from the console, the user reads the answer; staff decide a report', async () => {
    const [user, staff, reported] = await Promise.all([registerUser(), supportStaff(), registerUser()]);
    const page = await signIn(app, user);
    await page.goto(`${app.url}/#/help`);
    await page.reload();
    await page.getByLabel('Subject').fill('My parcel vanished');
    await page.getByLabel('Category').selectOption('LAND');
    await page.getByLabel('What happened').fill('It was on the map yesterday.');
    await page.getByTestId('upload-attachment').setInputFiles({ name: 'shot.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('open-ticket').getByText('shot.png').waitFor();
    await page.getByRole('button', { name: 'Send to support' }).click();
    await page.getByTestId('ticket-subject').getByText('My parcel vanished').waitFor();
    await page.getByTestId('ticket-status').getByText('Waiting for support').waitFor();
    await page.getByTestId('ticket-attachments').getByRole('link', { name: 'shot.png' }).waitFor();
    const ticketId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);

    const console = await signIn(app, staff);
    await console.goto(`${app.url}/#/support`);
    await console.reload();
    await console.getByRole('link', { name: 'Support console' }).waitFor();
    await console.getByTestId('support-queue').getByRole('link', { name: 'My parcel vanished' }).first().waitFor();
    await console.goto(`${app.url}/#/support/${ticketId}`);
    await console.getByTestId('ticket-sla').waitFor();
    await console.getByTestId('ticket-attachments').getByRole('link', { name: 'shot.png' }).waitFor();
    await console.getByRole('button', { name: 'Assign to me' }).click();
    await console.getByText(`Assigned to ${staff.username}`).waitFor();
    await console.getByLabel('Your answer').fill('Found it: it is back on the map.');
    await console.getByRole('button', { name: 'Send' }).click();
    await console.getByTestId('ticket-thread').getByText('Found it: it is back on the map.').waitFor();
    await console.screenshot({ path: path.join(ARTIFACTS, 'support-console.png'), fullPage: true });

    await page.reload();
    await page.getByTestId('ticket-thread').getByText('Found it: it is back on the map.').waitFor();
    await page.getByTestId('ticket-status').getByText('Waiting for your answer').waitFor();
    await page.getByRole('button', { name: 'Close ticket' }).click();
    await page.getByTestId('ticket-status').getByText('Closed').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'help-ticket.png'), fullPage: true });

    // A report of a user, decided from the console.
    const filed = await gql('mutation ($i: ReportInput!) { report(input: $i) { id } }', { i: { targetType: 'USER', targetId: reported.id, reason: 'Spams the world chat' } }, { token: user.accessToken });
    expect(filed.errors).toBeUndefined();
    await console.goto(`${app.url}/#/support/reports`);
    const report = console.getByTestId(`report-user-${reported.id}`);
    await report.getByText('Spams the world chat').waitFor();
    await report.getByLabel('Note').fill('First warning');
    await report.getByRole('button', { name: 'Warn' }).click();
    await report.waitFor({ state: 'detached' });
  });
});
