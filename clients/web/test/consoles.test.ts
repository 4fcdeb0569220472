import path from 'node:path';
import { credit, gql, registerUser, type TestUser } from '@worldgraph/testenv';
import { processSubgraphs } from '@worldgraph/kit';
import { AUDITED_CONTEXTS } from '../src/pages/audited-contexts.ts';
import { adminConsole, adminUser, ARTIFACTS, hasChromium, signedIn, startWebApp, type WebApp } from './app.ts';

(hasChromium ? describe : describe.skip)('the admin and partner consoles, in Chromium', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('admin console: sets roles, credits, reads the audit log, verifies a chain, issues and revokes an API key', async () => {
    const player: TestUser = await registerUser();
    const page = await adminConsole(app);

    const users = page.getByTestId('admin-users');
    await users.getByLabel('Username or id').fill(player.username);
    await users.getByRole('button', { name: 'Find' }).click();
    await users.getByText(player.email).waitFor();
    await users.getByLabel('verified_user').check();
    await users.getByRole('button', { name: 'Save roles' }).click();
    await users.getByText(`Roles of ${player.username}: user, verified_user`).waitFor();
    await users.getByLabel('Amount').fill('25');
    await users.getByLabel('Memo').fill('welcome gift');
    await users.getByRole('button', { name: 'Credit' }).click();
    await users.getByText('Credited 25').waitFor();

    // The audit log fills from the contexts' events: filter until the credit shows up.
    const audit = page.getByTestId('audit-log');
    await audit.getByLabel('Context').selectOption('wallet');
    await audit.getByLabel('Actor').fill((await adminUser()).id);
    const row = audit.getByRole('row').filter({ hasText: 'adminCredit' }).first();
    for (let i = 0; i < 60 && !(await row.isVisible()); i++) {
      await audit.getByRole('button', { name: 'Filter' }).click();
      await page.waitForTimeout(500);
    }
    await row.waitFor();

    const chain = page.getByTestId('audit-chain');
    await chain.getByLabel('Chain context').selectOption('wallet');
    await chain.getByRole('button', { name: 'Verify' }).click();
    await chain.getByTestId('chain-report').filter({ hasText: 'intact' }).waitFor();
    await chain.getByLabel('Chain context').selectOption('content'); // one of the contexts the console once left out
    await chain.getByRole('button', { name: 'Verify' }).click();
    await chain.getByTestId('chain-report').filter({ hasText: 'Chain of content intact' }).waitFor();

    const keys = page.getByTestId('api-keys');
    const appName = `Ops dashboard ${Date.now().toString(36)}`; // the admin's keys outlive a run on a kept stack
    await keys.getByLabel('Application name').fill(appName);
    await keys.getByRole('button', { name: 'Create key' }).click();
    const secret = (await keys.getByTestId('new-secret').locator('code').textContent())!;
    expect(secret).toMatch(/^wgk_/);
    const keyRow = keys.getByTestId(`api-key-${appName}`);
    await expect(keyRow.textContent()).resolves.not.toContain(secret);
    await keyRow.getByRole('button', { name: 'Revoke' }).click();
    await keyRow.getByText('revoked').waitFor();
    expect((await gql('{ me { id } }', {}, { headers: { 'x-api-key': secret } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await page.screenshot({ path: path.join(ARTIFACTS, 'admin-console.png'), fullPage: true });
  });

  it('partner console: creates a partner and a hunt, adds clues and a path, publishes and closes it', async () => {
    const author = await registerUser();
    await credit(author.id, 'PSC', '500');
    const page = await signedIn(app, author, 'partner');
    await page.getByLabel('Partner name').fill(`Acme ${author.username}`);
    await page.getByRole('button', { name: 'Create partner' }).click();
    const partner = page.getByTestId(`partner-Acme ${author.username}`);
    await partner.getByLabel('Title').fill('Old town trail');
    await partner.getByLabel('Description').fill('Two riddles by the bazaar');
    await partner.getByRole('button', { name: 'Create hunt' }).click();

    const editor = page.getByTestId('hunt-editor');
    await editor.getByTestId('hunt-status').filter({ hasText: 'draft' }).waitFor();
    const addClue = async (name: string, lat: string, kind: 'start' | 'treasure') => {
      await editor.getByLabel('Clue name').fill(name);
      await editor.getByLabel('Riddle').fill(`Riddle of the ${name}`);
      await editor.getByLabel('Clue latitude').fill(lat);
      await editor.getByLabel(kind).check();
      await editor.getByRole('button', { name: 'Add clue' }).click();
      await editor.getByTestId('clues').getByText(`Riddle of the ${name}`).waitFor();
    };
    await addClue('fountain', '35.7', 'start');
    await addClue('chest', '35.7004', 'treasure');
    await editor.getByLabel('Path from').selectOption({ label: 'fountain' });
    await editor.getByLabel('Path to').selectOption({ label: 'chest' });
    await editor.getByRole('button', { name: 'Connect' }).click();
    await editor.getByTestId('paths').getByText('fountain → chest').waitFor();
    await editor.getByRole('button', { name: /^Publish/ }).click();
    await editor.getByTestId('hunt-status').filter({ hasText: 'published' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'partner-hunt.png'), fullPage: true });
    await editor.getByRole('button', { name: 'Close hunt' }).click();
    await editor.getByTestId('hunt-status').filter({ hasText: 'closed' }).waitFor();
  });
});

it("the admin console offers every audited context (every subgraph but audit)", () => {
  expect([...AUDITED_CONTEXTS].sort()).toEqual(processSubgraphs().filter((name) => name !== 'audit').sort());
});
