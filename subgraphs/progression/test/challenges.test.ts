import { adminToken, closeDatabases, codeOf, database, gql, registerUser, type TestUser } from '@worldgraph/testenv';
import { ANSWER, eventually, levelOf, ok, openRound, pool, QUESTION } from './helpers.ts';

afterAll(closeDatabases);

const TIMINGS = '{ challengeTimings { now open { id status closesAt prizePool { asset amountEach winnerLimit } } upcoming { id status opensAt } } }';

describe('a challenge round with a prize pool', () => {
  it('200 concurrent answerers, a pool of 10: exactly the first 10 right answers win, each paid once; the ledger adds up', async () => {
    const admin = await adminToken();
    const { roundId, right } = await openRound(admin, { seconds: 300, pool: { asset: 'PSC', amountEach: '25', winnerLimit: 10 } });
    const timings = await ok(TIMINGS);
    expect(timings.challengeTimings.open).toContainEqual({ id: roundId, status: 'OPEN', closesAt: expect.any(String), prizePool: { asset: 'PSC', amountEach: '25', winnerLimit: 10 } });

    const users: TestUser[] = await pool(Array.from({ length: 200 }), 8, () => registerUser());
    const questions = await pool(users, 16, async (u) => (await ok(QUESTION, { r: roundId }, u.accessToken)).challengeQuestion);
    // The same question for everyone, never the answer; the order is each user's own, and stable.
    expect(new Set(questions.map((q) => q.text)).size).toBe(1);
    expect(new Set(questions.map((q) => q.choices.map((c: { text: string }) => c.text).sort().join()))).toEqual(new Set(['Blue,Green,Red,Yellow']));
    expect(new Set(questions.map((q) => q.choices.map((c: { text: string }) => c.text).join())).size).toBeGreaterThan(1);
    expect(JSON.stringify(questions[0])).not.toMatch(/correct/i);
    expect((await ok(QUESTION, { r: roundId }, users[0]!.accessToken)).challengeQuestion).toEqual(questions[0]);

    // 160 answer right, 40 wrong, all at once.
    const choiceOf = (i: number) => questions[i].choices.find((c: { text: string }) => (i < 160 ? c.text === right : c.text !== right)).id;
    const answers = await Promise.all(users.map((u, i) => gql(ANSWER, { r: roundId, c: choiceOf(i) }, { token: u.accessToken })));
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const results = answers.map((a) => a.data!.submitChallengeAnswer);
    expect(results.filter((r) => r.correct)).toHaveLength(160);
    expect(results.filter((r, i) => r.correct && i >= 160)).toEqual([]);
    expect(results.filter((r) => r.correct).every((r) => r.points === 30)).toBe(true);
    const winners = results.map((r, i) => ({ r, user: users[i]! })).filter(({ r }) => r.prize);
    expect(winners).toHaveLength(10);
    expect(winners.map(({ r }) => r.prize.rank).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(winners.every(({ r }) => r.correct && r.prize.amount === '25' && r.prize.asset === 'PSC')).toBe(true);

    // The first prize payments lost the wallet's answer (a test fault): the sweeper pays them, once.
    const paid = await eventually(
      async () => (await database('progression').query('SELECT count(*)::int AS n FROM prizes WHERE round_id = $1 AND paid_at IS NOT NULL', [roundId])).rows[0].n,
      (n) => n === 10,
    );
    expect(paid).toBe(10);
    const { rows: ledger } = await database('wallet').query('SELECT user_id::text AS "userId", amount::text FROM ledger_entries WHERE reference = $1', [`challenge:${roundId}`]);
    expect(ledger).toHaveLength(10);
    expect(new Set(ledger.map((e) => e.userId))).toEqual(new Set(winners.map(({ user }) => user.id)));
    // Balances through the router: 25 PSC for each winner, nothing for the others; 250 in all.
    const balances = await pool(users, 16, async (u) => Number((await ok('{ me { wallet { balance(asset: "PSC") { amount } } } }', {}, u.accessToken)).me.wallet.balance.amount));
    expect(balances.reduce((a, b) => a + b, 0)).toBe(250);
    expect(users.filter((_, i) => balances[i] === 25).map((u) => u.id).sort()).toEqual(winners.map(({ user }) => user.id).sort());
    const mine = await ok('{ myPrizes { rank amount paid round { id winners } } }', {}, winners[0]!.user.accessToken);
    expect(mine.myPrizes).toEqual([{ rank: winners[0]!.r.prize.rank, amount: '25', paid: true, round: { id: roundId, winners: 10 } }]);

    // Right answers score from their ChallengeAnswered events (the rule table), once each.
    expect((await eventually(() => levelOf(users[0]!.id), (l) => l.points >= 30)).points).toBe(30);
    expect((await levelOf(users[199]!.id)).points).toBe(0);

    // One answer per user per question.
    const again = await gql(ANSWER, { r: roundId, c: choiceOf(0) }, { token: users[0]!.accessToken });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ANSWERED' });
    const myAnswer = await ok('{ challengeTimings { open { id myAnswer { correct points prize { rank } } } } }', {}, users[0]!.accessToken);
    expect(myAnswer.challengeTimings.open.find((r: { id: string }) => r.id === roundId).myAnswer).toMatchObject({ correct: true, points: 30 });
  }, 300_000);
});

describe('answers refused', () => {
  it('late (received at or after the close, whatever was sent), before the open, and for another round or user', async () => {
    const admin = await adminToken();
    const [u, v] = [await registerUser(), await registerUser()];
    // The short round's question is fetched at once, while it is open: its window counts from before the
    // two admin mutations that make it, so 3 s (with another round made in between) could pass on a loaded machine.
    const short = await openRound(admin, { seconds: 10 });
    const q = (await ok(QUESTION, { r: short.roundId }, u.accessToken)).challengeQuestion;
    const other = await openRound(admin, { seconds: 120 });
    const qOther = (await ok(QUESTION, { r: other.roundId }, u.accessToken)).challengeQuestion;
    const qV = (await ok(QUESTION, { r: other.roundId }, v.accessToken)).challengeQuestion;

    // A choice of another round, or another user's id for the same choice: not this round's.
    const wrongRound = await gql(ANSWER, { r: other.roundId, c: q.choices[0].id }, { token: u.accessToken });
    expect(wrongRound.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_ROUND' });
    const othersId = await gql(ANSWER, { r: other.roundId, c: qV.choices[0].id }, { token: u.accessToken });
    expect(othersId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_ROUND' });
    expect((await ok(ANSWER, { r: other.roundId, c: qOther.choices[0].id }, u.accessToken)).submitChallengeAnswer.round.id).toBe(other.roundId);

    // Wait out the short round, then answer with the question fetched while it was open.
    await new Promise((r) => setTimeout(r, Math.max(0, short.closesAt.getTime() - Date.now()) + 50));
    const late = await gql(ANSWER, { r: short.roundId, c: q.choices[0].id }, { token: u.accessToken });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_CLOSED' });
    expect((await gql(QUESTION, { r: short.roundId }, { token: u.accessToken })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_CLOSED' });
    const { rows } = await database('progression').query('SELECT count(*)::int AS n FROM answers WHERE round_id = $1', [short.roundId]);
    expect(rows[0].n).toBe(0);

    const upcoming = await openRound(admin, { seconds: 60, opensIn: 600 });
    expect((await gql(QUESTION, { r: upcoming.roundId }, { token: u.accessToken })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_NOT_OPEN' });
    expect((await ok(TIMINGS)).challengeTimings.upcoming).toContainEqual({ id: upcoming.roundId, status: 'UPCOMING', opensAt: expect.any(String) });
    expect(codeOf(await gql(QUESTION, { r: 'no-such-round' }, { token: u.accessToken }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(QUESTION, { r: other.roundId }))).toBe('UNAUTHENTICATED');
  });
});
