// Shared operations of the media tests: uploads in parts through the router, bytes straight to storage.
import { createHash, randomBytes } from 'node:crypto';
import { gql, type GraphQLResponse } from '@worldgraph/testenv';
import sharp from 'sharp';
import { ok } from '@worldgraph/testenv';

/** The shared test helpers of @worldgraph/testenv, for the tests that import them from here. */
export { ok };

export const MiB = 1024 * 1024;
export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export const START = `mutation ($i: StartUploadInput!) { startUpload(input: $i) { id partSize status parts { number size url uploaded } } }`;
export const STATUS = `query ($id: ID!) { uploadStatus(id: $id) { id status parts { number size url uploaded } media { id } } }`;
export const COMPLETE = `mutation ($id: ID!) { completeUpload(id: $id) { id contentType size checksum width height url thumbnailUrl displayUrl owner { id } } }`;

export interface UploadPart {
  number: number;
  size: number;
  url: string | null;
  uploaded: boolean;
}

/** PUTs the given parts of `file` to their signed URLs. */
export async function putParts(file: Buffer, parts: UploadPart[], partSize: number, numbers = parts.map((p) => p.number)) {
  for (const part of parts.filter((p) => numbers.includes(p.number) && p.url)) {
    const body = file.subarray((part.number - 1) * partSize, (part.number - 1) * partSize + part.size);
    const res = await fetch(part.url!, { method: 'PUT', body });
    if (res.status !== 200) throw new Error(`part ${part.number}: ${res.status} ${await res.text()}`);
  }
}

/** A whole upload: start, every part, complete. */
export async function upload(token: string, file: Buffer, input: { purpose: string; filename: string; contentType: string; checksum?: string }): Promise<GraphQLResponse<{ completeUpload: any }>> {
  const { startUpload } = await ok(START, { i: { ...input, size: file.length } }, token);
  await putParts(file, startUpload.parts, startUpload.partSize);
  return gql(COMPLETE, { id: startUpload.id }, { token });
}

/** A real PNG of `w`×`h` pixels. */
export const png = (w = 640, h = 480) => sharp({ create: { width: w, height: h, channels: 3, background: { r: 40, g: 120, b: 200 } } }).png().toBuffer();

/** Bytes that sniff as an MP4 video (an ftyp box), then noise. */
export function mp4(size: number): Buffer {
  const file = randomBytes(size);
  Buffer.from([0, 0, 0, 0x18]).copy(file, 0);
  Buffer.from('ftypisom\0\0\x02\0isomiso2', 'latin1').copy(file, 4);
  return file;
}

/** Bytes of a Linux executable (ELF magic), whatever the file is called. */
export function elf(size = 4096): Buffer {
  const file = randomBytes(size);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(file, 0);
  return file;
}
