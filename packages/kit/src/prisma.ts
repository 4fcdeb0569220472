import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
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
 * Plain statements on a context's database, beside its Prisma client and on the same pool: for the
 * few statements of a hot path that call one of the context's SQL functions (a purchase step, a
 * wallet batch, a consumer's batch). pg's own parsing applies: text and numeric as strings, bigint
 * as a string, timestamptz as a Date. `connect` lends one connection, for a transaction of plain
 * statements: `onOneConnection`.
 */
export type SqlPool = Pick<pg.Pool, 'query' | 'connect'>;

/** What a failed plain statement throws (its `code` is the SQLSTATE). */
export const SqlError = pg.DatabaseError;

/**
 * Runs `work` on one connection of `pool`, for a transaction of plain statements that `work` begins
 * and commits itself (often in one simple query with a statement of its own, saving round trips).
 * When `work` fails, the transaction is rolled back; a connection the rollback cannot reach is
 * closed instead of pooled again. A connection cut meanwhile fails the statement under way, never
 * the process (its error event is heard).
 */
export async function onOneConnection<T>(pool: SqlPool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const ignore = () => {};
  client.on('error', ignore);
  let broken: Error | undefined;
  try {
    return await work(client);
  } catch (error) {
    await client.query('ROLLBACK').catch((e: Error) => (broken = e));
    throw error;
  } finally {
    client.off('error', ignore);
    client.release(broken);
  }
}

/** A context's database: its Prisma client, and its pool for plain statements (`SqlPool`). */
export interface Database<C> {
  prisma: C;
  sql: SqlPool;
  /** Disconnects the client and ends the pool. */
  close(): Promise<void>;
}

type PrismaClientClass<C> = new (options: {
  adapter: PrismaPg;
  errorFormat?: 'minimal' | 'colorless' | 'pretty';
  transactionOptions?: { maxWait?: number; timeout?: number };
}) => C;

/**
 * Opens a context's database: its Prisma client (the class generated into that context's own
 * folder), querying through @prisma/adapter-pg, and the same pool for plain statements (`sql`).
 * One pool, so the context's connections stay bounded by `poolSize` whichever way a query goes;
 * `close` ends it (so does `$disconnect` once the client has connected).
 *
 * Why plain statements at all: Prisma's client costs far more CPU per query than the query itself
 * for a one-statement SQL function call ($queryRaw's template, its query interpreter, its result
 * mapping): under the buyFeature benchmark Prisma was about a fifth of the test stack's CPU, most of
 * it for the purchase steps and wallet batches (tools/bench/README.md, the write path). A plain
 * statement of the hot path is also prepared once per connection (a named statement), not parsed
 * and planned by Postgres on every call.
 */
export function openDatabase<C extends PrismaLike>(PrismaClient: PrismaClientClass<C>, url: string, options: PrismaOptions = {}): Database<C> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? loadConfig(baseConfigSchema).DATABASE_POOL_SIZE });
  pool.on('error', () => {}); // an idle connection cut by the server: the next query reconnects
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const prisma = new PrismaClient({
    adapter,
    // 'minimal': Prisma's other formats capture a stack trace (new Error) on every query, to point a
    // failed query's message at its call site (about 1 % of the test stack's CPU under the purchase
    // benchmark); the error a query throws keeps its own stack and message.
    errorFormat: 'minimal',
    // Prisma's defaults (2 s to get a pooled connection, 5 s to finish) turn a busy moment into
    // INTERNAL_SERVER_ERRORs and failed jobs; waiting longer for one of a small pool's connections is
    // what the caller wants, and a request still ends within the router's subgraph timeout.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
  return {
    prisma,
    sql: pool,
    close: async () => {
      await prisma.$disconnect();
      if (!pool.ended) await pool.end();
    },
  };
}

/** Creates a context's Prisma client (`openDatabase` without the plain statements). */
export function createPrismaClient<C extends PrismaLike>(PrismaClient: PrismaClientClass<C>, url: string, options: PrismaOptions = {}): C {
  return openDatabase(PrismaClient, url, options).prisma;
}
