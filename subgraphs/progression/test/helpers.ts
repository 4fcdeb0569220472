// Shared operations of the progression tests: levels through the router, internal calls, polling.
import { randomUUID } from 'node:crypto';
import { boughtParcel, database, gql, registerUser, serviceToken, stack, type TestUser } from '@worldgraph/testenv';
import { ok, eventually } from '@worldgraph/testenv';

/** The shared test helpers of @worldgraph/testenv, for the tests that import them from here. */
export { ok, eventually };

/** A user's level through the router (accounts' user, progression's level). */
export async function levelOf(userId: string): Promise<{ number: number; name: string; points: number; pointsToNext: number | null }> {
  const data = await ok('query ($id: ID!) { user(id: $id) { level { number name points pointsToNext } } }', { id: userId });
  return data.user.level;
}

/** The activities scored for a user, from progression's database: activity → [points, capped] per row. */
export async function activitiesOf(userId: string): Promise<{ activity: string; points: number; capped: boolean; sourceId: string }[]> {
  const { rows } = await database('progression').query(
    'SELECT activity, points, capped, source_id AS "sourceId" FROM user_activities WHERE user_id = $1 ORDER BY id',
    [userId],
  );
  return rows;
}

const LOG = `mutation ($input: LogActivityInput!) {
  logActivity(input: $input) { activity points capped duplicate level { number points pointsToNext } }
}`;

/** logActivity straight on the subgraph with a service credential (as another context calls it). */
export async function logActivity(userId: string, activity: string, sourceId: string = randomUUID(), token?: string) {
  return gql(LOG, { input: { userId, activity, sourceId } }, { url: stack().subgraphs.progression, token: token ?? (await serviceToken('hunts')) });
}

/** A user who bought a parcel from the world (features' FeatureSold names them the buyer), claimed for this test alone. */
export async function parcelBuyer(): Promise<{ user: TestUser; parcel: string }> {
  const user = await registerUser();
  return { user, parcel: await boughtParcel(user) };
}

export const QUESTION = `query ($r: ID!) { challengeQuestion(roundId: $r) { text choices { id text } round { id status closesAt } } }`;
export const ANSWER = `mutation ($r: ID!, $c: ID!) {
  submitChallengeAnswer(roundId: $r, choiceId: $c) { correct answeredAt points prize { id rank asset amount paid } round { id winners } }
}`;

/** As the admin: a question (the right choice is `choices[correct]`) and a round of it open from now for `seconds`. */
export async function openRound(
  admin: string,
  { seconds = 120, opensIn = 0, pool }: { seconds?: number; opensIn?: number; pool?: { asset: string; amountEach: string; winnerLimit: number } } = {},
  choices = ['Red', 'Green', 'Blue', 'Yellow'],
  correct = 2,
): Promise<{ roundId: string; questionId: string; closesAt: Date; right: string }> {
  const { createChallengeQuestion } = await ok(
    'mutation ($i: ChallengeQuestionInput!) { createChallengeQuestion(input: $i) { id } }',
    { i: { text: `Which colour? ${randomUUID()}`, choices, correctIndex: correct } },
    admin,
  );
  const opensAt = new Date(Date.now() + opensIn * 1000);
  const closesAt = new Date(opensAt.getTime() + seconds * 1000);
  const { scheduleChallengeRound } = await ok(
    'mutation ($i: ScheduleRoundInput!) { scheduleChallengeRound(input: $i) { id } }',
    { i: { questionId: createChallengeQuestion.id, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString(), prizePool: pool ?? null } },
    admin,
  );
  return { roundId: scheduleChallengeRound.id, questionId: createChallengeQuestion.id, closesAt, right: choices[correct]! };
}

/** Runs `fn` over `items`, `limit` at a time. */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  }));
  return out;
}
