import { adminToken, closeDatabases, codeOf, gql, registerUser } from '@worldgraph/testenv';
import { logActivity, ok, openRound, QUESTION } from './helpers.ts';

afterAll(closeDatabases);

const UPSERT_LEVEL = 'mutation ($i: LevelInput!) { upsertLevel(input: $i) { number name threshold perks } }';
const UPSERT_RULE = 'mutation ($i: ActivityRuleInput!) { upsertActivityRule(input: $i) { activity points dailyCap match sourceContext eventType active } }';

describe('admin', () => {
  it('manages levels: adds, renames and removes one; level 1 stays at 0; players may not', async () => {
    const admin = await adminToken();
    const player = await registerUser();
    const level = { number: 60, name: 'Legend', threshold: 1_000_000, perks: ['Statue'] };
    expect(codeOf(await gql(UPSERT_LEVEL, { i: level }, { token: player.accessToken }))).toBe('FORBIDDEN');
    expect((await ok(UPSERT_LEVEL, { i: level }, admin)).upsertLevel).toEqual(level);
    expect((await ok(UPSERT_LEVEL, { i: { ...level, name: 'Living legend' } }, admin)).upsertLevel.name).toBe('Living legend');
    expect((await ok('{ levels { number name } }')).levels).toContainEqual({ number: 60, name: 'Living legend' });
    expect(codeOf(await gql(UPSERT_LEVEL, { i: { number: 61, name: 'Twin', threshold: 1_000_000 } }, { token: admin }))).toBe('CONFLICT');
    expect(codeOf(await gql(UPSERT_LEVEL, { i: { number: 1, name: 'Settler', threshold: 5 } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(UPSERT_LEVEL, { i: { number: 62, name: '', threshold: 2_000_000 } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect((await ok('mutation { deleteLevel(number: 60) }', {}, admin)).deleteLevel).toBe(true);
    expect(codeOf(await gql('mutation { deleteLevel(number: 60) }', {}, { token: admin }))).toBe('NOT_FOUND');
    expect(codeOf(await gql('mutation { deleteLevel(number: 1) }', {}, { token: admin }))).toBe('BAD_USER_INPUT');
  });

  it('manages activity rules as data: a new rule scores at once, with its cap', async () => {
    const admin = await adminToken();
    const rule = { activity: 'tutorial_read', description: 'Reading a tutorial', points: 7, dailyCap: 2 };
    expect((await ok(UPSERT_RULE, { i: rule }, admin)).upsertActivityRule).toEqual({ activity: 'tutorial_read', points: 7, dailyCap: 2, match: '{}', sourceContext: null, eventType: null, active: true });
    const rules = (await ok('{ activityRules { activity points dailyCap sourceContext eventType userField } }', {}, admin)).activityRules;
    expect(rules).toContainEqual({ activity: 'parcel_bought', points: 50, dailyCap: 10, sourceContext: 'features', eventType: 'FeatureSold', userField: 'buyerId' });
    const user = await registerUser();
    const points = [];
    for (let i = 0; i < 3; i++) points.push((await logActivity(user.id, 'tutorial_read')).data!.logActivity.points);
    expect(points).toEqual([7, 7, 0]);
    expect(codeOf(await gql(UPSERT_RULE, { i: { ...rule, match: '[1]' } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(UPSERT_RULE, { i: { ...rule, sourceContext: 'features' } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(UPSERT_RULE, { i: { ...rule, activity: 'Bad Name' } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql('{ activityRules { activity } }', {}, { token: user.accessToken }))).toBe('FORBIDDEN');
  });

  it('manages questions and rounds: checks them, shows the answer to admins only, cancels a round', async () => {
    const admin = await adminToken();
    const player = await registerUser();
    const CREATE = 'mutation ($i: ChallengeQuestionInput!) { createChallengeQuestion(input: $i) { id correctIndex } }';
    expect(codeOf(await gql(CREATE, { i: { text: 'Q?', choices: ['only one'], correctIndex: 0 } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(CREATE, { i: { text: 'Q?', choices: ['a', 'b'], correctIndex: 2 } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(CREATE, { i: { text: 'Q?', choices: ['a', 'a'], correctIndex: 0 } }, { token: admin }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(CREATE, { i: { text: 'Q?', choices: ['a', 'b'], correctIndex: 0 } }, { token: player.accessToken }))).toBe('FORBIDDEN');
    const { createChallengeQuestion: q } = await ok(CREATE, { i: { text: 'Q?', choices: ['a', 'b'], correctIndex: 1 } }, admin);
    const SCHEDULE = 'mutation ($i: ScheduleRoundInput!) { scheduleChallengeRound(input: $i) { id } }';
    const soon = (s: number) => new Date(Date.now() + s * 1000).toISOString();
    const bad = async (i: Record<string, unknown>) => codeOf(await gql(SCHEDULE, { i: { questionId: q.id, opensAt: soon(0), closesAt: soon(60), ...i } }, { token: admin }));
    expect(await bad({ closesAt: soon(-10) })).toBe('BAD_USER_INPUT');
    expect(await bad({ prizePool: { asset: 'NOPE', amountEach: '1', winnerLimit: 1 } })).toBe('BAD_USER_INPUT');
    expect(await bad({ prizePool: { asset: 'PSC', amountEach: '0', winnerLimit: 1 } })).toBe('BAD_USER_INPUT');
    expect(await bad({ questionId: 'nope' })).toBe('NOT_FOUND');

    const { roundId } = await openRound(admin, { seconds: 60 });
    const rounds = (await ok('{ challengeRounds(first: 100) { id status question { correctIndex choices } } }', {}, admin)).challengeRounds;
    expect(rounds.find((r: { id: string }) => r.id === roundId)).toEqual({ id: roundId, status: 'OPEN', question: { correctIndex: 2, choices: ['Red', 'Green', 'Blue', 'Yellow'] } });
    expect(codeOf(await gql('{ challengeTimings { open { question { correctIndex } } } }', {}, { token: player.accessToken }))).toBe('FORBIDDEN');
    expect(codeOf(await gql('{ challengeRounds { id } }', {}, { token: player.accessToken }))).toBe('FORBIDDEN');

    expect((await ok('mutation ($id: ID!) { cancelChallengeRound(id: $id) { status } }', { id: roundId }, admin)).cancelChallengeRound.status).toBe('CANCELLED');
    expect(codeOf(await gql(QUESTION, { r: roundId }, { token: player.accessToken }))).toBe('NOT_FOUND');
  });
});
