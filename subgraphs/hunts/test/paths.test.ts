import { closeDatabases, codeOf, gql, registerUser } from '@worldgraph/testenv';
import { buildHunt, DISCOVER, JOIN, ok, offset, PARIS, PUBLISH } from './helpers.ts';

afterAll(closeDatabases);

// A diamond with a long way round: S → A → T, S → B → T, S → C → D → T, and a cycle D → C.
const at = (north: number, east = 0) => offset(PARIS, north, east);
const CLUES = [
  { name: 'S', at: at(0), start: true },
  { name: 'A', at: at(20) },
  { name: 'B', at: at(0, 20) },
  { name: 'C', at: at(-20) },
  { name: 'D', at: at(-20, 20) },
  { name: 'T', at: at(40), treasure: true },
];
const PATHS: [string, string][] = [['S', 'A'], ['S', 'B'], ['S', 'C'], ['C', 'D'], ['D', 'C'], ['A', 'T'], ['B', 'T'], ['D', 'T']];

describe('shortest path and next clues through the router (on the stack\'s clue-graph store)', () => {
  it('gives partners the fewest-steps path (smallest ids on a tie) and players their next riddles', async () => {
    const { huntId, clues, owner } = await buildHunt(CLUES, PATHS);
    const SHORTEST = 'query ($h: ID!, $f: ID!, $t: ID!) { hunt(id: $h) { shortestPath(from: $f, to: $t) { id name } } }';
    const path = async (f: string, t: string) => (await ok(SHORTEST, { h: huntId, f: clues[f], t: clues[t] }, owner.accessToken)).hunt.shortestPath;

    const viaBranch = [clues.A!, clues.B!].sort()[0] === clues.A ? 'A' : 'B';
    expect((await path('S', 'T')).map((c: { name: string }) => c.name)).toEqual(['S', viaBranch, 'T']);
    expect((await path('C', 'T')).map((c: { name: string }) => c.name)).toEqual(['C', 'D', 'T']);
    expect((await path('D', 'C')).map((c: { name: string }) => c.name)).toEqual(['D', 'C']);
    expect(await path('T', 'S')).toBeNull();
    expect((await path('S', 'S')).map((c: { name: string }) => c.name)).toEqual(['S']);

    const stranger = await registerUser();
    // A stranger does not even see the draft.
    expect((await gql(SHORTEST, { h: huntId, f: clues.S, t: clues.T }, { token: stranger.accessToken })).data).toEqual({ hunt: null });

    await ok(PUBLISH, { h: huntId }, owner.accessToken);
    expect(codeOf(await gql(SHORTEST, { h: huntId, f: clues.S, t: clues.T }, { token: stranger.accessToken }))).toBe('FORBIDDEN');

    const player = await registerUser();
    await ok(JOIN, { h: huntId }, player.accessToken);
    const r1 = await ok(DISCOVER, { h: huntId, c: clues.S, p: { ...CLUES[0]!.at, accuracy: 3 } }, player.accessToken);
    expect(r1.discoverClue.nextClues.map((c: { id: string }) => c.id)).toEqual([clues.A, clues.B, clues.C].sort());
    const r2 = await ok(DISCOVER, { h: huntId, c: clues.C, p: { ...CLUES[3]!.at, accuracy: 3 } }, player.accessToken);
    // Found S and C: next are A, B (from S) and D (from C), never a found clue.
    expect(r2.discoverClue.nextClues.map((c: { id: string }) => c.id)).toEqual([clues.A, clues.B, clues.D].sort());
    const r3 = await ok(DISCOVER, { h: huntId, c: clues.D, p: { ...CLUES[4]!.at, accuracy: 3 } }, player.accessToken);
    expect(r3.discoverClue.nextClues.map((c: { id: string }) => c.id)).toEqual([clues.A, clues.B, clues.T].sort());
    expect(r3.discoverClue.nextClues.find((c: { id: string }) => c.id === clues.T)).toEqual({ id: clues.T, riddle: 'Riddle of T', hint: 'Hint of T', treasure: true });
  });
});
