// The app itself, running: built for Expo's web target (react-native-web), served, and driven in
// headless Chromium against the real supergraph: sign in → wallet → buy a parcel → play a hunt to its
// treasure, with the device's position given to the browser. Screenshots of each screen are kept in
// clients/mobile/artifacts/ (gitignored), so a broken screen is seen, and fails the test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { closeDatabases, credit, gql, registerUser, stack, unique, type TestUser } from '@worldgraph/testenv';

const APP = path.resolve(import.meta.dirname, '..');
const DIST = path.join(APP, 'dist-web');
const ARTIFACTS = path.join(APP, 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CENTER = { latitude: 35.6892, longitude: 51.389 };
const north = (m: number) => ({ latitude: CENTER.latitude + m / 111_195, longitude: CENTER.longitude });
const PARCEL = 'tehran-001234';

const chromiumThere = existsSync(CHROMIUM);
if (!chromiumThere) console.warn(`mobile web test skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
const maybe = chromiumThere ? describe : describe.skip;

/**
 * `expo export --platform web`. The bundle holds no router address: in a browser the app calls its
 * own origin's /graphql, which the test's server passes to the stack's router. Metro's cache keeps
 * rebuilds quick after the first (a minute or two cold on 2 cores).
 */
function buildWeb(): void {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', CI: '1', EXPO_NO_TELEMETRY: '1' };
  delete env.EXPO_PUBLIC_ROUTER_URL;
  const built = spawnSync(process.execPath, [path.join(APP, 'node_modules/expo/bin/cli'), 'export', '--platform', 'web', '--output-dir', DIST], { cwd: APP, env, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('expo export --platform web failed');
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.png': 'image/png', '.ttf': 'font/ttf', '.ico': 'image/x-icon' };

/**
 * The exported files on a free port (anything else gets index.html: one page app), with /graphql
 * passed to the stack's router, HTTP and graphql-ws alike, as a deployment's proxy does.
 */
async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  const router = new URL(stack().router);
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/graphql')) {
      const upstream = http.request({ host: router.hostname, port: router.port, path: req.url, method: req.method, headers: { ...req.headers, host: router.host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const wanted = path.normalize(path.join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    const file = wanted.startsWith(DIST) && path.extname(wanted) && existsSync(wanted) ? wanted : path.join(DIST, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  // graphql-ws: the upgrade request and then the raw socket, both ways.
  server.on('upgrade', (req, socket, head) => {
    const upstream = net.connect(Number(router.port), router.hostname, () => {
      const headers = Object.entries({ ...req.headers, host: router.host }).map(([k, v]) => `${k}: ${v}`).join('\r\n');
      upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers}\r\n\r\n`);
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function as<T = any>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql<T>(query, variables, { token });
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** A published hunt with a start clue at CENTER and its treasure 40 m north. */
async function publishedHunt(): Promise<string> {
  const owner = await registerUser();
  await credit(owner.id, 'PSC', '1000');
  const t = owner.accessToken;
  const { createPartner } = await as(t, 'mutation ($i: CreatePartnerInput!) { createPartner(input: $i) { id } }', { i: { name: unique('Partner ') } });
  const at = (p: { latitude: number; longitude: number }) => ({ lat: p.latitude, lng: p.longitude });
  const { createHunt } = await as(t, 'mutation ($i: CreateHuntInput!) { createHunt(input: $i) { id } }', {
    i: {
      partnerId: createPartner.id, title: unique('Bazaar '), playArea: { center: at(CENTER), radiusMeters: 1000 },
      startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString(), reward: { asset: 'PSC', amount: '100' },
    },
  });
  const clue = async (name: string, where: { latitude: number; longitude: number }, flags: object) =>
    (await as(t, 'mutation ($h: ID!, $i: ClueInput!) { addClue(huntId: $h, input: $i) { id } }', { h: createHunt.id, i: { name, riddle: `Riddle ${name}`, location: at(where), radiusMeters: 15, ...flags } })).addClue.id as string;
  const start = await clue('gate', CENTER, { start: true });
  const treasure = await clue('dome', north(40), { treasure: true });
  await as(t, 'mutation ($h: ID!, $f: ID!, $t: ID!) { connectClues(huntId: $h, from: $f, to: $t) { id } }', { h: createHunt.id, f: start, t: treasure });
  await as(t, 'mutation ($h: ID!) { publishHunt(huntId: $h) { id } }', { h: createHunt.id });
  return createHunt.id as string;
}

maybe('the mobile app in Chromium (Expo web)', () => {
  let site: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let player: TestUser;

  beforeAll(async () => {
    buildWeb();
    site = await serve();
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    // A phone-sized window that knows where it is.
    context = await browser.newContext({ viewport: { width: 412, height: 860 }, geolocation: { ...CENTER, accuracy: 5 }, permissions: ['geolocation'] });
    // Sized for a loaded 2-core machine: every wait and action may take a minute.
    context.setDefaultTimeout(60_000);
    page = await context.newPage();
    player = await registerUser();
    await credit(player.id, 'PSC', '10000');
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await closeDatabases();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `web-${name}.png`) });

  test('sign in, the wallet, a parcel bought, a hunt played to its treasure', async () => {
    const huntId = await publishedHunt();
    const { hunt } = await as<{ hunt: { title: string } }>(player.accessToken, 'query ($id: ID!) { hunt(id: $id) { title } }', { id: huntId });

    try {
      await play(hunt.title);
    } catch (error) {
      // The screen as it was when a step failed, beside the others.
      await shot('failed');
      throw error;
    }
  }, 480_000);

  async function play(huntTitle: string) {
    await page.goto(site.url);
    await page.getByLabel('Username or email').fill(player.username);
    await page.getByLabel('Password').fill(player.password);
    await shot('1-sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();

    // The wallet, with the credit.
    await page.getByTestId('balance-PSC').getByText('10000').waitFor();
    await shot('2-wallet');

    // A parcel, opened by id and bought.
    await page.getByRole('tab', { name: 'Parcels' }).click();
    await page.getByLabel('Parcel id').fill(PARCEL);
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('button', { name: /^Buy for / }).click();
    await page.getByText(`You bought ${PARCEL}`).waitFor();
    await shot('3-parcel');
    const { feature } = await as<{ feature: { owner: { id: string } | null } }>(player.accessToken, 'query ($id: ID!) { feature(id: $id) { owner { id } } }', { id: PARCEL });
    expect(feature.owner?.id).toBe(player.id);

    // The hunt nearby: join, stand at the start, walk 40 m north to the treasure.
    await page.getByRole('tab', { name: 'Hunts' }).click();
    await page.getByRole('button', { name: `Join ${huntTitle}` }).click();
    await page.getByText('Riddle gate').waitFor();
    await shot('4-hunt-joined');
    await page.getByRole('button', { name: "I'm here" }).click();
    await page.getByText('Treasure: Riddle dome').waitFor();
    await context.setGeolocation({ ...north(40), accuracy: 5 });
    await page.getByRole('button', { name: "I'm here" }).click();
    await page.getByText('You found the treasure!').waitFor();
    await shot('5-hunt-treasure');
  }
});
