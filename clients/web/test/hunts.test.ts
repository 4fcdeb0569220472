import path from 'node:path';
import { credit, gql, registerUser } from '@worldgraph/testenv';
import { ARTIFACTS, hasChromium, startWebApp, type WebApp } from './app.ts';

const CENTRE = { lat: 35.7, lng: 51.4 }; // inside the web app's "near you" radius around Tehran
const NORTH_40M = { lat: CENTRE.lat + 40 / 111_195, lng: CENTRE.lng };

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await gql(query, variables, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** A published hunt: a start clue at CENTRE, the treasure 40 m north, a 400 m play area. */
async function publishedHunt() {
  const owner = await registerUser();
  await credit(owner.id, 'PSC', '500');
  const t = owner.accessToken;
  const partner = (await ok('mutation ($i: CreatePartnerInput!) { createPartner(input: $i) { id } }', { i: { name: `Partner of ${owner.username}` } }, t)).createPartner;
  const title = `Web hunt ${owner.username}`;
  const hunt = (
    await ok(
      'mutation ($i: CreateHuntInput!) { createHunt(input: $i) { id } }',
      {
        i: {
          partnerId: partner.id,
          title,
          description: 'Two riddles near the square',
          playArea: { center: CENTRE, radiusMeters: 400 },
          startsAt: new Date(Date.now() - 3_600_000).toISOString(),
          endsAt: new Date(Date.now() + 86_400_000).toISOString(),
          reward: { asset: 'PSC', amount: '50' },
        },
      },
      t,
    )
  ).createHunt;
  const clue = async (name: string, location: { lat: number; lng: number }, start: boolean) =>
    (await ok('mutation ($h: ID!, $i: ClueInput!) { addClue(huntId: $h, input: $i) { id } }', { h: hunt.id, i: { name, riddle: `Riddle of ${name}`, location, radiusMeters: 15, start, treasure: !start } }, t)).addClue.id;
  const a = await clue('fountain', CENTRE, true);
  const b = await clue('chest', NORTH_40M, false);
  await ok('mutation ($h: ID!, $f: ID!, $t: ID!) { connectClues(huntId: $h, from: $f, to: $t) { id } }', { h: hunt.id, f: a, t: b }, t);
  await ok('mutation ($h: ID!) { publishHunt(huntId: $h) { id } }', { h: hunt.id }, t);
  return { id: hunt.id as string, title };
}

(hasChromium ? describe : describe.skip)('hunts in the web client', () => {
  let app: WebApp;
  beforeAll(async () => {
    app = await startWebApp();
  });
  afterAll(() => app?.stop());

  it('joins a hunt, walks to each clue by clicking the map, and finishes it', async () => {
    const hunt = await publishedHunt();
    const player = await registerUser();
    const page = await app.page();
    await page.goto(app.url);
    await page.evaluate((s) => localStorage.setItem('worldgraph:session', JSON.stringify(s)), {
      accessToken: player.accessToken,
      refreshToken: player.refreshToken,
      user: { id: player.id, username: player.username },
    });
    await page.goto(`${app.url}/#/hunts`);
    await page.reload();
    await page.getByRole('listitem').filter({ hasText: hunt.title }).getByRole('button', { name: 'Join' }).click();
    const map = page.getByTestId(`hunt-map-${hunt.id}`);
    await map.waitFor();

    // The map is 360 px for 2.4 × 400 m: the centre is the start clue, 15 px up is 40 m north.
    await map.click({ position: { x: 180, y: 180 } });
    await page.getByRole('listitem').filter({ hasText: 'Riddle of fountain' }).getByRole('button', { name: 'I am here' }).click();
    await page.getByText('Found: Riddle of fountain').waitFor();
    await map.click({ position: { x: 180, y: 180 - 40 / ((2.4 * 400) / 360) } });
    await page.getByRole('listitem').filter({ hasText: 'Riddle of chest' }).getByRole('button', { name: 'I am here' }).click();
    await page.getByText('finished, reward paid').waitFor();
    // notifications turns the hunt's events into notifications, and the badge counts them live.
    await page.getByTestId('unread-count').waitFor();
    await page.getByTestId('notifications-link').click();
    await page.getByTestId('notifications').getByText('Hunt reward paid').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'hunt-finished.png'), fullPage: true });
  });
});
