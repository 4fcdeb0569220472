import { adminToken, closeDatabases, codeOf, gql, registerUser, stack, subscribe } from '@worldgraph/testenv';
import { logActivity, ok } from './helpers.ts';

afterAll(closeDatabases);

const BOARD = `query ($period: LeaderboardPeriod!, $first: Int) {
  pointsLeaderboard(period: $period, first: $first) { period since entries { rank points user { id username level { number } } } viewer { rank points } }
}`;

describe('leaderboards', () => {
  it('ranks users by points, all time and this week, with the viewer’s own rank', async () => {
    const [a, b, c] = [await registerUser(), await registerUser(), await registerUser()];
    // a: 900, b: 600, c: 300 points: far above what other tests give, so they lead the board.
    for (let i = 0; i < 30; i++) await logActivity(a.id, 'challenge_correct', `board-a-${i}`);
    for (let i = 0; i < 20; i++) await logActivity(b.id, 'challenge_correct', `board-b-${i}`);
    for (let i = 0; i < 10; i++) await logActivity(c.id, 'challenge_correct', `board-c-${i}`);
    for (const period of ['ALL_TIME', 'THIS_WEEK']) {
      const { pointsLeaderboard } = await ok(BOARD, { period, first: 3 }, c.accessToken);
      expect(pointsLeaderboard.entries.map((e: any) => [e.rank, e.user.id, e.points])).toEqual([
        [1, a.id, 900],
        [2, b.id, 600],
        [3, c.id, 300],
      ]);
      expect(pointsLeaderboard.entries[0].user).toMatchObject({ username: a.username, level: { number: 4 } });
      expect(pointsLeaderboard.viewer).toEqual({ rank: 3, points: 300 });
      expect(pointsLeaderboard.since === null).toBe(period === 'ALL_TIME');
    }
    const anonymous = await ok(BOARD, { period: 'ALL_TIME', first: 1 });
    expect(anonymous.pointsLeaderboard.viewer).toBeNull();
    const newcomer = await registerUser();
    expect((await ok(BOARD, { period: 'THIS_WEEK', first: 1 }, newcomer.accessToken)).pointsLeaderboard.viewer).toBeNull();
  });

  it('hides the points of a user whose level privacy leaves the viewer out, keeping their place', async () => {
    const [hidden, members, stranger] = [await registerUser(), await registerUser(), await registerUser()];
    const PRIVACY = 'mutation ($i: PrivacyInput!) { updatePrivacy(input: $i) { id } }';
    await ok(PRIVACY, { i: { level: 'only_me' } }, hidden.accessToken);
    await ok(PRIVACY, { i: { level: 'signed_in' } }, members.accessToken);
    // 270 and 240 points: below the first test's board (its top three stay theirs), above most users, on a board of 100.
    for (let i = 0; i < 9; i++) await logActivity(hidden.id, 'challenge_correct', `hidden-${i}`);
    for (let i = 0; i < 8; i++) await logActivity(members.id, 'challenge_correct', `members-${i}`);
    const seen = async (token?: string) => {
      const { pointsLeaderboard } = await ok(BOARD, { period: 'ALL_TIME', first: 100 }, token);
      const of = (id: string) => pointsLeaderboard.entries.find((e: any) => e.user.id === id);
      return { hidden: of(hidden.id), members: of(members.id), viewer: pointsLeaderboard.viewer };
    };
    const anonymous = await seen();
    expect(anonymous.hidden).toMatchObject({ rank: expect.any(Number), points: null, user: { level: null } });
    expect(anonymous.members).toMatchObject({ points: null, user: { level: null } });
    const other = await seen(stranger.accessToken);
    expect(other.hidden).toMatchObject({ points: null, user: { level: null } });
    expect(other.members).toMatchObject({ points: 240, user: { level: { number: expect.any(Number) } } });
    expect(other.hidden.rank).toBeLessThan(other.members.rank);
    const self = await seen(hidden.accessToken);
    expect(self.hidden.points).toBe(270);
    expect(self.viewer).toEqual({ rank: self.hidden.rank, points: 270 });
    expect((await seen(await adminToken())).hidden.points).toBe(270);
  });
});

describe('levelHistory and levelChanged', () => {
  it('streams the viewer’s own level changes live and keeps them in their history, for them only', async () => {
    const [user, other] = [await registerUser(), await registerUser()];
    const sub = await subscribe('subscription { levelChanged { fromLevel toLevel name points } }', {}, { token: user.accessToken });
    try {
      for (let i = 0; i < 4; i++) await logActivity(other.id, 'challenge_correct', `live-other-${i}`);
      for (let i = 0; i < 4; i++) await logActivity(user.id, 'challenge_correct', `live-${i}`);
      // 120 points, plus 5 if the subscriber's socket counted as today's sign-in (accounts' presence) first.
      expect((await sub.nth(1)).data).toEqual({ levelChanged: { fromLevel: 1, toLevel: 2, name: 'Surveyor', points: expect.any(Number) } });
      expect([120, 125]).toContain(sub.results[0]!.data!.levelChanged.points);
    } finally {
      await sub.close();
    }
    const HISTORY = 'query ($id: ID!) { user(id: $id) { levelHistory { fromLevel toLevel name points at } } }';
    const mine = await ok(HISTORY, { id: user.id }, user.accessToken);
    expect(mine.user.levelHistory).toEqual([{ fromLevel: 1, toLevel: 2, name: 'Surveyor', points: sub.results[0]!.data!.levelChanged.points, at: expect.any(String) }]);
    expect((await ok(HISTORY, { id: user.id }, other.accessToken)).user.levelHistory).toBeNull();
    const anonymous = await subscribe('subscription { levelChanged { toLevel } }', {}, { url: stack().subgraphs.progression });
    try {
      expect((await anonymous.nth(1)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await anonymous.close();
    }
    expect(codeOf(await gql('{ pointsLeaderboard(first: 1) { entries { rank } } }'))).toBeUndefined();
  });
});
