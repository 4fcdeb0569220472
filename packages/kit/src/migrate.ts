import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

/**
 * Applies the SQL migrations of one context, in Prisma's layout
 * (`<dir>/<timestamp>_<name>/migration.sql`), recording each in `_prisma_migrations` exactly as
 * `prisma migrate deploy` does, so a machine with Prisma's engines can run the real CLI on the
 * same database. (Prisma's CLI cannot run here: its native schema engine cannot be downloaded.)
 */

// Prisma's own lock id for migrate, so our runner and the CLI exclude each other too.
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  sql: string;
  /** sha256 of the file, hex: Prisma's checksum. */
  checksum: string;
}

/** The migrations found in `dir`, oldest first. */
export async function readMigrations(dir: string): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/** Thrown when the database's history disagrees with the files: a failed or edited migration. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Applies every pending migration of `dir` to `url`; returns the names it applied. */
export async function migrate(url: string, dir: string): Promise<string[]> {
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const failed = rows.find((r) => !r.finished_at);
    if (failed) throw new MigrationError(`migration ${failed.migration_name} failed earlier; resolve it before migrating`);
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const done: string[] = [];
    for (const m of migrations) {
      const checksum = applied.get(m.name);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) throw new MigrationError(`migration ${m.name} was edited after it was applied`);
        continue;
      }
      const id = randomUUID();
      await client.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)', [id, m.checksum, m.name]);
      try {
        // The whole file as one simple query, without a BEGIN of our own, as `prisma migrate deploy`
        // sends it: Postgres runs several statements sent together as one implicit transaction (all or
        // nothing, and nobody sees them half done), and a file of one statement outside any transaction
        // block, which `CREATE INDEX CONCURRENTLY` needs (an index built on a live table without
        // blocking its writes). A file that holds its own BEGIN/COMMIT is run as it says.
        await client.query(m.sql);
      } catch (error) {
        // A failed implicit transaction is already rolled back; only a file's own explicit BEGIN can
        // leave one open.
        await client.query('ROLLBACK').catch(() => {});
        await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, String(error)]);
        throw new MigrationError(`migration ${m.name} failed: ${(error as Error).message}`);
      }
      await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
      done.push(m.name);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
}

/** Names of migrations in `dir` not yet applied to `url` (empty when the database is current). */
export async function pendingMigrations(url: string, dir: string): Promise<string[]> {
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client
      .query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
      .catch(() => ({ rows: [] as { migration_name: string }[] }));
    const applied = new Set(rows.map((r) => r.migration_name));
    return migrations.map((m) => m.name).filter((n) => !applied.has(n));
  } finally {
    await client.end();
  }
}
