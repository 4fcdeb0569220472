import { randomUUID } from 'node:crypto';
import { badInput, conflict, notFound, type Logger } from '@worldgraph/kit';
import type { MediaConfig } from '../config.ts';
import type { Media, Prisma, PrismaClient, Upload } from '../generated/prisma/client.ts';
import { deriveImages, inspect } from './inspect.ts';
import { partsOf, purposeRules, TARGET_PURPOSES, type Purpose, type PurposeRule } from './purposes.ts';
import type { ObjectStorage } from './storage.ts';
import type { Target } from './targets.ts';

/** How long a part URL stays valid, in seconds. */
const PART_URL_TTL = 3600;
const SHA256 = /^[0-9a-f]{64}$/;

/** A refusal of a file, with its reason in `extensions.reason`. */
const refused = (reason: string, message: string, details: Record<string, unknown> = {}) => badInput(message, { reason, ...details });

/** What startUpload is given. */
export interface UploadRequest {
  purpose: Purpose;
  filename: string;
  contentType: string;
  size: number;
  checksum?: string | null;
}

/** A part of an upload as the API shows it: a URL to PUT it to while it is missing. */
export interface UploadPartView {
  number: number;
  size: number;
  url: string | null;
  uploaded: boolean;
}

/** An upload as the API shows it: its row and the state of each part. */
export interface UploadView {
  upload: Upload;
  parts: UploadPartView[];
}

/** A derived image as stored in `media.variants`. */
export interface Variant {
  key: string;
  width: number;
  height: number;
  contentType: string;
}

/**
 * Files: uploads in parts straight to object storage, checked once complete (size, sha256, type
 * sniffed from the bytes), derived image sizes, attachments to other contexts' entities, quotas.
 */
export class Library {
  private readonly rules: Record<Purpose, PurposeRule>;

  constructor(
    private readonly db: PrismaClient,
    private readonly storage: ObjectStorage,
    private readonly config: MediaConfig,
    private readonly logger: Logger,
  ) {
    this.rules = purposeRules(config);
  }

