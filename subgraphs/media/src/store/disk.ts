import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response, Router } from 'express';
import type { ObjectStorage, StoredPart } from '../domain/storage.ts';

/** Largest part the disk store takes in one PUT (S3's limit is 5 GiB; ours follows the part sizes we hand out). */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

const KEY = /^[A-Za-z0-9][A-Za-z0-9/_.-]{0,254}$/;
const UPLOAD_ID = /^[0-9a-f-]{36}$/;

/**
 * Objects as files under `dir`, for `npm start` and single-machine runs. It signs its URLs like S3
 * presigned ones (an HMAC over method, path and expiry) and serves them from the media subgraph's
 * own HTTP server (`routes`), so clients use it exactly as they use S3.
 */
export class DiskStorage implements ObjectStorage {
  readonly kind = 'disk';

  constructor(
    private readonly dir: string,
    private readonly secret: string,
    /** Where clients reach the media subgraph's HTTP server, e.g. http://127.0.0.1:4007. */
    private readonly publicBase: () => string,
  ) {}

  private object(key: string) {
    if (!KEY.test(key) || key.includes('..')) throw new Error(`bad object key ${key}`);
    return path.join(this.dir, 'objects', key);
  }
  private partsDir(uploadId: string) {
    if (!UPLOAD_ID.test(uploadId)) throw new Error(`bad upload id ${uploadId}`);
    return path.join(this.dir, 'uploads', uploadId);
  }

  async init(): Promise<void> {
    await mkdir(path.join(this.dir, 'objects'), { recursive: true });
    await mkdir(path.join(this.dir, 'uploads'), { recursive: true });
  }

  async startMultipart(): Promise<string> {
    const uploadId = randomUUID();
    await mkdir(this.partsDir(uploadId), { recursive: true });
    return uploadId;
  }

  async partUrl(key: string, uploadId: string, partNumber: number, expiresIn: number): Promise<string> {
    return this.signed('PUT', `/media/uploads/${uploadId}/${partNumber}`, expiresIn, { key });
  }

  async listParts(_key: string, uploadId: string): Promise<StoredPart[]> {
    const dir = this.partsDir(uploadId);
    const names = await readdir(dir).catch(() => [] as string[]);
    const parts = await Promise.all(
      names
        .filter((n) => /^\d+\.part$/.test(n))
        .map(async (n) => {
          const partNumber = Number(n.slice(0, -5));
          const [size, etag] = [(await stat(path.join(dir, n))).size, await md5(path.join(dir, n))];
          return { partNumber, etag, size };
        }),
    );
    return parts.sort((a, b) => a.partNumber - b.partNumber);
  }

