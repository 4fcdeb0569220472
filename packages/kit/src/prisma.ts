import { PrismaPg } from '@prisma/adapter-pg';
import { baseConfigSchema, loadConfig } from './config.ts';

/** The part of a generated PrismaClient class that the kit relies on. */
export interface PrismaLike {
  $disconnect(): Promise<void>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** Options for a context's Prisma client. */
export interface PrismaOptions {
  /** Connections in the pool. Default: DATABASE_POOL_SIZE (10). */
  poolSize?: number;
}

/**
 * Creates a context's Prisma client (the class generated into that context's own folder),
 * querying through @prisma/adapter-pg's pool.
 */
export function createPrismaClient<C extends PrismaLike>(
  PrismaClient: new (options: { adapter: PrismaPg }) => C,
  url: string,
  options: PrismaOptions = {},
): C {
  const adapter = new PrismaPg({ connectionString: url, max: options.poolSize ?? loadConfig(baseConfigSchema).DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}
