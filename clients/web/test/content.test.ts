import path from 'node:path';
import { adminToken, gql, registerUser, type TestUser } from '@worldgraph/testenv';
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

/** A user an admin made admin, signed in again so their token carries the role. */
async function contentAdmin(): Promise<TestUser> {
  const user = await registerUser();
  const roles = await gql('mutation ($u: ID!) { setRoles(userId: $u, roles: [user, admin]) { id } }', { u: user.id }, { token: await adminToken() });
  if (roles.errors) throw new Error(JSON.stringify(roles.errors));
  const login = await gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }', { i: { login: user.username, password: user.password } });
  return { ...user, ...login.data!.login };
}

const pad = (n: number) => String(n).padStart(2, '0');
const localInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

(hasChromium ? describe : describe.skip)('tutorials and calendar', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('an admin publishes a video and an event; a user watches, likes and comments, and says they are going', async () => {
    const [admin, user] = await Promise.all([contentAdmin(), registerUser()]);
    const tag = Date.now().toString(36);
    const console = await signIn(app, admin);
    await console.goto(`${app.url}/#/content-admin`);
    await console.reload();
    await console.getByLabel('Category name').fill(`Basics ${tag}`);
    await console.getByLabel('Category slug').fill(`basics-${tag}`);
    await console.getByRole('button', { name: 'Add category' }).click();
    await console.getByLabel('Video category').locator('option', { hasText: `Basics ${tag}` }).waitFor({ state: 'attached' });
    await console.getByLabel('Video category').selectOption({ label: `Basics ${tag}` });
    await console.getByLabel('Video title').fill(`Walking the map ${tag}`);
    await console.getByLabel('Video slug').fill(`walking-${tag}`);
    await console.getByLabel('Video source').fill('https://videos.example/walking.mp4');
    await console.getByRole('button', { name: 'Add video' }).click();
    const row = console.getByTestId(`admin-video-walking-${tag}`);
    await row.getByText('Draft').waitFor();
    await row.getByRole('button', { name: 'Publish' }).click();
    await row.getByText('Published').waitFor();

    // An event ten days on at noon, local time.
    const day = new Date(Date.now() + 10 * 86_400_000);
    day.setHours(12, 0, 0, 0);
    await console.getByLabel('Event title').fill(`Picnic ${tag}`);
    await console.getByLabel('Starts').fill(localInput(day));
    await console.getByLabel('Ends').fill(localInput(new Date(day.getTime() + 2 * 3_600_000)));
    await console.getByLabel('Place').fill('Central park');
    await console.getByLabel('Latitude').fill('40.78');
    await console.getByLabel('Longitude').fill('-73.96');
    await console.getByRole('button', { name: 'Add event' }).click();
    const eventRow = console.getByTestId('admin-events').locator('tr', { hasText: `Picnic ${tag}` });
    await eventRow.getByText('Draft').waitFor();
    await eventRow.getByRole('button', { name: 'Publish' }).click();
    await eventRow.getByText('Published').waitFor();
    await console.screenshot({ path: path.join(ARTIFACTS, 'content-admin.png'), fullPage: true });

    const page = await signIn(app, user);
    await page.goto(`${app.url}/#/tutorials`);
    await page.reload();
    await page.getByRole('button', { name: `Basics ${tag}` }).click();
    await page.getByTestId('videos').getByRole('link', { name: `Walking the map ${tag}` }).click();
    await page.getByTestId('video-title').getByText(`Walking the map ${tag}`).waitFor();
    expect(await page.getByTestId('video-player').getAttribute('src')).toBe('https://videos.example/walking.mp4');
    await page.getByRole('button', { name: 'Like', exact: true }).click();
    await page.getByTestId('like-count').getByText('1 likes').waitFor();
    await page.getByLabel('Comment').fill('Very clear, thanks!');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.getByTestId('comments').getByText('Very clear, thanks!').waitFor();
    await page.reload();
    await page.getByTestId('view-count').getByText('1 views').waitFor();
    await page.getByRole('button', { name: 'Unlike' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'tutorial-player.png'), fullPage: true });

    await page.goto(`${app.url}/#/calendar/${day.getFullYear()}-${pad(day.getMonth() + 1)}`);
    const cell = page.getByTestId(`day-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`);
    await cell.getByRole('link', { name: `Picnic ${tag}` }).click();
    await page.getByTestId('event-title').getByText(`Picnic ${tag}`).waitFor();
    await page.getByText('Central park').waitFor();
    await page.getByRole('button', { name: 'Going' }).click();
    await page.getByTestId('event-counts').getByText('1 going').waitFor();
    await page.getByRole('button', { name: '✓ Going' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'calendar-event.png'), fullPage: true });
  });
});
