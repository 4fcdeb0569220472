// Hunt play through the app's API layer and the mobile operations of the SDK, against the real
// supergraph: hunts near a position, join, the next clues, refusals in words, the treasure.
import { HuntsNearDocument, MobileDiscoverClueDocument, MobileJoinHuntDocument, MobileMyParticipationsDocument, RegisterDocument } from '@worldgraph/sdk';
import { closeDatabases, credit, gql, registerUser, stack, unique } from '@worldgraph/testenv';
import { createApi } from '../src/api/client';
import { memoryTokenStore } from '../src/api/tokens';

afterAll(closeDatabases);

const CENTER = { lat: 35.6892, lng: 51.389 };
/** `north` metres north of the centre. */
const north = (m: number) => ({ lat: CENTER.lat + m / 111_195, lng: CENTER.lng });

async function as<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql<T>(query, variables, { token });
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** A published hunt: start clue at the centre, treasure 40 m north, reward 100 PSC. */
async function publishedHunt() {
  const owner = await registerUser();
  await credit(owner.id, 'PSC', '1000');
  const t = owner.accessToken;
  const { createPartner } = await as<any>(t, 'mutation ($i: CreatePartnerInput!) { createPartner(input: $i) { id } }', { i: { name: unique('Partner ') } });
  const { createHunt } = await as<any>(t, 'mutation ($i: CreateHuntInput!) { createHunt(input: $i) { id } }', {
    i: {
      partnerId: createPartner.id, title: unique('Bazaar '), playArea: { center: CENTER, radiusMeters: 1000 },
      startsAt: new Date(Date.now() - 60_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString(), reward: { asset: 'PSC', amount: '100' },
    },
  });
  const clue = async (name: string, at: object, flags: object) =>
    (await as<any>(t, 'mutation ($h: ID!, $i: ClueInput!) { addClue(huntId: $h, input: $i) { id } }', { h: createHunt.id, i: { name, riddle: `Riddle ${name}`, location: at, radiusMeters: 15, ...flags } })).addClue.id as string;
  const start = await clue('gate', CENTER, { start: true });
  const treasure = await clue('dome', north(40), { treasure: true });
  await as(t, 'mutation ($h: ID!, $f: ID!, $t: ID!) { connectClues(huntId: $h, from: $f, to: $t) { id } }', { h: createHunt.id, f: start, t: treasure });
  await as(t, 'mutation ($h: ID!) { publishHunt(huntId: $h) { id } }', { h: createHunt.id });
  return { huntId: createHunt.id as string, start, treasure };
}

test('a player finds the hunt nearby, joins, follows the clues and wins the reward', async () => {
  const hunt = await publishedHunt();
  const api = createApi({ url: stack().router, store: memoryTokenStore() });
  const username = unique('hunter');
  const { register } = await api.request(RegisterDocument, { input: { username, email: `${username}@example.com`, password: 'correct-horse-1' } }, 'register');
  await api.signedIn(register);

  const { huntsNear } = await api.request(HuntsNearDocument, { position: north(-300), radiusMeters: 10_000, first: 20 });
  expect(huntsNear.map((h) => h.id)).toContain(hunt.huntId);

  const { joinHunt } = await api.request(MobileJoinHuntDocument, { huntId: hunt.huntId }, 'join');
  expect(joinHunt.nextClues).toEqual([{ id: hunt.start, riddle: 'Riddle gate', hint: null, treasure: false }]);

  const discover = (clueId: string, at: { lat: number; lng: number }) =>
    api.request(MobileDiscoverClueDocument, { huntId: hunt.huntId, clueId, position: { ...at, accuracy: 5 } }, 'discover');
  await expect(discover(hunt.treasure, north(40))).rejects.toMatchObject({ message: 'That clue is not next on your path. Find the clues before it first.' });
  const afterStart = (await discover(hunt.start, CENTER)).discoverClue;
  expect(afterStart.nextClues.map((c) => [c.id, c.treasure])).toEqual([[hunt.treasure, true]]);
  await expect(discover(hunt.treasure, north(-200))).rejects.toMatchObject({ message: 'You are not close enough to this clue yet. Keep walking.' });

  const finished = (await discover(hunt.treasure, north(40))).discoverClue;
  expect(finished).toMatchObject({ status: 'finished', cluesFound: 2, rewardPaid: true, nextClues: [] });
  const { myParticipations } = await api.request(MobileMyParticipationsDocument);
  expect(myParticipations.find((p) => p.hunt.id === hunt.huntId)?.discoveries).toHaveLength(2);
});
