// The built web app served by `vite preview` in front of the test stack's router, and Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { freePort, gql, stack } from '@worldgraph/testenv';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Screenshots of the main screens, kept after the run. */
export const ARTIFACTS = path.join(ROOT, 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export interface WebApp {
  url: string;
  browser: Browser;
  /** A fresh browser context (its own storage: another person). */
  page(): Promise<Page>;
  stop(): Promise<void>;
}

/** Builds the app, serves it on a free port with /graphql proxied to the stack's router, opens Chromium. */
export async function startWebApp(): Promise<WebApp> {
  const env = { ...process.env, ROUTER_URL: new URL(stack().router).origin, NODE_OPTIONS: '' };
  // Built once per test run (its stack) into a folder of its own, however many test files serve it:
  // two runs at once (a developer's and CI's) never serve each other's half-written build.
  const outDir = path.join(ROOT, 'dist', `test-${stack().dbPrefix}`);
  if (!existsSync(path.join(outDir, 'index.html'))) {
    mkdirSync(path.join(ROOT, 'dist'), { recursive: true }); // a fresh clone has none
    for (const old of readdirSync(path.join(ROOT, 'dist'), { withFileTypes: true }).filter((d) => d.name.startsWith('test-'))) {
      // Builds of runs long gone (an hour is longer than any run).
      if (Date.now() - statSync(path.join(ROOT, 'dist', old.name)).mtimeMs > 3_600_000) rmSync(path.join(ROOT, 'dist', old.name), { recursive: true, force: true });
    }
    const built = spawnSync(process.execPath, [path.join(ROOT, '../../node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: ROOT, env, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [path.join(ROOT, '../../node_modules/vite/bin/vite.js'), 'preview', '--port', String(port), '--strictPort', '--outDir', outDir], { cwd: ROOT, env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  // Up to a minute: vite preview starts slowly on a loaded 2-core machine.
  for (let i = 0; i < 600 && !(await fetch(url).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Sites are chosen by host: gcorp.localhost and godvalley.localhost reach this app too.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--host-resolver-rules=MAP *.localhost 127.0.0.1'],
  });
  return {
    url,
    browser,
    async page() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // Every wait and action may take a minute (Playwright's default is 30 s): a loaded 2-core machine.
      context.setDefaultTimeout(60_000);
      return context.newPage();
    },
    async stop() {
      await browser.close();
      server.kill('SIGTERM');
    },
  };
}

/** Someone signed in: the tokens and who they belong to. */
export interface SignedInUser {
  accessToken: string;
  refreshToken: string;
  id: string;
  username: string;
}

/** Opens the app at `#/<hash>` signed in with these tokens (as the app keeps them after a sign-in). */
export async function signedIn(app: WebApp, who: SignedInUser, hash: string): Promise<Page> {
  const page = await app.page();
  await page.goto(app.url);
  await page.evaluate((s) => localStorage.setItem('worldgraph:session', JSON.stringify(s)), { accessToken: who.accessToken, refreshToken: who.refreshToken, user: { id: who.id, username: who.username } });
  await page.goto(`${app.url}/#/${hash}`);
  await page.reload();
  return page;
}

/** A fresh sign-in of the stack's bootstrap admin. */
export async function adminUser(): Promise<SignedInUser> {
  const res = await gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id username } } }', { i: { login: 'admin', password: stack().adminPassword } });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { ...res.data.login, ...res.data.login.user };
}

/**
 * Waits for `locator` as `locator.waitFor()` does; when it never shows, the error also says where the
 * page was and what its main area showed instead (a refusal, "No such user.", the sign-in page), which
 * Playwright's timeout alone does not.
 */
export async function shows(page: Page, locator: Locator): Promise<void> {
  try {
    await locator.waitFor();
  } catch (error) {
    const main = await page.locator('main').innerText({ timeout: 1_000 }).catch(() => '(no main area)');
    throw new Error(`${(error as Error).message}\nat ${page.url()} the page showed instead:\n${main}`);
  }
}
