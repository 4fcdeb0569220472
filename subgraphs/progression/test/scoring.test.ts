import { Redis } from 'ioredis';
import { closeDatabases, codeOf, database, registerUser, stack } from '@worldgraph/testenv';
import { activitiesOf, eventually, levelOf, logActivity, parcelBuyer } from './helpers.ts';
import { publishedHunt } from './hunt.ts';

afterAll(closeDatabases);

/** Appends an event to a context's stream again, exactly as the relay wrote it: a redelivery. */
async function redeliver(context: string, eventId: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL!);
  try {
    const key = `${stack().redisPrefix}events:${context}`;
    const entries = (await redis.xrange(key, '-', '+')) as [string, string[]][];
    const raw = entries.map(([, fields]) => fields[1]!).find((json) => JSON.parse(json).id === eventId);
    if (!raw) throw new Error(`event ${eventId} is not on the stream`);
    await redis.xadd(key, '*', 'event', raw);
  } finally {
    redis.disconnect();
  }
}

describe('activity points from other contexts’ events', () => {
  it('scores a parcel purchase (features) once, even when the event is delivered again', async () => {
    const { user } = await parcelBuyer();
    await eventually(() => activitiesOf(user.id), (rows) => rows.some((r) => r.activity === 'parcel_bought'));
    expect((await levelOf(user.id)).points).toBe(50);

    const [first] = (await activitiesOf(user.id)).filter((r) => r.activity === 'parcel_bought');
    await redeliver('features', first!.sourceId);
    // A later purchase on the same stream is consumed after the repeat: once it scored, the repeat was handled.
    const { user: later } = await parcelBuyer();
    await eventually(() => activitiesOf(later.id), (rows) => rows.some((r) => r.activity === 'parcel_bought'));
    expect((await activitiesOf(user.id)).filter((r) => r.activity === 'parcel_bought')).toHaveLength(1);
    expect(await levelOf(user.id)).toEqual({ number: 1, name: 'Settler', points: 50, pointsToNext: 50 });
  });

  it('scores discovering clues and finishing a hunt (hunts), once each', async () => {
    const play = await publishedHunt();
    const player = await registerUser();
    await play(player.accessToken);
    const rows = await eventually(() => activitiesOf(player.id), (r) => r.length === 3);
    expect(rows.map((r) => [r.activity, r.points]).sort()).toEqual([['clue_discovered', 10], ['clue_discovered', 10], ['hunt_finished', 40]]);
    await redeliver('hunts', rows.find((r) => r.activity === 'hunt_finished')!.sourceId);
    const other = await registerUser();
    await play(other.accessToken);
    await eventually(() => activitiesOf(other.id), (r) => r.length === 3);
    expect(await activitiesOf(player.id)).toHaveLength(3);
    expect((await levelOf(player.id)).points).toBe(60);
  });
});

describe('logActivity (internal)', () => {
  it('keeps to the daily cap, even for concurrent calls, and counts a repeated source once', async () => {
    const user = await registerUser();
    // daily_sign_in: 5 points, at most once a day.
    const results = await Promise.all(Array.from({ length: 8 }, () => logActivity(user.id, 'daily_sign_in')));
    expect(results.every((r) => !r.errors)).toBe(true);
    const scored = results.filter((r) => r.data!.logActivity.points === 5);
    expect(scored).toHaveLength(1);
    expect(results.filter((r) => r.data!.logActivity.capped)).toHaveLength(7);
    expect((await levelOf(user.id)).points).toBe(5);

    const again = await logActivity(user.id, 'challenge_correct', 'round-1');
    expect(again.data!.logActivity).toMatchObject({ points: 30, duplicate: false });
    const repeat = await logActivity(user.id, 'challenge_correct', 'round-1');
    expect(repeat.data!.logActivity).toMatchObject({ points: 0, duplicate: true, level: { points: 35 } });
  });

  it('is for services only, hidden from the router, and refuses unknown activities and users', async () => {
    const user = await registerUser();
    expect(codeOf(await logActivity(user.id, 'daily_sign_in', undefined, user.accessToken))).toBe('FORBIDDEN');
    expect(codeOf(await logActivity(user.id, 'no_such_activity'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await logActivity('not-a-user', 'daily_sign_in'))).toBe('NOT_FOUND');
    const viaRouter = await (await import('@worldgraph/testenv')).gql('mutation { logActivity(input: { userId: "x", activity: "y", sourceId: "z" }) { points } }', {}, { token: user.accessToken });
    expect(codeOf(viaRouter)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('levels', () => {
  it('moves a user up when the points reach a threshold: history, LevelChanged and a notification', async () => {
    const user = await registerUser();
    for (let i = 0; i < 4; i++) await logActivity(user.id, 'challenge_correct', `level-up-${i}`);
    expect(await levelOf(user.id)).toEqual({ number: 2, name: 'Surveyor', points: 120, pointsToNext: 180 });
    const { rows } = await database('progression').query("SELECT payload FROM outbox_events WHERE type = 'LevelChanged' AND aggregate_id = $1", [user.id]);
    expect(rows.map((r) => r.payload)).toEqual([expect.objectContaining({ userId: user.id, fromLevel: 1, toLevel: 2, name: 'Surveyor', points: 120 })]);
    const notes = await eventually(
      async () => (await database('notifications').query("SELECT kind, title FROM notifications WHERE user_id = $1", [user.id])).rows,
      (r) => r.length > 0,
    );
    expect(notes).toEqual([{ kind: 'level_up', title: 'Level 2: Surveyor' }]);
  });
});
