import { closeDatabases, codeOf, credit, gql, registerUser } from '@worldgraph/testenv';
import { buildHunt, JOIN, ok, offset, PARIS, pscOf, PUBLISH } from './helpers.ts';

afterAll(closeDatabases);

const S = PARIS;
const A = offset(PARIS, 20);
const T = offset(PARIS, 40);

describe('building and publishing hunts', () => {
  it('refuses invalid graphs at publish, naming the clue, and charges nothing', async () => {
    const unreachable = await buildHunt(
      [{ name: 'start', at: S, start: true }, { name: 'island', at: A }, { name: 'gold', at: T, treasure: true }],
      [['start', 'gold']],
    );
    const res = await gql(PUBLISH, { h: unreachable.huntId }, { token: unreachable.owner.accessToken });
    expect(res.errors?.[0]?.message).toBe('Clue "island" cannot be reached from any start clue');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', clueName: 'island', clueId: unreachable.clues.island });

    const lostTreasure = await buildHunt([{ name: 'start', at: S, start: true }, { name: 'gold', at: T, treasure: true }], []);
    const res2 = await gql(PUBLISH, { h: lostTreasure.huntId }, { token: lostTreasure.owner.accessToken });
    expect(res2.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', clueName: 'gold' });
    expect(res2.errors?.[0]?.message).toBe('Treasure "gold" cannot be reached from any start clue');

    const outside = await buildHunt(
      [{ name: 'start', at: S, start: true }, { name: 'far away', at: offset(PARIS, 5_000), treasure: true }],
      [['start', 'far away']],
      { radiusMeters: 1_000 },
    );
    const res3 = await gql(PUBLISH, { h: outside.huntId }, { token: outside.owner.accessToken });
    expect(res3.errors?.[0]?.message).toBe('Clue "far away" lies outside the play area');

    const noTreasure = await buildHunt([{ name: 'start', at: S, start: true }], []);
    expect((await gql(PUBLISH, { h: noTreasure.huntId }, { token: noTreasure.owner.accessToken })).errors?.[0]?.message).toBe('The hunt has no treasure clue');

    for (const h of [unreachable, lostTreasure, outside, noTreasure]) expect(await pscOf(h.owner.id)).toEqual({ balance: '1000', entries: 0 });
  });

  it('refuses invalid coordinates when a clue is added, naming it', async () => {
    const { huntId, owner } = await buildHunt([], []);
    const res = await gql(
      'mutation ($h: ID!, $i: ClueInput!) { addClue(huntId: $h, input: $i) { id } }',
      { h: huntId, i: { name: 'north of north', riddle: 'r', location: { lat: 91, lng: 0 } } },
      { token: owner.accessToken },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', clueName: 'north of north' });
  });

  it('only members build, publish and see the graph; others get FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    const { huntId, clues, owner, partnerId } = await buildHunt([{ name: 'S', at: S, start: true }, { name: 'T', at: T, treasure: true }], [['S', 'T']]);
    const stranger = await registerUser();
    const ADD = 'mutation ($h: ID!, $i: ClueInput!) { addClue(huntId: $h, input: $i) { id } }';
    const input = { name: 'X', riddle: 'r', location: S };
    expect(codeOf(await gql(ADD, { h: huntId, i: input }, { token: stranger.accessToken }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(ADD, { h: huntId, i: input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(PUBLISH, { h: huntId }, { token: stranger.accessToken }))).toBe('FORBIDDEN');
    // A draft is invisible to non-members.
    expect((await gql('query ($h: ID!) { hunt(id: $h) { id } }', { h: huntId }, { token: stranger.accessToken })).data).toEqual({ hunt: null });
    // A member sees clues and paths; a new member can publish.
    const colleague = await registerUser();
    await credit(colleague.id, 'PSC', '500');
    await ok('mutation ($p: ID!, $u: ID!) { addPartnerMember(partnerId: $p, userId: $u) { id members { id } } }', { p: partnerId, u: colleague.id }, owner.accessToken);
    const graph = await ok('query ($h: ID!) { hunt(id: $h) { status clues { name start treasure location { lat lng } } paths { from to } } }', { h: huntId }, colleague.accessToken);
    expect(graph.hunt.status).toBe('draft');
    expect(graph.hunt.clues.map((c: { name: string }) => c.name).sort()).toEqual(['S', 'T']);
    expect(graph.hunt.paths).toEqual([{ from: clues.S, to: clues.T }]);
    await ok(PUBLISH, { h: huntId }, colleague.accessToken);
    expect(await pscOf(colleague.id, `hunt:${huntId}`)).toEqual({ balance: '400', entries: 1 });
    // Published: public, but its graph is still for members only.
    const seen = await gql('query ($h: ID!) { hunt(id: $h) { title clues { id } } }', { h: huntId }, { token: stranger.accessToken });
    expect(codeOf(seen)).toBe('FORBIDDEN');
    const edit = await gql(ADD, { h: huntId, i: input }, { token: owner.accessToken });
    expect(codeOf(edit)).toBe('CONFLICT');
  });

  it('refuses to publish without the reward in the wallet; after topping up, a retry publishes', async () => {
    const { huntId, owner } = await buildHunt([{ name: 'S', at: S, start: true }, { name: 'T', at: T, treasure: true }], [['S', 'T']], { funds: '50' });
    expect(codeOf(await gql(PUBLISH, { h: huntId }, { token: owner.accessToken }))).toBe('INSUFFICIENT_FUNDS');
    expect((await ok('query ($h: ID!) { hunt(id: $h) { status } }', { h: huntId }, owner.accessToken)).hunt.status).toBe('draft');
    await credit(owner.id, 'PSC', '50');
    await ok(PUBLISH, { h: huntId }, owner.accessToken);
    expect(await pscOf(owner.id, `hunt:${huntId}`)).toEqual({ balance: '0', entries: 1 });
  });

  it('publishing three times at once escrows the reward once', async () => {
    const { huntId, owner } = await buildHunt([{ name: 'S', at: S, start: true }, { name: 'T', at: T, treasure: true }], [['S', 'T']]);
    const results = await Promise.all([1, 2, 3].map(() => gql(PUBLISH, { h: huntId }, { token: owner.accessToken })));
    expect(results.filter((r) => r.data?.publishHunt.status === 'published').length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (r.errors) expect(codeOf(r)).toBe('CONFLICT');
    expect((await ok('query ($h: ID!) { hunt(id: $h) { status } }', { h: huntId }, owner.accessToken)).hunt.status).toBe('published');
    expect(await pscOf(owner.id)).toEqual({ balance: '900', entries: 0 });
    expect((await pscOf(owner.id, `hunt:${huntId}`)).entries).toBe(1);
  });

  it('closing a hunt nobody finished returns the escrow once', async () => {
    const { huntId, owner } = await buildHunt([{ name: 'S', at: S, start: true }, { name: 'T', at: T, treasure: true }], [['S', 'T']]);
    await ok(PUBLISH, { h: huntId }, owner.accessToken);
    const CLOSE = 'mutation ($h: ID!) { closeHunt(huntId: $h) { status } }';
    await Promise.all([1, 2].map(() => ok(CLOSE, { h: huntId }, owner.accessToken)));
    expect((await ok(CLOSE, { h: huntId }, owner.accessToken)).closeHunt.status).toBe('closed');
    expect(await pscOf(owner.id, `hunt:${huntId}`)).toEqual({ balance: '1000', entries: 2 });
    expect(codeOf(await gql(JOIN, { h: huntId }, { token: owner.accessToken }))).toBe('CONFLICT');
  });

  it('finds published hunts near a position, across the antimeridian, and not drafts', async () => {
    const fiji = { lat: -16.8, lng: 179.999 };
    const near = await buildHunt([{ name: 'S', at: fiji, start: true }, { name: 'T', at: offset(fiji, 30), treasure: true }], [['S', 'T']], { center: fiji, radiusMeters: 500 });
    await ok(PUBLISH, { h: near.huntId }, near.owner.accessToken);
    const draft = await buildHunt([], [], { center: fiji });
    const NEAR = 'query ($p: LatLngInput!, $r: Float!) { huntsNear(position: $p, radiusMeters: $r) { id playArea { center { lng } } } }';
    // 0.02° of longitude east of the centre, on the other side of the antimeridian (~2.1 km).
    const found = await gql(NEAR, { p: { lat: -16.8, lng: -179.981 }, r: 2_000 });
    const ids = found.data!.huntsNear.map((h: { id: string }) => h.id);
    expect(ids).toContain(near.huntId);
    expect(ids).not.toContain(draft.huntId);
    const tooFar = await gql(NEAR, { p: { lat: -16.8, lng: -179.9 }, r: 2_000 });
    expect(tooFar.data!.huntsNear.map((h: { id: string }) => h.id)).not.toContain(near.huntId);
  });
});
