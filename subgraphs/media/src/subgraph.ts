import path from 'node:path';
import { createPrismaClient, defineSubgraph, devSecret, groupedLoader, keyedLoader, onUserErased, intervalJob, isUuid } from '@worldgraph/kit';
import { loadMediaConfig, type MediaConfig } from './config.ts';
import type { MediaContext } from './context.ts';
import { Library } from './domain/library.ts';
import type { ObjectStorage } from './domain/storage.ts';
import { Targets } from './domain/targets.ts';
import { forgetUser } from './domain/erasure.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { DiskStorage } from './store/disk.ts';
import { S3Storage } from './store/s3.ts';

/** media: files in object storage (uploads in parts, signed URLs, derived images), attached to any entity. */
export const media = defineSubgraph<MediaContext>({
  name: 'media',
  schemaPath: new URL('../schema.graphql', import.meta.url),
  migrationsDir: new URL('../../../prisma/media/migrations', import.meta.url),
  outbox: true,
  resolvers: resolvers as never,
  async create(runtime) {
    const config = loadMediaConfig();
    const db = createPrismaClient(PrismaClient, runtime.databaseUrl);
    const ownUrl = () => config.MEDIA_PUBLIC_URL ?? new URL(runtime.subgraphUrl('media') ?? 'http://127.0.0.1:4007/graphql').origin;
    const storage = createStorage(config, ownUrl);
    await storage.init();
    const library = new Library(db, storage, config, runtime.logger);
    // accounts' UserErased: the person's files go.
    const erasure = onUserErased(runtime.events, 'media', (userId) => forgetUser(library, userId));
    const job = intervalJob(config.MEDIA_JOB_INTERVAL_MS, () => library.collect(), { name: 'media collection', logger: runtime.logger, level: 'warn' });
    return {
      context: (base) => ({
        ...base,
        library,
        targets: new Targets(runtime),
        mediaById: keyedLoader((ids) => db.media.findMany({ where: { id: { in: [...ids] }, deletedAt: null } }), (m) => m.id, { only: isUuid }),
        attachedTo: groupedLoader(
          (keys) =>
            db.attachment.findMany({
              where: { OR: keys.map((k) => ({ targetType: k.split(':')[0]!, targetId: k.slice(k.indexOf(':') + 1) })), media: { deletedAt: null } },
              include: { media: true },
              orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            }),
          (a) => `${a.targetType}:${a.targetId}`,
        ),
      }),
      routes: (router) => (storage instanceof DiskStorage ? storage.routes(router) : undefined),
      ready: async () => {
        await db.$queryRawUnsafe('SELECT 1');
        await storage.ping();
      },
      // Object storage: S3 (S3_ENDPOINT) or the local disk.
      checks: { [storage instanceof S3Storage ? 's3' : 'disk']: () => storage.ping() },
      close: async () => {
        await job.stop();
        await erasure.stop();
        await db.$disconnect();
      },
    };
  },
});

/** S3 when S3_ENDPOINT is set, else the local disk under DATA_DIR/media. */
function createStorage(config: MediaConfig, ownUrl: () => string): ObjectStorage {
  if (config.S3_ENDPOINT) {
    if (!config.S3_ACCESS_KEY_ID || !config.S3_SECRET_ACCESS_KEY) throw new Error('S3_ENDPOINT needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
    return new S3Storage({ endpoint: config.S3_ENDPOINT, region: config.S3_REGION, bucket: config.S3_BUCKET, accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY });
  }
  const secret = config.NODE_ENV === 'production' ? requireSecret(config) : devSecret(config.DATA_DIR, 'media-url-secret');
  return new DiskStorage(path.resolve(config.DATA_DIR, 'media'), secret, ownUrl);
}

function requireSecret(config: MediaConfig): string {
  if (!config.SERVICE_TOKEN_SECRET) throw new Error('production needs SERVICE_TOKEN_SECRET');
  return config.SERVICE_TOKEN_SECRET;
}
