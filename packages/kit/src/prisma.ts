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
  PrismaClient: new (options: { adapter: PrismaPg; transactionOptions?: { maxWait?: number; timeout?: number } }) => C,
  url: string,
  options: PrismaOptions = {},
): C {
  const adapter = new PrismaPg({ connectionString: url, max: options.poolSize ?? loadConfig(baseConfigSchema).DATABASE_POOL_SIZE });
  // Prisma's defaults (2 s to get a pooled connection, 5 s to finish) turn a busy moment into
  // INTERNAL_SERVER_ERRORs and failed jobs; waiting longer for one of a small pool's connections is
  // what the caller wants, and a request still ends within the router's subgraph timeout.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
}
