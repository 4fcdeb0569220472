import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { codeOf, credit, database, gql, registerUser, stack, type TestUser } from '@worldgraph/testenv';
import { createLogger, createPrismaClient, databaseUrl } from '@worldgraph/kit';
import { loadMediaConfig } from '../src/config.ts';
import { Library } from '../src/domain/library.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { DiskStorage } from '../src/store/disk.ts';
import { S3Storage } from '../src/store/s3.ts';
import { ok, png, upload } from './helpers.ts';

const ATTACH = 'mutation ($m: ID!, $t: MediaTargetInput!) { attachMedia(mediaId: $m, target: $t) { id } }';

/** A parcel of the demo world bought by a fresh user, and its bounding box. */
async function parcelOf(owner: TestUser, offset: number) {
  const { rows } = await database('features').query("SELECT id, price::text FROM features WHERE status = 'available' ORDER BY id OFFSET $1 LIMIT 1", [offset]);
  const { id, price } = rows[0];
  await credit(owner.id, 'PSC', price);
  await ok('mutation ($id: ID!, $k: String!) { buyFeature(id: $id, idempotencyKey: $k) { status } }', { id, k: randomUUID() }, owner.accessToken);
  const { feature } = await ok('query ($id: ID!) { feature(id: $id) { geometry { coordinates } } }', { id }, owner.accessToken);
  const ring: number[][] = feature.geometry.coordinates[0];
  const lngs = ring.map((p) => p[0]!);
  const lats = ring.map((p) => p[1]!);
  return { id: id as string, bbox: { minLng: Math.min(...lngs), minLat: Math.min(...lats), maxLng: Math.max(...lngs), maxLat: Math.max(...lats) } };
}

