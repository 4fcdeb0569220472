import { baseConfigSchema, loadConfig } from '@worldgraph/kit';
import { z } from 'zod';

const MiB = 1024 * 1024;
const types = (csv: string) => z.string().default(csv).transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean));

/** media's settings, on top of the kit's. */
export const mediaConfigSchema = baseConfigSchema.extend({
  /** S3 API endpoint (AWS, MinIO, Ceph RGW, S3Proxy), e.g. http://127.0.0.1:9300. Default: unset, files live on local disk under DATA_DIR/media. */
  S3_ENDPOINT: z.string().url().optional(),
  /** S3 region. Default: us-east-1. */
  S3_REGION: z.string().default('us-east-1'),
  /** Bucket of the media files (created if missing). Default: worldgraph-media. */
  S3_BUCKET: z.string().default('worldgraph-media'),
  /** S3 access key id. Default: none (required with S3_ENDPOINT). */
  S3_ACCESS_KEY_ID: z.string().optional(),
  /** S3 secret access key. Default: none (required with S3_ENDPOINT). */
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Where clients reach the media subgraph for the disk store's signed URLs. Default: the subgraph's own URL. */
  MEDIA_PUBLIC_URL: z.string().url().optional(),
  /** Largest file, in bytes, whatever its purpose. Default: 100 MiB. */
  MEDIA_MAX_FILE_BYTES: z.coerce.number().int().positive().default(100 * MiB),
  /** Largest image (avatars, parcel images), in bytes. Default: 20 MiB. */
  MEDIA_MAX_IMAGE_BYTES: z.coerce.number().int().positive().default(20 * MiB),
  /** Bytes a user may store in all (uploads in progress count). Default: 500 MiB. */
  MEDIA_QUOTA_BYTES: z.coerce.number().int().positive().default(500 * MiB),
  /** Size of each part of an upload, in bytes (S3 needs at least 5 MiB except the last). Default: 8 MiB. */
  MEDIA_PART_BYTES: z.coerce.number().int().min(5 * MiB).max(64 * MiB).default(8 * MiB),
  /** Content types of images (AVATAR, FEATURE_IMAGE). Default: image/jpeg,image/png,image/webp,image/gif. */
  MEDIA_IMAGE_TYPES: types('image/jpeg,image/png,image/webp,image/gif'),
  /** Content types of hunt and clue media (HUNT). Default: images, video/mp4, video/webm. */
  MEDIA_HUNT_TYPES: types('image/jpeg,image/png,image/webp,image/gif,video/mp4,video/webm'),
  /** Content types of attachments (tickets, KYC documents). Default: images and application/pdf. */
  MEDIA_ATTACHMENT_TYPES: types('image/jpeg,image/png,image/webp,application/pdf'),
  /** How long an upload may stay unfinished before it is collected, in ms. Default: 24 h. */
  MEDIA_UPLOAD_TTL_MS: z.coerce.number().int().positive().default(86_400_000),
  /** How long a file attached to nothing is kept before it is collected, in ms. Default: 24 h. */
  MEDIA_ORPHAN_GRACE_MS: z.coerce.number().int().min(0).default(86_400_000),
  /** How often orphans and expired uploads are collected, in ms; 0 never. Default: 600000. */
  MEDIA_JOB_INTERVAL_MS: z.coerce.number().int().min(0).default(600_000),
});
export type MediaConfig = z.infer<typeof mediaConfigSchema>;

export const loadMediaConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(mediaConfigSchema, env);