  async completeMultipart(key: string, uploadId: string, parts: StoredPart[]): Promise<void> {
    const target = this.object(key);
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${randomUUID()}.tmp`;
    const dir = this.partsDir(uploadId);
    await pipeline(async function* () {
      for (const part of parts) yield* createReadStream(path.join(dir, `${part.partNumber}.part`));
    }, createWriteStream(tmp));
    await rename(tmp, target);
    await rm(this.partsDir(uploadId), { recursive: true, force: true });
  }

  async abortMultipart(_key: string, uploadId: string): Promise<void> {
    await rm(this.partsDir(uploadId), { recursive: true, force: true });
  }

  async put(key: string, body: Buffer): Promise<void> {
    const target = this.object(key);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, body);
  }

  async read(key: string): Promise<Readable> {
    const file = this.object(key);
    await stat(file); // a missing object fails here, not halfway through a stream
    return createReadStream(file);
  }

  async downloadUrl(key: string, expiresIn: number, filename?: string): Promise<string> {
    return this.signed('GET', `/media/objects/${key}`, expiresIn, filename ? { filename } : {});
  }

  async delete(key: string): Promise<void> {
    await rm(this.object(key), { force: true });
  }

  async ping(): Promise<void> {
    await stat(this.dir);
  }

  private signed(method: string, pathname: string, expiresIn: number, params: Record<string, string>): string {
    const expires = String(Math.floor(Date.now() / 1000) + expiresIn);
    const url = new URL(pathname, this.publicBase());
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    url.searchParams.set('expires', expires);
    url.searchParams.set('signature', this.signature(method, pathname, url.searchParams));
    return url.toString();
  }

  private signature(method: string, pathname: string, params: URLSearchParams): string {
    const fields = [...params].filter(([k]) => k !== 'signature').sort(([a], [b]) => a.localeCompare(b));
    return createHmac('sha256', this.secret).update(`${method}\n${pathname}\n${new URLSearchParams(fields)}`).digest('base64url');
  }

  /** Whether a request carries a valid, unexpired signature for its method and path. */
  private verify(req: Request): boolean {
    const url = new URL(req.originalUrl, 'http://x');
    const given = Buffer.from(url.searchParams.get('signature') ?? '');
    const expected = Buffer.from(this.signature(req.method === 'HEAD' ? 'GET' : req.method, decodeURIComponent(url.pathname), url.searchParams));
    const expires = Number(url.searchParams.get('expires'));
    return given.length === expected.length && timingSafeEqual(given, expected) && expires * 1000 > Date.now();
  }

  /** The routes its signed URLs point at: PUT a part, GET an object. */
  routes(router: Router): void {
    const refuse = (res: Response, status: number, code: string, message: string) => res.status(status).type('application/xml').send(`<Error><Code>${code}</Code><Message>${message}</Message></Error>`);
    // Browsers upload from another origin (the web app): answer preflights and expose the ETag.
    router.use('/media', (req, res, next) => {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, HEAD');
      res.setHeader('Access-Control-Allow-Headers', 'content-type');
      res.setHeader('Access-Control-Expose-Headers', 'ETag');
      if (req.method === 'OPTIONS') return void res.status(204).end();
      next();
    });
    router.put('/media/uploads/:uploadId/:partNumber', async (req, res) => {
      if (!this.verify(req)) return void refuse(res, 403, 'SignatureDoesNotMatch', 'The URL is not signed, or it expired.');
      const partNumber = Number(req.params.partNumber);
      const length = Number(req.header('content-length') ?? NaN);
      if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10_000) return void refuse(res, 400, 'InvalidArgument', 'Bad part number.');
      if (!(length <= MAX_PART_BYTES)) return void refuse(res, 413, 'EntityTooLarge', `A part must be sent with a Content-Length of at most ${MAX_PART_BYTES} bytes.`);
      const dir = this.partsDir(String(req.params.uploadId));
      try {
        await stat(dir);
      } catch {
        return void refuse(res, 404, 'NoSuchUpload', 'The upload does not exist or was completed.');
      }
      // Written aside and renamed: a dropped connection leaves no half part behind.
      const tmp = path.join(dir, `${partNumber}.${randomUUID()}.tmp`);
      const hash = createHash('md5');
      let received = 0;
      req.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        received += chunk.length;
      });
      try {
        await pipeline(req, createWriteStream(tmp));
        if (received !== length) throw new Error('short body');
        await rename(tmp, path.join(dir, `${partNumber}.part`));
        res.setHeader('ETag', `"${hash.digest('hex')}"`);
        res.status(200).end();
      } catch {
        await rm(tmp, { force: true });
        if (!res.headersSent) refuse(res, 400, 'IncompleteBody', 'The part arrived incomplete.');
      }
    });
    router.get(/^\/media\/objects\/(.+)$/, async (req, res) => {
      if (!this.verify(req)) return void refuse(res, 403, 'SignatureDoesNotMatch', 'The URL is not signed, or it expired.');
      const key = decodeURIComponent((req.params as Record<string, string>)[0]!);
      let stream: Readable;
      try {
        stream = await this.read(key);
      } catch {
        return void refuse(res, 404, 'NoSuchKey', 'No such object.');
      }
      const filename = typeof req.query.filename === 'string' ? req.query.filename : undefined;
      if (filename) res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(filename)}`);
      res.setHeader('Cache-Control', 'private, max-age=300');
      await pipeline(stream, res).catch(() => res.destroy());
    });
  }
}

async function md5(file: string): Promise<string> {
  const hash = createHash('md5');
  await pipeline(createReadStream(file), hash);
  return `"${hash.digest('hex')}"`;
}
