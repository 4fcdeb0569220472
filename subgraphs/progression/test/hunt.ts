// A tiny published hunt (a start clue and a treasure 20 m north), for events from hunts.
import { credit, registerUser } from '@worldgraph/testenv';
import { ok } from './helpers.ts';

const M = 1 / 111_195;
const START = { lat: 48.8566, lng: 2.3522 };
const TREASURE = { lat: START.lat + 20 * M, lng: START.lng };

/** Publishes a two-clue hunt; returns a function playing it to the end for a user (two ClueDiscovered, one HuntFinished). */
export async function publishedHunt(): Promise<(token: string) => Promise<void>> {
  const owner = await registerUser();
  await credit(owner.id, 'PSC', '1000');
  const t = owner.accessToken;
  const { createPartner } = await ok('mutation ($i: CreatePartnerInput!) { createPartner(input: $i) { id } }', { i: { name: `Partner of ${owner.username}` } }, t);
  const { createHunt } = await ok(
    'mutation ($i: CreateHuntInput!) { createHunt(input: $i) { id } }',
    {
      i: {
        partnerId: createPartner.id,
        title: `Hunt of ${owner.username}`,
        playArea: { center: START, radiusMeters: 2_000 },
        startsAt: new Date(Date.now() - 3600_000).toISOString(),
        endsAt: new Date(Date.now() + 86_400_000).toISOString(),
        reward: { asset: 'PSC', amount: '10' },
      },
    },
    t,
  );
  const h = createHunt.id;
  const add = (name: string, location: typeof START, start: boolean) =>
    ok('mutation ($h: ID!, $i: ClueInput!) { addClue(huntId: $h, input: $i) { id } }', { h, i: { name, riddle: name, location, radiusMeters: 15, start, treasure: !start } }, t);
  const s = (await add('S', START, true)).addClue.id;
  const tr = (await add('T', TREASURE, false)).addClue.id;
  await ok('mutation ($h: ID!, $f: ID!, $t: ID!) { connectClues(huntId: $h, from: $f, to: $t) { id } }', { h, f: s, t: tr }, t);
  await ok('mutation ($h: ID!) { publishHunt(huntId: $h) { id } }', { h }, t);
  const DISCOVER = 'mutation ($h: ID!, $c: ID!, $p: PositionInput!) { discoverClue(huntId: $h, clueId: $c, position: $p) { id } }';
  return async (token) => {
    await ok('mutation ($h: ID!) { joinHunt(huntId: $h) { id } }', { h }, token);
    await ok(DISCOVER, { h, c: s, p: { ...START, accuracy: 5 } }, token);
    await ok(DISCOVER, { h, c: tr, p: { ...TREASURE, accuracy: 5 } }, token);
  };
}
