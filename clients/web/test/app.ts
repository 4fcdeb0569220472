// The built web app served by `vite preview` in front of the test stack's router, and Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page, type Request } from 'playwright-core';
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
      return watched(await context.newPage());
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

/**
 * The admin console, signed in as the bootstrap admin, once what loads above its forms has come: the
 * nav's admin links and the system health table. Each pushes the page down when it arrives, and a click
 * aimed before that lands on whatever moved under it (the KYC console test's Find once did nothing).
 */
export async function adminConsole(app: WebApp): Promise<Page> {
  const page = await signedIn(app, await adminUser(), 'admin');
  await shows(page, page.getByRole('link', { name: 'Admin', exact: true }));
  await shows(page, page.getByTestId('system-health').getByTestId('system-status'));
  return page;
}

/** A fresh sign-in of the stack's bootstrap admin. */
export async function adminUser(): Promise<SignedInUser> {
  const res = await gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id username } } }', { i: { login: 'admin', password: stack().adminPassword } });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { ...res.data.login, ...res.data.login.user };
}

/** What a page's network and console did, for `shows` to tell when a wait fails. */
interface PageActivity {
  /** requests sent and not finished: when each was sent, and the status of its answer once its headers came */
  inFlight: Map<Request, { at: number; status?: number }>;
  /** the last few things that went wrong: failed requests, error responses, console errors */
  trouble: string[];
}
const activity = new WeakMap<Page, PageActivity>();

/** Follows the page's requests and console errors (what `shows` reports when a wait fails). */
function watched(page: Page): Page {
  const seen: PageActivity = { inFlight: new Map(), trouble: [] };
  const note = (line: string) => seen.trouble.push(`${new Date().toISOString()} ${line}`) > 20 && seen.trouble.shift();
  page.on('request', (r) => seen.inFlight.set(r, { at: Date.now() }));
  page.on('requestfinished', (r) => seen.inFlight.delete(r));
  page.on('requestfailed', (r) => {
    seen.inFlight.delete(r);
    note(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''} ${(r.postData() ?? '').slice(0, 160)}`);
  });
  page.on('response', (r) => {
    const sent = seen.inFlight.get(r.request());
    if (sent) sent.status = r.status();
    if (r.status() >= 400) note(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  page.on('console', (m) => void (m.type() === 'error' && note(`console: ${m.text().slice(0, 300)}`)));
  activity.set(page, seen);
  return page;
}

/**
 * Waits for `locator` as `locator.waitFor()` does; when it never shows, the error also says where the
 * page was and what its main area showed instead (a refusal, "No such user.", the sign-in page), which
 * Playwright's timeout alone does not, and what the page's network was doing: the requests not
 * finished (a request that never came back leaves the page as it was) and what went wrong.
 */
export async function shows(page: Page, locator: Locator): Promise<void> {
  try {
    await locator.waitFor();
  } catch (error) {
    const main = await page.locator('main').innerText({ timeout: 1_000 }).catch(() => '(no main area)');
    const seen = activity.get(page);
    const now = Date.now();
    const pending = [...(seen?.inFlight ?? [])].map(
      ([r, { at, status }]) => `  ${r.method()} ${r.url()}, sent ${now - at} ms ago, ${status ? `answered ${status}, its body not read yet` : 'no answer yet'}: ${(r.postData() ?? '').slice(0, 200)}`,
    );
    const network = `requests not finished: ${pending.length ? `\n${pending.join('\n')}` : 'none'}\nwhat went wrong: ${seen?.trouble.length ? `\n  ${seen.trouble.join('\n  ')}` : 'nothing'}`;
    throw new Error(`${(error as Error).message}\nat ${page.url()} the page showed instead:\n${main}\n${network}`);
  }
}
