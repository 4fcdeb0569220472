// Shared operations of the hunts tests: a partner builds hunts through the router.
import { credit, database, gql, registerUser, type TestUser } from '@worldgraph/testenv';
import { ok } from '@worldgraph/testenv';

/** The shared test helpers of @worldgraph/testenv, for the tests that import them from here. */
export { ok };

/** Metres to degrees of latitude on the hunts sphere. */
export const M = 1 / 111_195;

/** A point `north`/`east` metres from an origin (small offsets). */
export const offset = (origin: { lat: number; lng: number }, north: number, east = 0) => ({
  lat: origin.lat + north * M,
  lng: origin.lng + (east * M) / Math.cos((origin.lat * Math.PI) / 180),
});

export const PARIS = { lat: 48.8566, lng: 2.3522 };

export interface ClueSpec {
  name: string;
  at: { lat: number; lng: number };
  start?: boolean;
  treasure?: boolean;
  radiusMeters?: number;
}

export interface BuiltHunt {
  owner: TestUser;
  partnerId: string;
  huntId: string;
  clues: Record<string, string>;
}

/**
 * A partner (owned by a fresh user credited with `funds` PSC) with a draft hunt around `center`
 * holding `clues` joined by `paths` (pairs of clue names).
 */
export async function buildHunt(
  clues: ClueSpec[],
  paths: [string, string][],
  { center = PARIS, radiusMeters = 2_000, reward = '100', funds = '1000', startsAt = new Date(Date.now() - 3600_000) } = {},
): Promise<BuiltHunt> {
  const owner = await registerUser();
  if (funds !== '0') await credit(owner.id, 'PSC', funds);
  const t = owner.accessToken;
  const { createPartner } = await ok('mutation ($i: CreatePartnerInput!) { createPartner(input: $i) { id } }', { i: { name: `Partner of ${owner.username}` } }, t);
  const { createHunt } = await ok(
    'mutation ($i: CreateHuntInput!) { createHunt(input: $i) { id status } }',
    {
      i: {
        partnerId: createPartner.id,
        title: `Hunt of ${owner.username}`,
        description: 'A walk with riddles',
        playArea: { center, radiusMeters },
        startsAt: startsAt.toISOString(),
        endsAt: new Date(Date.now() + 86_400_000).toISOString(),
        reward: { asset: 'PSC', amount: reward },
      },
    },
    t,
  );
  const ids: Record<string, string> = {};
  for (const c of clues) {
    const { addClue } = await ok(
      'mutation ($h: ID!, $i: ClueInput!) { addClue(huntId: $h, input: $i) { id } }',
      { h: createHunt.id, i: { name: c.name, riddle: `Riddle of ${c.name}`, hint: `Hint of ${c.name}`, location: c.at, radiusMeters: c.radiusMeters ?? 15, start: !!c.start, treasure: !!c.treasure } },
      t,
    );
    ids[c.name] = addClue.id;
  }
  for (const [from, to] of paths) {
    await ok('mutation ($h: ID!, $f: ID!, $t: ID!) { connectClues(huntId: $h, from: $f, to: $t) { id } }', { h: createHunt.id, f: ids[from], t: ids[to] }, t);
  }
  return { owner, partnerId: createPartner.id, huntId: createHunt.id, clues: ids };
}

export const PUBLISH = 'mutation ($h: ID!) { publishHunt(huntId: $h) { id status } }';
export const JOIN = 'mutation ($h: ID!) { joinHunt(huntId: $h) { id status } }';
export const DISCOVER = `mutation ($h: ID!, $c: ID!, $p: PositionInput!) {
  discoverClue(huntId: $h, clueId: $c, position: $p) { id status cluesFound rewardPaid nextClues { id riddle hint treasure } }
}`;

/** The PSC balance of a user and their ledger entries with a reference, from the wallet database. */
export async function pscOf(userId: string, reference?: string) {
  const { rows } = await database('wallet').query(
    `SELECT coalesce((SELECT amount FROM balances WHERE user_id = $1 AND asset = 'PSC'), 0)::text AS balance,
            (SELECT count(*)::int FROM ledger_entries WHERE user_id = $1 AND reference = $2) AS entries`,
    [userId, reference ?? ''],
  );
  return { balance: rows[0].balance.replace(/\.?0+$/, '') || '0', entries: rows[0].entries as number };
}
