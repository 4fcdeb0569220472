// Training through the router on real Postgres: admin publishing, listing by category with cursor
// pages, comments one level deep, likes and views counted exactly under concurrency.
import { closeDatabases, database, registerUser } from '@worldgraph/testenv';
import { adminUser, codeOf, gif, mp4, uploadMedia, COMMENT, COMMENTS, CREATE_CATEGORY, CREATE_VIDEO, DELETE_COMMENT, EDIT_COMMENT, LIKE, ok, PUBLISH_VIDEO, publishedVideo, uniqueSlug, VIDEO, VIDEOS, VIEW } from './helpers.ts';

afterAll(closeDatabases);

test('admins create and publish videos; drafts stay hidden; a category lists in cursor pages', async () => {
  const admin = await adminUser();
  const user = await registerUser();
  const { createVideoCategory: category } = await ok(CREATE_CATEGORY, { i: { slug: uniqueSlug('cat'), name: 'Land' } }, admin.adminToken);
  // The first video is a file in media; the others are elsewhere.
  const file = await uploadMedia(admin.adminToken, mp4(64 * 1024), 'land.mp4', 'video/mp4');
  expect(file.contentType).toBe('video/mp4');
  const videos = [];
  for (let i = 0; i < 5; i++) {
    const { createVideo } = await ok(CREATE_VIDEO, { i: { categoryId: category.id, title: `Part ${i}`, slug: uniqueSlug('part'), mediaId: i === 0 ? file.id : null, externalUrl: i === 0 ? null : 'https://videos.example/p.mp4' } }, admin.adminToken);
    expect(createVideo.status).toBe('DRAFT');
    videos.push(createVideo);
  }
  expect(videos[0].media).toEqual({ id: file.id });
  // Media that is not there, or not a video, is refused.
  const picture = await uploadMedia(admin.adminToken, gif(), 'cover.gif', 'image/gif');
  expect(await codeOf(CREATE_VIDEO, { i: { categoryId: category.id, title: 'x', slug: uniqueSlug('x'), mediaId: '00000000-0000-4000-8000-000000000001' } }, admin.adminToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(CREATE_VIDEO, { i: { categoryId: category.id, title: 'x', slug: uniqueSlug('x'), mediaId: picture.id } }, admin.adminToken)).toBe('BAD_USER_INPUT');
  expect((await ok(VIDEO, { s: videos[0].slug }, user.accessToken)).video).toBeNull();
  expect((await ok(VIDEOS, { c: category.id }, user.accessToken)).videos.edges).toEqual([]);
  expect(await codeOf(VIDEOS, { c: category.id, d: true }, user.accessToken)).toBe('FORBIDDEN');
  expect((await ok(VIDEOS, { c: category.id, d: true }, admin.adminToken)).videos.edges).toHaveLength(5);

  for (const v of videos.slice(0, 4)) await ok(PUBLISH_VIDEO, { id: v.id, p: true }, admin.adminToken);
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = (await ok(VIDEOS, { cs: category.slug, first: 3, after })).videos;
    seen.push(...page.edges.map((e: any) => e.node.title));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(seen).toEqual(['Part 3', 'Part 2', 'Part 1', 'Part 0']);
  expect((await ok(VIDEO, { s: videos[1].slug })).video).toMatchObject({ title: 'Part 1', status: 'PUBLISHED', viewerHasLiked: false });
  // The media file's address comes from media, through the router, for any reader.
  const played = (await ok('query ($s: String!) { video(slug: $s) { media { id url(expiresIn: 600) } } }', { s: videos[0].slug }, user.accessToken)).video;
  expect(played.media.id).toBe(file.id);
  expect((await fetch(played.media.url)).status).toBe(200);

  // Refusals: both or neither source, a taken slug, a bad cursor, users at admin fields.
  expect(await codeOf(CREATE_VIDEO, { i: { categoryId: category.id, title: 'x', slug: uniqueSlug('x'), mediaId: '00000000-0000-4000-8000-000000000001', externalUrl: 'https://a.example' } }, admin.adminToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(CREATE_VIDEO, { i: { categoryId: category.id, title: 'x', slug: uniqueSlug('x'), externalUrl: 'javascript:alert(1)' } }, admin.adminToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(CREATE_VIDEO, { i: { categoryId: category.id, title: 'x', slug: videos[0].slug, externalUrl: 'https://a.example' } }, admin.adminToken)).toBe('CONFLICT');
  expect(await codeOf(VIDEOS, { after: 'nonsense' })).toBe('BAD_USER_INPUT');
  expect(await codeOf(CREATE_CATEGORY, { i: { slug: uniqueSlug('c'), name: 'n' } }, user.accessToken)).toBe('FORBIDDEN');
  expect(await codeOf(PUBLISH_VIDEO, { id: videos[4].id, p: true }, user.accessToken)).toBe('FORBIDDEN');

  const { rows } = await database('content').query('SELECT type FROM outbox_events WHERE aggregate_id = $1 ORDER BY id', [videos[0].id]);
  expect(rows.map((r) => r.type)).toEqual(['VideoSaved', 'VideoPublished']);
});

test('comments: replies one level deep, edit and delete own, admins moderate', async () => {
  const admin = await adminUser();
  const [alice, bob] = await Promise.all([registerUser(), registerUser()]);
  const { video } = await publishedVideo(admin.adminToken);
  const { commentOnVideo: top } = await ok(COMMENT, { v: video.id, b: 'Great tutorial' }, alice.accessToken);
  const { commentOnVideo: reply } = await ok(COMMENT, { v: video.id, b: 'Agreed', p: top.id }, bob.accessToken);
  expect(reply.parentId).toBe(top.id);
  expect(await codeOf(COMMENT, { v: video.id, b: 'deeper', p: reply.id }, alice.accessToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(COMMENT, { v: video.id, b: '   ' }, alice.accessToken)).toBe('BAD_USER_INPUT');
  expect(await codeOf(COMMENT, { v: video.id, b: 'anon' })).toBe('UNAUTHENTICATED');

  expect(await codeOf(EDIT_COMMENT, { id: top.id, b: 'hijack' }, bob.accessToken)).toBe('FORBIDDEN');
  expect((await ok(EDIT_COMMENT, { id: top.id, b: 'Great tutorial!' }, alice.accessToken)).editVideoComment.editedAt).not.toBeNull();
  const read = (await ok(COMMENTS, { s: video.slug })).video;
  expect(read.commentCount).toBe(2);
  expect(read.comments.edges.map((e: any) => [e.node.body, e.node.replies.map((r: any) => r.body)])).toEqual([['Great tutorial!', ['Agreed']]]);

  expect(await codeOf(DELETE_COMMENT, { id: reply.id }, alice.accessToken)).toBe('FORBIDDEN');
  expect((await ok(DELETE_COMMENT, { id: reply.id }, bob.accessToken)).deleteVideoComment).toBe(true);
  const { commentOnVideo: again } = await ok(COMMENT, { v: video.id, b: 'spam', p: top.id }, bob.accessToken);
  // An admin removes the top-level comment with its reply.
  expect((await ok(DELETE_COMMENT, { id: top.id }, admin.adminToken)).deleteVideoComment).toBe(true);
  expect(await codeOf(DELETE_COMMENT, { id: again.id }, bob.accessToken)).toBe('NOT_FOUND');
  const after = (await ok(COMMENTS, { s: video.slug })).video;
  expect(after).toMatchObject({ commentCount: 0, comments: { edges: [] } });
  const { rows } = await database('content').query("SELECT payload FROM outbox_events WHERE type = 'VideoCommentDeleted' AND aggregate_id = $1 ORDER BY id", [video.id]);
  expect(rows.map((r) => r.payload.moderated)).toEqual([false, true]);
});

test('50 users liking at once count 50; toggling off counts down; one user viewing 20 times at once counts 1', async () => {
  const admin = await adminUser();
  const { video } = await publishedVideo(admin.adminToken);
  const users = await Promise.all(Array.from({ length: 50 }, () => registerUser()));
  await Promise.all(users.map((u) => ok(LIKE, { v: video.id, l: true }, u.accessToken)));
  // The same user liking twice at once is one like.
  await Promise.all([ok(LIKE, { v: video.id, l: true }, users[0]!.accessToken), ok(LIKE, { v: video.id, l: true }, users[0]!.accessToken)]);
  expect((await ok(VIDEO, { s: video.slug }, users[0]!.accessToken)).video).toMatchObject({ likeCount: 50, viewerHasLiked: true });
  await Promise.all(users.slice(0, 10).flatMap((u) => [ok(LIKE, { v: video.id, l: false }, u.accessToken), ok(LIKE, { v: video.id, l: false }, u.accessToken)]));
  expect((await ok(VIDEO, { s: video.slug }, users[0]!.accessToken)).video).toMatchObject({ likeCount: 40, viewerHasLiked: false });
  const { rows: likes } = await database('content').query('SELECT count(*)::int AS n FROM video_likes WHERE video_id = $1', [video.id]);
  expect(likes[0].n).toBe(40);

  const viewer = users[1]!;
  await Promise.all(Array.from({ length: 20 }, () => ok(VIEW, { v: video.id }, viewer.accessToken)));
  await Promise.all(users.slice(2, 12).map((u) => ok(VIEW, { v: video.id }, u.accessToken)));
  expect((await ok(VIDEO, { s: video.slug })).video.viewCount).toBe(11);
  expect(await codeOf(VIEW, { v: video.id })).toBe('UNAUTHENTICATED');
  expect(await codeOf(LIKE, { v: '00000000-0000-4000-8000-000000000000', l: true }, viewer.accessToken)).toBe('NOT_FOUND');
});
