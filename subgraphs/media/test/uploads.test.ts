import { codeOf, gql, registerUser } from '@worldgraph/testenv';
import { COMPLETE, elf, MiB, mp4, ok, png, putParts, sha256, START, STATUS, upload } from './helpers.ts';

describe('uploads in parts', () => {
  it('takes 50 MiB in parts, resumes after a dropped connection, and serves the same bytes', async () => {
    const user = await registerUser();
    const file = mp4(50 * MiB);
    const { startUpload } = await ok(START, { i: { purpose: 'HUNT', filename: 'trailer.mp4', contentType: 'video/mp4', size: file.length, checksum: sha256(file) } }, user.accessToken);
    expect(startUpload.parts.length).toBe(Math.ceil(file.length / startUpload.partSize));
    // The connection drops after three parts.
    await putParts(file, startUpload.parts, startUpload.partSize, [1, 2, 3]);
    const early = await gql(COMPLETE, { id: startUpload.id }, { token: user.accessToken });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0]!.extensions).toMatchObject({ reason: 'PART_MISSING', missingParts: startUpload.parts.slice(3).map((p: { number: number }) => p.number) });
    // Resumed: the status says what arrived and signs the rest afresh.
    const { uploadStatus } = await ok(STATUS, { id: startUpload.id }, user.accessToken);
    expect(uploadStatus.parts.filter((p: { uploaded: boolean }) => p.uploaded).map((p: { number: number }) => p.number)).toEqual([1, 2, 3]);
    expect(uploadStatus.parts.filter((p: { url: string | null }) => p.url).length).toBe(startUpload.parts.length - 3);
    await putParts(file, uploadStatus.parts, startUpload.partSize);
    const { completeUpload: media } = await ok(COMPLETE, { id: startUpload.id }, user.accessToken);
    expect(media).toMatchObject({ contentType: 'video/mp4', size: file.length, checksum: sha256(file), width: null, thumbnailUrl: null, owner: { id: user.id } });
    const downloaded = Buffer.from(await (await fetch(media.url)).arrayBuffer());
    expect(sha256(downloaded)).toBe(sha256(file));
    // Completing again returns the same file.
    expect((await ok(COMPLETE, { id: startUpload.id }, user.accessToken)).completeUpload.id).toBe(media.id);
  }, 180_000);

  it('derives a thumbnail and a display image from a picture, and knows its size', async () => {
    const user = await registerUser();
    const image = await png(2000, 1000);
    const res = await upload(user.accessToken, image, { purpose: 'AVATAR', filename: 'me.png', contentType: 'image/png' });
    expect(res.errors).toBeUndefined();
    const media = res.data!.completeUpload;
    expect(media).toMatchObject({ contentType: 'image/png', width: 2000, height: 1000, size: image.length });
    const thumb = await fetch(media.thumbnailUrl);
    expect(thumb.status).toBe(200);
    const display = Buffer.from(await (await fetch(media.displayUrl)).arrayBuffer());
    expect(display.subarray(8, 12).toString('latin1')).toBe('WEBP');
  });

  it('refuses a picture that is really an executable, and keeps nothing of it', async () => {
    const user = await registerUser();
    const { startUpload } = await ok(START, { i: { purpose: 'AVATAR', filename: 'cat.png', contentType: 'image/png', size: 4096 } }, user.accessToken);
    await putParts(elf(4096), startUpload.parts, startUpload.partSize);
    const res = await gql(COMPLETE, { id: startUpload.id }, { token: user.accessToken });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions).toMatchObject({ reason: 'WRONG_TYPE', contentType: 'application/x-elf' });
    const { uploadStatus } = await ok(STATUS, { id: startUpload.id }, user.accessToken);
    expect(uploadStatus).toMatchObject({ status: 'failed', media: null });
    expect((await ok('query { myMediaQuota { usedBytes } }', {}, user.accessToken)).myMediaQuota.usedBytes).toBe(0);
  });

  it('refuses a declared type or size its purpose does not allow, before any byte is sent', async () => {
    const user = await registerUser();
    const start = (i: Record<string, unknown>) => gql(START, { i: { purpose: 'AVATAR', filename: 'x.png', contentType: 'image/png', size: 1000, ...i } }, { token: user.accessToken });
    const wrongType = await start({ contentType: 'application/x-msdownload' });
    expect(wrongType.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_TYPE' });
    const tooLarge = await start({ size: 21 * MiB });
    expect(tooLarge.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    expect(codeOf(await start({ size: -1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await start({ checksum: 'not-a-sha' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(START, { i: { purpose: 'AVATAR', filename: 'x.png', contentType: 'image/png', size: 1000 } }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a file whose bytes do not have the checksum announced', async () => {
    const user = await registerUser();
    const image = await png(64, 64);
    const res = await upload(user.accessToken, image, { purpose: 'AVATAR', filename: 'a.png', contentType: 'image/png', checksum: sha256(Buffer.from('something else')) });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CHECKSUM_MISMATCH' });
  });

  it('counts uploads in progress against the quota', async () => {
    const user = await registerUser();
    const start = () => gql(START, { i: { purpose: 'HUNT', filename: 'big.mp4', contentType: 'video/mp4', size: 100 * MiB } }, { token: user.accessToken });
    for (let i = 0; i < 5; i++) expect((await start()).errors).toBeUndefined();
    const sixth = await start();
    expect(sixth.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUOTA_EXCEEDED', usedBytes: 500 * MiB });
    expect((await ok('query { myMediaQuota { usedBytes limitBytes } }', {}, user.accessToken)).myMediaQuota).toEqual({ usedBytes: 500 * MiB, limitBytes: 500 * MiB });
  });

  it("hides someone else's upload as if it did not exist", async () => {
    const [owner, other] = await Promise.all([registerUser(), registerUser()]);
    const { startUpload } = await ok(START, { i: { purpose: 'AVATAR', filename: 'x.png', contentType: 'image/png', size: 100 } }, owner.accessToken);
    for (const op of [STATUS, COMPLETE, 'mutation ($id: ID!) { abortUpload(id: $id) { id } }']) {
      expect(codeOf(await gql(op, { id: startUpload.id }, { token: other.accessToken }))).toBe('NOT_FOUND');
    }
    expect(codeOf(await gql(STATUS, { id: 'not-an-id' }, { token: owner.accessToken }))).toBe('NOT_FOUND');
  });
});
