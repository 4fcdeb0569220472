import type { Readable } from 'node:stream';

/** A part of a multipart upload as the storage holds it. */
export interface StoredPart {
  partNumber: number;
  etag: string;
  size: number;
}

/**
 * Where the bytes live: an object store with multipart uploads and signed URLs, so clients send
 * and fetch bytes directly, never through the GraphQL router. Two implementations, one contract
 * (test/storage.contract.test.ts): the S3 API (S3_ENDPOINT: AWS, MinIO, Ceph RGW, S3Proxy) and the
 * local disk (the embedded default), whose signed URLs the media subgraph serves itself.
 */
export interface ObjectStorage {
  readonly kind: 's3' | 'disk';
  /** Creates the bucket or folder if missing. Idempotent. */
  init(): Promise<void>;
  /** Starts a multipart upload of `key`; returns the storage's upload id. */
  startMultipart(key: string, contentType: string): Promise<string>;
  /** A URL the client PUTs part `partNumber` (1-based) to, valid `expiresIn` seconds; its answer carries an ETag. */
  partUrl(key: string, uploadId: string, partNumber: number, expiresIn: number): Promise<string>;
  /** The parts received so far, in order (what a resumed upload still needs is the rest). */
  listParts(key: string, uploadId: string): Promise<StoredPart[]>;
  /** Joins the parts into the object `key`. */
  completeMultipart(key: string, uploadId: string, parts: StoredPart[]): Promise<void>;
  /** Drops an unfinished upload and its parts. Idempotent. */
  abortMultipart(key: string, uploadId: string): Promise<void>;
  /** Stores a whole (small) object, e.g. a derived image. */
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Reads an object (the server checks what clients uploaded). */
  read(key: string): Promise<Readable>;
  /** A URL to GET the object, valid `expiresIn` seconds, downloaded as `filename` when given. */
  downloadUrl(key: string, expiresIn: number, filename?: string): Promise<string>;
  /** Deletes an object. Idempotent. */
  delete(key: string): Promise<void>;
  /** A round trip, for readiness. */
  ping(): Promise<void>;
}