describe('files attached to entities', () => {
  it("shows a parcel's images on the map; only its owner attaches them", async () => {
    const [owner, stranger] = await Promise.all([registerUser(), registerUser()]);
    const parcel = await parcelOf(owner, 0);
    const { data } = await upload(owner.accessToken, await png(800, 600), { purpose: 'FEATURE_IMAGE', filename: 'house.png', contentType: 'image/png' });
    const mediaId = data!.completeUpload.id;
    const target = { type: 'FEATURE', id: parcel.id };
    expect(codeOf(await gql(ATTACH, { m: mediaId, t: target }, { token: stranger.accessToken }))).toBe('NOT_FOUND'); // not their file
    const { data: theirs } = await upload(stranger.accessToken, await png(10, 10), { purpose: 'FEATURE_IMAGE', filename: 'x.png', contentType: 'image/png' });
    expect(codeOf(await gql(ATTACH, { m: theirs!.completeUpload.id, t: target }, { token: stranger.accessToken }))).toBe('FORBIDDEN'); // not their parcel
    expect(codeOf(await gql(ATTACH, { m: mediaId, t: { type: 'FEATURE', id: 'no-such-parcel' } }, { token: owner.accessToken }))).toBe('NOT_FOUND');
    await ok(ATTACH, { m: mediaId, t: target }, owner.accessToken);
    await ok(ATTACH, { m: mediaId, t: target }, owner.accessToken); // twice is once

    const map = await gql<any>('query ($b: BBoxInput!) { features(bbox: $b, first: 50) { edges { node { id images photos { id width height thumbnailUrl owner { id } } } } } }', { b: parcel.bbox });
    expect(map.errors).toBeUndefined();
    const node = map.data.features.edges.find((e: any) => e.node.id === parcel.id).node;
    expect(node.photos).toEqual([{ id: mediaId, width: 800, height: 600, thumbnailUrl: expect.any(String), owner: { id: owner.id } }]);
    expect(node.images).toHaveLength(1);
    const image = await fetch(node.images[0]);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer()).subarray(8, 12).toString('latin1')).toBe('WEBP');

    expect((await ok('mutation ($m: ID!, $t: MediaTargetInput!) { detachMedia(mediaId: $m, target: $t) }', { m: mediaId, t: target }, owner.accessToken)).detachMedia).toBe(true);
    const after = await gql<any>('query ($id: ID!) { feature(id: $id) { images photos { id } } }', { id: parcel.id });
    expect(after.data.feature).toEqual({ images: [], photos: [] });
  });

  it('keeps one avatar per user, a new one replacing the old, and refuses a parcel picture as an avatar', async () => {
    const user = await registerUser();
    const first = (await upload(user.accessToken, await png(100, 100), { purpose: 'AVATAR', filename: 'a.png', contentType: 'image/png' })).data!.completeUpload.id;
    const second = (await upload(user.accessToken, await png(120, 120), { purpose: 'AVATAR', filename: 'b.png', contentType: 'image/png' })).data!.completeUpload.id;
    const me = { type: 'USER_AVATAR', id: user.id };
    await ok(ATTACH, { m: first, t: me }, user.accessToken);
    await ok(ATTACH, { m: second, t: me }, user.accessToken);
    expect((await ok('query { me { avatar { id width } } }', {}, user.accessToken)).me.avatar).toEqual({ id: second, width: 120 });
    const other = await registerUser();
    expect(codeOf(await gql(ATTACH, { m: first, t: { type: 'USER_AVATAR', id: other.id } }, { token: user.accessToken }))).toBe('FORBIDDEN');
    const parcelPicture = (await upload(user.accessToken, await png(10, 10), { purpose: 'FEATURE_IMAGE', filename: 'p.png', contentType: 'image/png' })).data!.completeUpload.id;
    const wrong = await gql(ATTACH, { m: parcelPicture, t: me }, { token: user.accessToken });
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_PURPOSE' });
  });

  it('deletes a file with its bytes; files attached to nothing and unfinished uploads are collected after their grace', async () => {
    const user = await registerUser();
    const kept = (await upload(user.accessToken, await png(50, 50), { purpose: 'AVATAR', filename: 'kept.png', contentType: 'image/png' })).data!.completeUpload;
    await ok(ATTACH, { m: kept.id, t: { type: 'USER_AVATAR', id: user.id } }, user.accessToken);
    const orphan = (await upload(user.accessToken, await png(50, 50), { purpose: 'AVATAR', filename: 'orphan.png', contentType: 'image/png' })).data!.completeUpload;
    const gone = (await upload(user.accessToken, await png(50, 50), { purpose: 'AVATAR', filename: 'gone.png', contentType: 'image/png' })).data!.completeUpload;
    const { startUpload } = await ok('mutation { startUpload(input: { purpose: AVATAR, filename: "never.png", contentType: "image/png", size: 10 }) { id } }', {}, user.accessToken);

    expect((await ok('mutation ($id: ID!) { deleteMedia(id: $id) }', { id: gone.id }, user.accessToken)).deleteMedia).toBe(true);
    expect((await fetch(gone.url)).status).toBe(404);
    expect(codeOf(await gql('mutation ($id: ID!) { deleteMedia(id: $id) }', { id: gone.id }, { token: user.accessToken }))).toBe('NOT_FOUND');

    // The collector as the media subgraph runs it, two days on, on the stack's database and storage.
    const config = loadMediaConfig({ ...process.env, DATA_DIR: stack().dataDir });
    const db = createPrismaClient(PrismaClient, databaseUrl(stack().databaseUrl, `${stack().dbPrefix}media`));
    const storage = config.S3_ENDPOINT
      ? new S3Storage({ endpoint: config.S3_ENDPOINT, region: config.S3_REGION, bucket: config.S3_BUCKET, accessKeyId: config.S3_ACCESS_KEY_ID!, secretAccessKey: config.S3_SECRET_ACCESS_KEY! })
      : new DiskStorage(path.resolve(config.DATA_DIR, 'media'), 'unused', () => 'http://127.0.0.1');
    try {
      const library = new Library(db, storage, config, createLogger('test', 'silent'));
      const collected = await library.collect({ now: new Date(Date.now() + 2 * 86_400_000), ownerId: user.id });
      expect(collected).toEqual({ media: 1, uploads: 1 });
    } finally {
      await db.$disconnect();
    }
    expect((await fetch(orphan.url)).status).toBe(404);
    expect((await fetch(kept.url)).status).toBe(200);
    const status = await gql<any>('query ($id: ID!) { uploadStatus(id: $id) { status } }', { id: startUpload.id }, { token: user.accessToken });
    expect(status.data.uploadStatus.status).toBe('aborted');
    expect((await ok('query { me { avatar { id } } }', {}, user.accessToken)).me.avatar.id).toBe(kept.id);
  });
});