  /** Starts an upload: checks size, declared type and quota (serialised per user), then opens a multipart upload. */
  async startUpload(ownerId: string, input: UploadRequest): Promise<UploadView> {
    const rule = this.rules[input.purpose];
    const filename = input.filename.trim();
    if (!filename || filename.length > 255 || /[\u0000-\u001f/\\]/.test(filename)) throw badInput('A file name must be 1-255 characters without slashes or control characters', { field: 'filename' });
    if (!Number.isSafeInteger(input.size) || input.size < 1) throw badInput('Size must be a whole number of bytes, at least 1', { field: 'size' });
    if (input.size > rule.maxBytes) throw refused('FILE_TOO_LARGE', `A ${input.purpose} file may have at most ${rule.maxBytes} bytes`, { maxBytes: rule.maxBytes });
    if (!rule.types.includes(input.contentType)) throw refused('WRONG_TYPE', `A ${input.purpose} file must be one of ${rule.types.join(', ')}`, { allowed: rule.types });
    const checksum = input.checksum?.toLowerCase() ?? null;
    if (checksum && !SHA256.test(checksum)) throw badInput('Checksum must be a sha256 in hex (64 characters)', { field: 'checksum' });

    const id = randomUUID();
    const key = `${ownerId}/${id}/original`;
    const partSize = this.config.MEDIA_PART_BYTES;
    const upload = await this.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`media-quota:${ownerId}`}))`;
      const used = await this.usedBytes(tx, ownerId);
      if (used + input.size > this.config.MEDIA_QUOTA_BYTES) {
        throw refused('QUOTA_EXCEEDED', `This file would take you over your ${this.config.MEDIA_QUOTA_BYTES} bytes`, { usedBytes: used, limitBytes: this.config.MEDIA_QUOTA_BYTES });
      }
      const storageUploadId = await this.storage.startMultipart(key, input.contentType);
      return tx.upload.create({
        data: {
          id,
          ownerId,
          purpose: input.purpose,
          filename,
          declaredType: input.contentType,
          size: BigInt(input.size),
          checksum,
          partSize,
          partCount: partsOf(input.size, partSize).length,
          storageKey: key,
          storageUploadId,
          expiresAt: new Date(Date.now() + this.config.MEDIA_UPLOAD_TTL_MS),
        },
      });
    });
    return this.view(upload);
  }

  /** One of the owner's uploads with fresh URLs for the parts still missing. */
  async status(ownerId: string, id: string): Promise<UploadView> {
    return this.view(await this.ownUpload(ownerId, id));
  }

  /**
   * Completes an upload: every part must be there; the joined file is read back and must have the
   * declared size and checksum and a type its purpose allows. A refused file is deleted. Completing
   * twice returns the same file.
   */
  async complete(ownerId: string, id: string): Promise<Media> {
    const upload = await this.ownUpload(ownerId, id);
    if (upload.status === 'completed' && upload.mediaId) return (await this.db.media.findUnique({ where: { id: upload.mediaId } }))!;
    if (upload.status !== 'uploading') throw conflict(`This upload is ${upload.status}`);
    // Claimed by one caller: a concurrent completion sees CONFLICT, not a second file.
    const claimed = await this.db.upload.updateMany({ where: { id, status: 'uploading' }, data: { status: 'completing' } });
    if (!claimed.count) throw conflict('This upload is being completed');

    const size = Number(upload.size);
    const stored = await this.storage.listParts(upload.storageKey, upload.storageUploadId);
    const missing = partsOf(size, upload.partSize).filter((p) => !stored.some((s) => s.partNumber === p.number && s.size === p.size));
    if (missing.length) {
      await this.db.upload.update({ where: { id }, data: { status: 'uploading' } });
      throw refused('PART_MISSING', `Parts ${missing.map((p) => p.number).join(', ')} are missing or incomplete`, { missingParts: missing.map((p) => p.number) });
    }
    try {
      await this.storage.completeMultipart(upload.storageKey, upload.storageUploadId, stored.slice(0, upload.partCount));
      return await this.store(upload);
    } catch (error) {
      await this.storage.delete(upload.storageKey).catch(() => {});
      await this.db.upload.update({ where: { id }, data: { status: 'failed' } });
      throw error;
    }
  }

  /** Checks the joined file's bytes, derives image sizes, records the file. */
  private async store(upload: Upload): Promise<Media> {
    const rule = this.rules[upload.purpose as Purpose];
    const found = await inspect(await this.storage.read(upload.storageKey), this.config.MEDIA_MAX_IMAGE_BYTES);
    if (found.size !== Number(upload.size)) throw refused('SIZE_MISMATCH', `The file has ${found.size} bytes, not the ${upload.size} announced`);
    if (upload.checksum && found.checksum !== upload.checksum) throw refused('CHECKSUM_MISMATCH', 'The file does not have the checksum announced', { checksum: found.checksum });
    if (!rule.types.includes(found.contentType)) {
      throw refused('WRONG_TYPE', `The file is ${found.contentType}, which a ${upload.purpose} file cannot be`, { contentType: found.contentType, allowed: rule.types });
    }
    const mediaId = randomUUID();
    let dims: { width: number; height: number } | undefined;
    const variants: Record<string, Variant> = {};
    if (found.contentType.startsWith('image/')) {
      const image = found.image ?? Buffer.alloc(0);
      const derived = await deriveImages(image).catch(() => {
        throw refused('WRONG_TYPE', 'The image cannot be decoded');
      });
      dims = { width: derived.width, height: derived.height };
      for (const d of derived.derived) {
        const key = `${upload.ownerId}/${mediaId}/${d.name}.webp`;
        await this.storage.put(key, d.body, d.contentType);
        variants[d.name] = { key, width: d.width, height: d.height, contentType: d.contentType };
      }
    }
    return this.db.$transaction(async (tx) => {
      const media = await tx.media.create({
        data: {
          id: mediaId,
          ownerId: upload.ownerId,
          purpose: upload.purpose,
          filename: upload.filename,
          storageKey: upload.storageKey,
          contentType: found.contentType,
          size: BigInt(found.size),
          checksum: found.checksum,
          width: dims?.width ?? null,
          height: dims?.height ?? null,
          variants: variants as unknown as Prisma.InputJsonValue,
        },
      });
      await tx.upload.update({ where: { id: upload.id }, data: { status: 'completed', mediaId } });
      await emit(tx, 'MediaUploaded', mediaId, { mediaId, ownerId: upload.ownerId, purpose: upload.purpose, contentType: found.contentType, size: found.size, checksum: found.checksum });
      return media;
    });
  }

  /** Drops one of the owner's unfinished uploads. */
  async abort(ownerId: string, id: string): Promise<UploadView> {
    const upload = await this.ownUpload(ownerId, id);
    if (upload.status !== 'uploading') throw conflict(`This upload is ${upload.status}`);
    await this.storage.abortMultipart(upload.storageKey, upload.storageUploadId);
    return this.view(await this.db.upload.update({ where: { id }, data: { status: 'aborted' } }));
  }

  /**
   * Attaches one of the caller's files to a target, once `mayManage` (Targets) allowed the caller
   * to change it. An avatar replaces the previous one.
   */
  async attach(userId: string, admin: boolean, mediaId: string, target: Target, mayManage: () => Promise<void>): Promise<Media> {
    const media = await this.liveMedia(mediaId);
    if (media.ownerId !== userId && !admin) throw notFound('Media');
    if (!TARGET_PURPOSES[target.type].includes(media.purpose as Purpose)) {
      throw refused('WRONG_PURPOSE', `A ${media.purpose} file cannot be attached to a ${target.type}`, { allowed: TARGET_PURPOSES[target.type] });
    }
    await mayManage();
    await this.db.$transaction(async (tx) => {
      if (target.type === 'USER_AVATAR') await tx.attachment.deleteMany({ where: { targetType: 'USER_AVATAR', targetId: target.id, NOT: { mediaId } } });
      await tx.attachment.upsert({
        where: { mediaId_targetType_targetId: { mediaId, targetType: target.type, targetId: target.id } },
        create: { id: randomUUID(), mediaId, targetType: target.type, targetId: target.id, createdBy: userId },
        update: {},
      });
      await emit(tx, 'MediaAttached', mediaId, { mediaId, ownerId: media.ownerId, targetType: target.type, targetId: target.id, by: userId });
    });
    return media;
  }

  /** Detaches a file; true when it was attached there. */
  async detach(userId: string, mediaId: string, target: Target): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.attachment.deleteMany({ where: { mediaId, targetType: target.type, targetId: target.id } });
      if (count) await emit(tx, 'MediaDetached', mediaId, { mediaId, targetType: target.type, targetId: target.id, by: userId });
      return count > 0;
    });
  }

  /** Deletes a file (its owner, or an admin), wherever it is attached; the bytes go at once. */
  async delete(userId: string, admin: boolean, mediaId: string): Promise<boolean> {
    const media = await this.liveMedia(mediaId);
    if (media.ownerId !== userId && !admin) throw notFound('Media');
    await this.db.$transaction(async (tx) => {
      await tx.attachment.deleteMany({ where: { mediaId } });
      await tx.media.update({ where: { id: mediaId }, data: { deletedAt: new Date() } });
      await emit(tx, 'MediaDeleted', mediaId, { mediaId, ownerId: media.ownerId, by: userId });
    });
    await this.removeBytes(media);
    return true;
  }

  /** A live file, or null. */
  get(id: string): Promise<Media | null> {
    return isUuid(id) ? this.db.media.findFirst({ where: { id, deletedAt: null } }) : Promise.resolve(null);
  }

  /** The owner's live files, newest first. */
  ofOwner(ownerId: string, first: number): Promise<Media[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first must be 1 to 100', { field: 'first' });
    return this.db.media.findMany({ where: { ownerId, deletedAt: null }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: first });
  }

  /** Bytes the owner stores or is uploading. */
  async quota(ownerId: string): Promise<{ usedBytes: number; limitBytes: number }> {
    return { usedBytes: await this.usedBytes(this.db, ownerId), limitBytes: this.config.MEDIA_QUOTA_BYTES };
  }

  /** A signed URL of a file or one of its derived images, valid `expiresIn` seconds. */
  async url(media: Media, expiresIn: number | null | undefined, variant?: 'thumbnail' | 'display'): Promise<string | null> {
    const ttl = expiresIn ?? 300;
    if (!Number.isInteger(ttl) || ttl < 10 || ttl > 3600) throw badInput('expiresIn must be 10 to 3600 seconds', { field: 'expiresIn' });
    if (!variant) return this.storage.downloadUrl(media.storageKey, ttl, media.filename);
    const v = (media.variants as unknown as Record<string, Variant>)[variant];
    return v ? this.storage.downloadUrl(v.key, ttl) : null;
  }

  /**
   * Collects what nobody needs: uploads past their expiry (or stuck completing), and files
   * attached to nothing for longer than the grace period; only `ownerId`'s when given. Returns
   * how many of each it removed.
   */
  async collect({ now = new Date(), ownerId }: { now?: Date; ownerId?: string } = {}): Promise<{ uploads: number; media: number }> {
    const owner = ownerId ? { ownerId } : {};
    const stale = await this.db.upload.findMany({
      where: { ...owner, OR: [{ status: 'uploading', expiresAt: { lt: now } }, { status: 'completing', createdAt: { lt: new Date(now.getTime() - this.config.MEDIA_UPLOAD_TTL_MS) } }] },
      take: 500,
    });
    for (const u of stale) {
      await this.storage.abortMultipart(u.storageKey, u.storageUploadId).catch((err) => this.logger.warn({ err, upload: u.id }, 'could not abort an expired upload'));
      await this.db.upload.update({ where: { id: u.id }, data: { status: 'aborted' } });
    }
    const orphans = await this.db.media.findMany({
      where: { ...owner, deletedAt: null, createdAt: { lt: new Date(now.getTime() - this.config.MEDIA_ORPHAN_GRACE_MS) }, attachments: { none: {} } },
      take: 500,
    });
    for (const m of orphans) {
      const { count } = await this.db.media.updateMany({ where: { id: m.id, deletedAt: null, attachments: { none: {} } }, data: { deletedAt: now } });
      if (!count) continue; // attached meanwhile
      await this.db.outboxEvent.create({ data: { type: 'MediaDeleted', aggregateId: m.id, payload: { mediaId: m.id, ownerId: m.ownerId, by: 'service:media', reason: 'orphan' } } });
      await this.removeBytes(m);
    }
    return { uploads: stale.length, media: orphans.length };
  }

  private async removeBytes(media: Media): Promise<void> {
    const keys = [media.storageKey, ...Object.values(media.variants as unknown as Record<string, Variant>).map((v) => v.key)];
    for (const key of keys) await this.storage.delete(key).catch((err) => this.logger.warn({ err, key }, 'could not delete an object'));
  }

  private async usedBytes(db: Pick<PrismaClient, 'media' | 'upload'>, ownerId: string): Promise<number> {
    const [stored, pending] = await Promise.all([
      db.media.aggregate({ where: { ownerId, deletedAt: null }, _sum: { size: true } }),
      db.upload.aggregate({ where: { ownerId, status: { in: ['uploading', 'completing'] } }, _sum: { size: true } }),
    ]);
    return Number(stored._sum.size ?? 0n) + Number(pending._sum.size ?? 0n);
  }

  private async ownUpload(ownerId: string, id: string): Promise<Upload> {
    // Someone else's upload is NOT_FOUND, like a missing one: ids reveal nothing.
    const upload = isUuid(id) ? await this.db.upload.findFirst({ where: { id, ownerId } }) : null;
    if (!upload) throw notFound('Upload');
    return upload;
  }

  private async liveMedia(id: string): Promise<Media> {
    const media = await this.get(id);
    if (!media) throw notFound('Media');
    return media;
  }

  private async view(upload: Upload): Promise<UploadView> {
    const open = upload.status === 'uploading';
    const stored = open ? await this.storage.listParts(upload.storageKey, upload.storageUploadId) : [];
    const parts = await Promise.all(
      partsOf(Number(upload.size), upload.partSize).map(async (p) => {
        const uploaded = !open || stored.some((s) => s.partNumber === p.number && s.size === p.size);
        return { ...p, uploaded, url: uploaded ? null : await this.storage.partUrl(upload.storageKey, upload.storageUploadId, p.number, PART_URL_TTL) };
      }),
    );
    return { upload, parts };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string) => UUID.test(id);

/** Writes a domain event in the caller's transaction (relayed by the kit). */
async function emit(tx: Prisma.TransactionClient, type: string, aggregateId: string, payload: Record<string, unknown>) {
  await tx.outboxEvent.create({ data: { type, aggregateId, payload: payload as Prisma.InputJsonValue } });
}
