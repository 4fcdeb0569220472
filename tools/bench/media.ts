// Benchmark: file uploads through the real path (startUpload through the router, parts PUT straight
// to the storage's signed URLs, completeUpload reading the file back), and the time from a
// picture's first byte sent to its thumbnail being served.
//   npm run bench:media     (S3_ENDPOINT etc. to measure an S3 server such as tools/s3proxy; else the local disk)
// Loopback only; a bounded number of uploads; stops by itself.
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { gql, registerUser, startStack } from '@worldgraph/testenv';

const MiB = 1024 * 1024;
const FILES = Number(process.env.BENCH_FILES ?? 6);
const FILE_MIB = Number(process.env.BENCH_FILE_MIB ?? 32);
const PARALLEL_PARTS = Number(process.env.BENCH_PARALLEL_PARTS ?? 4);
const PICTURES = Number(process.env.BENCH_PICTURES ?? 10);

type Part = { number: number; size: number; url: string };
async function ok(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await gql(query, variables, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** One whole upload; returns the completed file. */
async function upload(token: string, file: Buffer, purpose: string, contentType: string) {
  const checksum = createHash('sha256').update(file).digest('hex');
  const { startUpload } = await ok('mutation ($i: StartUploadInput!) { startUpload(input: $i) { id partSize parts { number size url } } }', { i: { purpose, filename: 'bench', contentType, size: file.length, checksum } }, token);
  const queue: Part[] = [...startUpload.parts];
  await Promise.all(
    Array.from({ length: PARALLEL_PARTS }, async () => {
      for (let part = queue.shift(); part; part = queue.shift()) {
        const from = (part.number - 1) * startUpload.partSize;
        const res = await fetch(part.url, { method: 'PUT', body: new Uint8Array(file.buffer as ArrayBuffer, file.byteOffset + from, part.size) });
        if (res.status !== 200) throw new Error(`part ${part.number}: ${res.status}`);
      }
    }),
  );
  return (await ok('mutation ($id: ID!) { completeUpload(id: $id) { id size thumbnailUrl } }', { id: startUpload.id }, token)).completeUpload;
}

const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

const stack = await startStack({ LOG_LEVEL: 'error', MEDIA_QUOTA_BYTES: String(100 * 1024 * MiB) });
process.env.WORLDGRAPH_TEST_STACK = JSON.stringify(stack.info);
try {
  const user = await registerUser();
  // A video-like file (an ftyp box, then noise): no derived images, so this is the byte path alone.
  const file = randomBytes(FILE_MIB * MiB);
  Buffer.from([0, 0, 0, 0x18]).copy(file, 0);
  Buffer.from('ftypisom\0\0\x02\0isomiso2', 'latin1').copy(file, 4);
  await upload(user.accessToken, file.subarray(0, 8 * MiB), 'HUNT', 'video/mp4'); // warm-up
  const durations: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < FILES; i++) {
    const t = performance.now();
    await upload(user.accessToken, file, 'HUNT', 'video/mp4');
    durations.push(performance.now() - t);
  }
  const seconds = (performance.now() - t0) / 1000;

  // A phone photo's size: noise does not compress, so the JPEG weighs what a real 12-megapixel photo does.
  const picture = await sharp(randomBytes(4000 * 3000 * 3), { raw: { width: 4000, height: 3000, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
  const thumbs: number[] = [];
  for (let i = 0; i < PICTURES; i++) {
    const t = performance.now();
    const media = await upload(user.accessToken, picture, 'FEATURE_IMAGE', 'image/jpeg');
    const res = await fetch(media.thumbnailUrl);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`thumbnail: ${res.status}`);
    thumbs.push(performance.now() - t);
  }
  const rows = {
    [`${FILES} uploads of ${FILE_MIB} MiB (${PARALLEL_PARTS} parts in flight)`]: {
      'MiB/s': ((FILES * FILE_MIB) / seconds).toFixed(1),
      'p50 ms': pct(durations, 0.5).toFixed(0),
      'max ms': Math.max(...durations).toFixed(0),
    },
    [`${PICTURES} pictures 4000×3000 JPEG (${(picture.length / MiB).toFixed(1)} MiB) to first thumbnail`]: {
      'MiB/s': '',
      'p50 ms': pct(thumbs, 0.5).toFixed(0),
      'max ms': Math.max(...thumbs).toFixed(0),
    },
  };
  console.log(`\nmedia uploads on ${process.env.S3_ENDPOINT ? `S3 (${process.env.S3_ENDPOINT})` : 'the local disk'}`);
  console.table(rows);
  console.log(JSON.stringify({ benchmark: 'media', storage: process.env.S3_ENDPOINT ? 's3' : 'disk', results: rows }));
} finally {
  await stack.stop();
}
