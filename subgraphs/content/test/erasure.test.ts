// Erasure: accounts' one UserErased event makes content forget the person's comments, likes,
// views, interactions and reminders, with the counters following.
import { closeDatabases, database, gql, registerUser } from '@worldgraph/testenv';
import { adminUser, COMMENT, COMMENTS, CREATE_EVENT, eventually, EVENT, INTERACT, LIKE, ok, PUBLISH_EVENT, publishedVideo, VIDEO, VIEW } from './helpers.ts';

afterAll(closeDatabases);

test("an erased person's comments (with replies), likes, views and interactions go; others' stay counted", async () => {
  const admin = await adminUser();
  const [person, other] = await Promise.all([registerUser(), registerUser()]);
  const { video } = await publishedVideo(admin.adminToken);
  const { commentOnVideo: top } = await ok(COMMENT, { v: video.id, b: 'by the person' }, person.accessToken);
  await ok(COMMENT, { v: video.id, b: 'a reply by the other', p: top.id }, other.accessToken);
  await ok(COMMENT, { v: video.id, b: 'by the other' }, other.accessToken);
  for (const u of [person, other]) {
    await ok(LIKE, { v: video.id, l: true }, u.accessToken);
    await ok(VIEW, { v: video.id }, u.accessToken);
  }
  const { createCalendarEvent: event } = await ok(CREATE_EVENT, { i: { title: 'Fair', startsAt: '2031-05-01T10:00:00Z', endsAt: '2031-05-01T12:00:00Z', timeZone: 'UTC' } }, admin.adminToken);
  await ok(PUBLISH_EVENT, { id: event.id, p: true }, admin.adminToken);
  for (const kind of ['GOING', 'LIKE']) await ok(INTERACT, { e: event.id, k: kind, a: true }, person.accessToken);
  await ok(INTERACT, { e: event.id, k: 'GOING', a: true }, other.accessToken);

  const erased = await gql('mutation ($p: String!) { deleteMyAccount(password: $p) }', { p: person.password }, { token: person.accessToken });
  expect(erased.errors).toBeUndefined();

  const db = database('content');
  const n = async (sql: string) => Number((await db.query(sql, [person.id])).rows[0].n);
  await eventually(() => n('SELECT count(*) AS n FROM video_likes WHERE user_id = $1'), (v) => v === 0);
  expect(await n('SELECT count(*) AS n FROM video_comments WHERE author_id = $1')).toBe(0);
  expect(await n('SELECT count(*) AS n FROM video_views WHERE user_id = $1')).toBe(0);
  expect(await n('SELECT count(*) AS n FROM event_interactions WHERE user_id = $1')).toBe(0);
  const read = (await ok(COMMENTS, { s: video.slug })).video;
  expect(read.comments.edges.map((e: any) => e.node.body)).toEqual(['by the other']);
  expect(read.commentCount).toBe(1);
  expect((await ok(VIDEO, { s: video.slug })).video).toMatchObject({ likeCount: 1, viewCount: 2 });
  expect((await ok(EVENT, { id: event.id })).calendarEvent).toMatchObject({ goingCount: 1, likeCount: 0, interestedCount: 0 });
});
