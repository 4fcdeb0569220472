// Shared operations of the content tests, through the router.
import { randomBytes } from 'node:crypto';
import { gql, mintAccessToken, registerUser, type TestUser } from '@worldgraph/testenv';
import { ok, eventually } from '@worldgraph/testenv';

/** The shared test helpers of @worldgraph/testenv, for the tests that import them from here. */
export { ok, eventually };

/** The first error's code. */
export async function codeOf(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await gql(query, variables, { token });
  return res.errors?.[0]?.extensions?.code;
}

/** A registered user with an admin token (as accounts would sign it). */
export async function adminUser(): Promise<TestUser & { adminToken: string }> {
  const user = await registerUser();
  return { ...user, adminToken: await mintAccessToken({ sub: user.id, roles: ['user', 'admin'] }) };
}

let n = 0;
/** A unique slug for this run. */
export const uniqueSlug = (base: string) => `${base}-${process.pid}-${Date.now().toString(36)}-${++n}`;

export const VIDEO_FIELDS = 'id slug title description durationSeconds status externalUrl media { id } category { id slug } likeCount viewCount commentCount viewerHasLiked';
export const CREATE_CATEGORY = 'mutation ($i: VideoCategoryInput!) { createVideoCategory(input: $i) { id slug name position } }';
export const CREATE_VIDEO = `mutation ($i: VideoInput!) { createVideo(input: $i) { ${VIDEO_FIELDS} } }`;
export const PUBLISH_VIDEO = 'mutation ($id: ID!, $p: Boolean!) { setVideoPublished(id: $id, published: $p) { id status publishedAt } }';
export const VIDEO = `query ($s: String!) { video(slug: $s) { ${VIDEO_FIELDS} } }`;
export const VIDEOS = `query ($c: ID, $cs: String, $d: Boolean, $first: Int, $after: String) { videos(categoryId: $c, categorySlug: $cs, includeDrafts: $d, first: $first, after: $after) { edges { node { ${VIDEO_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
export const LIKE = 'mutation ($v: ID!, $l: Boolean!) { setVideoLike(videoId: $v, liked: $l) { id likeCount viewerHasLiked } }';
export const VIEW = 'mutation ($v: ID!) { viewVideo(videoId: $v) { id viewCount } }';
export const COMMENT = 'mutation ($v: ID!, $b: String!, $p: ID) { commentOnVideo(videoId: $v, body: $b, parentId: $p) { id body parentId author { id } editedAt } }';
export const EDIT_COMMENT = 'mutation ($id: ID!, $b: String!) { editVideoComment(id: $id, body: $b) { id body editedAt } }';
export const DELETE_COMMENT = 'mutation ($id: ID!) { deleteVideoComment(id: $id) }';
export const COMMENTS = 'query ($s: String!) { video(slug: $s) { id commentCount comments(first: 10) { edges { node { id body author { id } replies { id body parentId } } } pageInfo { hasNextPage } } } }';

export const EVENT_FIELDS = 'id title startsAt endsAt timeZone status location { name latitude longitude } recurrence { frequency interval until count } interestedCount goingCount likeCount viewerInteractions';
export const CREATE_EVENT = `mutation ($i: CalendarEventInput!) { createCalendarEvent(input: $i) { ${EVENT_FIELDS} } }`;
export const UPDATE_EVENT = `mutation ($id: ID!, $i: CalendarEventInput!) { updateCalendarEvent(id: $id, input: $i) { ${EVENT_FIELDS} } }`;
export const PUBLISH_EVENT = 'mutation ($id: ID!, $p: Boolean!) { setCalendarEventPublished(id: $id, published: $p) { id status } }';
export const CALENDAR = 'query ($from: DateTime!, $to: DateTime!, $d: Boolean) { calendar(from: $from, to: $to, includeDrafts: $d) { startsAt endsAt event { id title timeZone } } }';
export const EVENT = `query ($id: ID!) { calendarEvent(id: $id) { ${EVENT_FIELDS} } }`;
export const INTERACT = `mutation ($e: ID!, $k: EventInteractionKind!, $a: Boolean!) { setEventInteraction(eventId: $e, kind: $k, active: $a) { ${EVENT_FIELDS} } }`;
export const NOTIFICATIONS = 'query { notifications(first: 50) { edges { node { id kind title body } } } }';

/** Creates a category and a published video as `admin`. */
export async function publishedVideo(adminToken: string, extra: Record<string, unknown> = {}) {
  const { createVideoCategory: category } = await ok(CREATE_CATEGORY, { i: { slug: uniqueSlug('cat'), name: 'Getting started' } }, adminToken);
  const { createVideo: video } = await ok(CREATE_VIDEO, { i: { categoryId: category.id, title: 'Buying land', slug: uniqueSlug('buying-land'), externalUrl: 'https://videos.example/land.mp4', durationSeconds: 95, ...extra } }, adminToken);
  await ok(PUBLISH_VIDEO, { id: video.id, p: true }, adminToken);
  return { category, video };
}

const START = 'mutation ($i: StartUploadInput!) { startUpload(input: $i) { id partSize parts { number size url } } }';
const COMPLETE = 'mutation ($id: ID!) { completeUpload(id: $id) { id contentType } }';

/** Uploads `file` to media as `token` (purpose HUNT takes videos and images) and returns the file. */
export async function uploadMedia(token: string, file: Buffer, filename: string, contentType: string): Promise<{ id: string; contentType: string }> {
  const { startUpload } = await ok(START, { i: { purpose: 'HUNT', filename, contentType, size: file.length } }, token);
  for (const part of startUpload.parts) {
    const body = file.subarray((part.number - 1) * startUpload.partSize, (part.number - 1) * startUpload.partSize + part.size);
    const res = await fetch(part.url, { method: 'PUT', body });
    if (res.status !== 200) throw new Error(`part ${part.number}: ${res.status}`);
  }
  return (await ok(COMPLETE, { id: startUpload.id }, token)).completeUpload;
}

/** Bytes that sniff as an MP4 video (an ftyp box), then noise. */
export function mp4(size: number): Buffer {
  const file = randomBytes(size);
  Buffer.from([0, 0, 0, 0x18]).copy(file, 0);
  Buffer.from('ftypisom\0\0\x02\0isomiso2', 'latin1').copy(file, 4);
  return file;
}

/** A real 1×1 GIF image. */
export const gif = () => Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export { registerUser, type TestUser };
