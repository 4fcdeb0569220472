// One contract for every object storage: the local disk (always) and the S3 API (when S3_ENDPOINT
// names a real server, as .ci/run's S3Proxy).
import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import type { ObjectStorage } from '../src/domain/storage.ts';
import { DiskStorage } from '../src/store/disk.ts';
import { S3Storage } from '../src/store/s3.ts';

const MiB = 1024 * 1024;

interface Subject {
  storage: ObjectStorage;
  close(): Promise<void>;
}

async function disk(): Promise<Subject> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'worldgraph-media-'));
  const app = express();
  let base = '';
  const storage = new DiskStorage(dir, randomBytes(32).toString('hex'), () => base);
  const router = express.Router();
  storage.routes(router);
  app.use(router);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { storage, close: async () => (await new Promise((r) => server.close(r)), rmSync(dir, { recursive: true, force: true })) };
}

async function s3(): Promise<Subject> {
  const bucket = `wgt-${randomBytes(4).toString('hex')}`;
  const storage = new S3Storage({ endpoint: process.env.S3_ENDPOINT!, region: 'us-east-1', bucket, accessKeyId: process.env.S3_ACCESS_KEY_ID!, secretAccessKey: process.env.S3_SECRET_ACCESS_KEY! });
  return { storage, close: async () => {} };
}

const subjects: [string, () => Promise<Subject>][] = [['disk', disk], ...(process.env.S3_ENDPOINT ? [['s3', s3] as [string, () => Promise<Subject>]] : [])];

const bytesOf = async (stream: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

describe.each(subjects)('the %s object storage', (_name, make) => {
  let subject: Subject;
  let storage: ObjectStorage;
  beforeAll(async () => {
    subject = await make();
    storage = subject.storage;
    await storage.init();
    await storage.init(); // idempotent
  });
  afterAll(() => subject.close());

  it('takes a file in parts through signed URLs, lists what arrived, joins them, and serves it signed', async () => {
    const key = `test/${randomUUID()}/original`;
    const file = randomBytes(11 * MiB + 123);
    const parts = [file.subarray(0, 5 * MiB), file.subarray(5 * MiB, 10 * MiB), file.subarray(10 * MiB)];
    const uploadId = await storage.startMultipart(key, 'application/octet-stream');
    expect(await storage.listParts(key, uploadId)).toEqual([]);
    // Parts 1 and 3 first (a connection dropped before part 2): the storage says what it holds.
    for (const n of [1, 3]) {
      const res = await fetch(await storage.partUrl(key, uploadId, n, 600), { method: 'PUT', body: parts[n - 1] });
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]+"$/);
    }
    expect((await storage.listParts(key, uploadId)).map((p) => [p.partNumber, p.size])).toEqual([
      [1, 5 * MiB],
      [3, MiB + 123],
    ]);
    const res = await fetch(await storage.partUrl(key, uploadId, 2, 600), { method: 'PUT', body: parts[1] });
    expect(res.status).toBe(200);
    const stored = await storage.listParts(key, uploadId);
    expect(stored.map((p) => p.partNumber)).toEqual([1, 2, 3]);
    await storage.completeMultipart(key, uploadId, stored);
    expect((await bytesOf(await storage.read(key))).equals(file)).toBe(true);
    const download = await fetch(await storage.downloadUrl(key, 60, 'photo.bin'));
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);
    await storage.delete(key);
    await storage.delete(key); // idempotent
    await expect(storage.read(key)).rejects.toThrow();
  });

  it('refuses a URL whose signature was altered, or that expired', async () => {
    const key = `test/${randomUUID()}/small`;
    await storage.put(key, Buffer.from('hello'), 'text/plain');
    const url = new URL(await storage.downloadUrl(key, 60));
    const sig = url.searchParams.has('signature') ? 'signature' : 'X-Amz-Signature';
    url.searchParams.set(sig, url.searchParams.get(sig)!.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')));
    expect((await fetch(url)).status).toBe(403);
    const expired = await storage.downloadUrl(key, 1);
    await new Promise((r) => setTimeout(r, 2_100));
    expect((await fetch(expired)).status).toBe(403);
    await storage.delete(key);
  });

  it('drops an aborted upload and its parts', async () => {
    const key = `test/${randomUUID()}/aborted`;
    const uploadId = await storage.startMultipart(key, 'application/octet-stream');
    await fetch(await storage.partUrl(key, uploadId, 1, 600), { method: 'PUT', body: randomBytes(1000) });
    await storage.abortMultipart(key, uploadId);
    await storage.abortMultipart(key, uploadId); // idempotent
    expect(await storage.listParts(key, uploadId)).toEqual([]);
    await storage.ping();
  });
});
