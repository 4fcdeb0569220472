import { closeDatabases, codeOf, database, gql, registerUser } from '@worldgraph/testenv';
import { buildHunt, DISCOVER, JOIN, ok, offset, PARIS, pscOf, PUBLISH } from './helpers.ts';

afterAll(closeDatabases);

// S → A → T and S → B → T: a start, two branches, a treasure; 20 m steps.
const S = PARIS;
const A = offset(PARIS, 20);
const B = offset(PARIS, 0, 20);
const T = offset(PARIS, 40);
const CLUES = [
  { name: 'S', at: S, start: true },
  { name: 'A', at: A },
  { name: 'B', at: B },
  { name: 'T', at: T, treasure: true },
];
const PATHS: [string, string][] = [['S', 'A'], ['S', 'B'], ['A', 'T'], ['B', 'T']];
const at = (p: { lat: number; lng: number }, accuracy = 5) => ({ ...p, accuracy });

describe('a partner builds, publishes and funds a hunt; two players play it', () => {
  it('escrows the reward, refuses bad moves with clear codes, pays the first finisher once', async () => {
    const hunt = await buildHunt(CLUES, PATHS);
    const { huntId, clues, owner } = hunt;
    const reference = `hunt:${huntId}`;

    // Not open yet: players cannot join a draft.
    const [p1, p2] = [await registerUser(), await registerUser()];
    expect(codeOf(await gql(JOIN, { h: huntId }, { token: p1.accessToken }))).toBe('CONFLICT');

    const published = await ok(PUBLISH, { h: huntId }, owner.accessToken);
    expect(published.publishHunt.status).toBe('published');
    expect(await pscOf(owner.id, reference)).toEqual({ balance: '900', entries: 1 });
    // Publishing again changes nothing and charges nothing.
    await ok(PUBLISH, { h: huntId }, owner.accessToken);
    expect(await pscOf(owner.id, reference)).toEqual({ balance: '900', entries: 1 });

    // Playing needs joining first.
    expect(codeOf(await gql(DISCOVER, { h: huntId, c: clues.S, p: at(S) }, { token: p1.accessToken }))).toBe('FORBIDDEN');
    const joined = await ok(JOIN, { h: huntId }, p1.accessToken);
    expect((await ok(JOIN, { h: huntId }, p1.accessToken)).joinHunt.id).toBe(joined.joinHunt.id);
    await ok(JOIN, { h: huntId }, p2.accessToken);

    // The first clues are the start clues, riddles only.
    const mine = await ok('{ myParticipations { hunt { id } nextClues { id riddle hint treasure } } }', {}, p1.accessToken);
    expect(mine.myParticipations).toEqual([{ hunt: { id: huntId }, nextClues: [{ id: clues.S, riddle: 'Riddle of S', hint: 'Hint of S', treasure: false }] }]);
    const noLocation = await gql('{ myParticipations { nextClues { location { lat } } } }', {}, { token: p1.accessToken });
    expect(codeOf(noLocation)).toBe('GRAPHQL_VALIDATION_FAILED');

    // Wrong clue, skipped clue, out of radius.
    expect(codeOf(await gql(DISCOVER, { h: huntId, c: '00000000-0000-4000-8000-000000000000', p: at(S) }, { token: p1.accessToken }))).toBe('NOT_FOUND');
    const skipped = await gql(DISCOVER, { h: huntId, c: clues.A, p: at(A) }, { token: p1.accessToken });
    expect(skipped.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CLUE_NOT_NEXT' });
    const far = await gql(DISCOVER, { h: huntId, c: clues.S, p: at(offset(S, -60)) }, { token: p1.accessToken });
    expect(far.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUT_OF_RADIUS', distanceMeters: 60 });

    // Start, then either branch; the treasure only after a branch.
    const atStart = await ok(DISCOVER, { h: huntId, c: clues.S, p: at(offset(S, 8)) }, p1.accessToken);
    expect(atStart.discoverClue).toMatchObject({ status: 'playing', cluesFound: 1 });
    expect(atStart.discoverClue.nextClues.map((c: { id: string }) => c.id)).toEqual([clues.A, clues.B].sort());
    const jump = await gql(DISCOVER, { h: huntId, c: clues.T, p: at(T) }, { token: p1.accessToken });
    expect(jump.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CLUE_NOT_NEXT' });
    await ok(DISCOVER, { h: huntId, c: clues.A, p: at(A) }, p1.accessToken);

    // The final call, retried three times at once: one finish, one payment.
    const finals = await Promise.all([1, 2, 3].map(() => gql(DISCOVER, { h: huntId, c: clues.T, p: at(T) }, { token: p1.accessToken })));
    for (const f of finals) expect(f.data?.discoverClue).toEqual({ id: joined.joinHunt.id, status: 'finished', cluesFound: 3, rewardPaid: true, nextClues: [] });
    const again = await ok(DISCOVER, { h: huntId, c: clues.T, p: at(T) }, p1.accessToken);
    expect(again.discoverClue.rewardPaid).toBe(true);
    expect(await pscOf(p1.id, reference)).toEqual({ balance: '100', entries: 1 });

    // The second player walks the other branch part way.
    await ok(DISCOVER, { h: huntId, c: clues.S, p: at(S) }, p2.accessToken);
    await ok(DISCOVER, { h: huntId, c: clues.B, p: at(B) }, p2.accessToken);

    const board = await ok(
      'query ($h: ID!) { hunt(id: $h) { status winner { id username } participantCount leaderboard { rank user { id } finished cluesFound } } }',
      { h: huntId },
      p2.accessToken,
    );
    expect(board.hunt).toEqual({
      status: 'published',
      winner: { id: p1.id, username: p1.username },
      participantCount: 2,
      leaderboard: [
        { rank: 1, user: { id: p1.id }, finished: true, cluesFound: 3 },
        { rank: 2, user: { id: p2.id }, finished: false, cluesFound: 2 },
      ],
    });

    // User.participations extends accounts' User, for that user only.
    const me = await ok('{ me { username participations { status cluesFound discoveries { clue { id } location { lat } } hunt { title } } } }', {}, p2.accessToken);
    expect(me.me.participations).toHaveLength(1);
    expect(me.me.participations[0]).toMatchObject({ status: 'playing', cluesFound: 2 });
    expect(me.me.participations[0].discoveries.map((d: { clue: { id: string } }) => d.clue.id)).toEqual([clues.S, clues.B]);

    // Closing keeps the paid reward paid and lets nobody else in.
    await ok('mutation ($h: ID!) { closeHunt(huntId: $h) { status } }', { h: huntId }, owner.accessToken);
    const closed = await gql(DISCOVER, { h: huntId, c: clues.A, p: at(A) }, { token: p2.accessToken });
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HUNT_NOT_OPEN' });
    expect(await pscOf(owner.id, reference)).toEqual({ balance: '900', entries: 1 });

    // Every step left its event in the outbox.
    const { rows } = await database('hunts').query('SELECT type, count(*)::int AS n FROM outbox_events WHERE aggregate_id = $1 GROUP BY type ORDER BY type', [huntId]);
    expect(rows).toEqual([
      { type: 'ClueDiscovered', n: 5 },
      { type: 'HuntClosed', n: 1 },
      { type: 'HuntFinished', n: 1 },
      { type: 'HuntPublished', n: 1 },
      { type: 'ParticipantJoined', n: 2 },
      { type: 'RewardPaid', n: 1 },
    ]);
  });

  it('refuses impossible travel between two discoveries and records it', async () => {
    const far = offset(PARIS, 30_000); // 30 km north, found "one second" later
    const { huntId, clues, owner } = await buildHunt(
      [{ name: 'S', at: S, start: true }, { name: 'F', at: far, treasure: true }],
      [['S', 'F']],
      { radiusMeters: 50_000 },
    );
    await ok(PUBLISH, { h: huntId }, owner.accessToken);
    const player = await registerUser();
    await ok(JOIN, { h: huntId }, player.accessToken);
    await ok(DISCOVER, { h: huntId, c: clues.S, p: at(S) }, player.accessToken);
    const res = await gql(DISCOVER, { h: huntId, c: clues.F, p: at(far) }, { token: player.accessToken });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'IMPOSSIBLE_TRAVEL' });
    const { rows } = await database('hunts').query(
      'SELECT m.clue_id::text, m.speed_mps > 70 AS too_fast FROM suspicious_moves m JOIN participations p ON p.id = m.participation_id WHERE p.user_id = $1',
      [player.id],
    );
    expect(rows).toEqual([{ clue_id: clues.F, too_fast: true }]);
    expect(await pscOf(player.id, `hunt:${huntId}`)).toEqual({ balance: '0', entries: 0 });
  });
});
