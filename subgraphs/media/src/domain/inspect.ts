import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';

/** What the server found in an uploaded file's bytes. */
export interface Inspection {
  size: number;
  checksum: string;
  /** Sniffed from the magic bytes; `application/octet-stream` when unknown. */
  contentType: string;
  /** The whole file, kept only for images (to derive their sizes). */
  image?: Buffer;
}

/** Bytes file-type needs to recognise a format. */
const SNIFF_BYTES = 4100;

/**
 * Reads a stored file once: its size, sha256 and sniffed type; an image's bytes are kept (up to
 * `keepImagesUpTo`) so its derived sizes come from the same read.
 */
export async function inspect(stream: Readable, keepImagesUpTo: number): Promise<Inspection> {
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headBytes = 0;
  let kept: Buffer[] | undefined = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (headBytes < SNIFF_BYTES) {
      head.push(chunk);
      headBytes += chunk.length;
    }
    if (kept) size <= keepImagesUpTo ? kept.push(chunk) : (kept = undefined);
  }
  const type = await fileTypeFromBuffer(Buffer.concat(head).subarray(0, SNIFF_BYTES));
  const contentType = type?.mime ?? 'application/octet-stream';
  return { size, checksum: hash.digest('hex'), contentType, image: contentType.startsWith('image/') && kept ? Buffer.concat(kept) : undefined };
}

/** A derived image: its bytes and facts. */
export interface Derived {
  name: 'thumbnail' | 'display';
  body: Buffer;
  width: number;
  height: number;
  contentType: 'image/webp';
}

/**
 * An image's dimensions and its derived sizes (a 256-pixel thumbnail, a display copy at most 1280
 * wide), as WebP. Throws when the bytes are not a decodable image.
 */
export async function deriveImages(image: Buffer): Promise<{ width: number; height: number; derived: Derived[] }> {
  const meta = await sharp(image, { limitInputPixels: 100_000_000 }).rotate().metadata();
  const sizes = [
    { name: 'thumbnail' as const, resize: { width: 256, height: 256, fit: 'cover' as const } },
    { name: 'display' as const, resize: { width: 1280, withoutEnlargement: true } },
  ];
  const derived = await Promise.all(
    sizes.map(async ({ name, resize }) => {
      const { data, info } = await sharp(image).rotate().resize(resize).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
      return { name, body: data, width: info.width, height: info.height, contentType: 'image/webp' as const };
    }),
  );
  const rotated = (meta.orientation ?? 1) >= 5;
  return { width: (rotated ? meta.height : meta.width) ?? 0, height: (rotated ? meta.width : meta.height) ?? 0, derived };
}
