import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { databaseUrl, dropDatabases, ensureDatabase } from '../src/database.ts';
import { migrate, MigrationError, pendingMigrations } from '../src/migrate.ts';

const server = process.env.DATABASE_URL;
const prefix = `wgt_kit_${randomBytes(3).toString('hex')}_`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'wg-migrations-'));
/** Writes `<folder>/<name>/migration.sql`, Prisma's layout. */
const writeIn = (folder: string, name: string, sql: string) => {
  mkdirSync(path.join(folder, name), { recursive: true });
  writeFileSync(path.join(folder, name, 'migration.sql'), sql);
};
const write = (name: string, sql: string) => writeIn(dir, name, sql);

// Runs where a Postgres server is configured: always under `npm test`, which provides one.
(server ? describe : describe.skip)('migration runner', () => {
  const url = databaseUrl(server!, `${prefix}db`);
  afterAll(async () => {
    await dropDatabases(server!, prefix);
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies pending migrations once and records them as prisma migrate deploy does', async () => {
    await ensureDatabase(server!, `${prefix}db`);
    await ensureDatabase(server!, `${prefix}db`); // idempotent
    write('20260101000000_init', 'CREATE TABLE t (id int PRIMARY KEY);');
    write('20260102000000_more', 'ALTER TABLE t ADD COLUMN name text;');
    expect(await pendingMigrations(url, dir)).toEqual(['20260101000000_init', '20260102000000_more']);
    expect(await migrate(url, dir)).toEqual(['20260101000000_init', '20260102000000_more']);
    expect(await migrate(url, dir)).toEqual([]);
    expect(await pendingMigrations(url, dir)).toEqual([]);

    const client = new pg.Client(url);
    await client.connect();
    const { rows } = await client.query('SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM _prisma_migrations ORDER BY migration_name');
    await client.end();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      migration_name: '20260101000000_init',
      checksum: createHash('sha256').update('CREATE TABLE t (id int PRIMARY KEY);').digest('hex'),
      applied_steps_count: 1,
      rolled_back_at: null,
    });
    expect(rows[0].finished_at).toBeInstanceOf(Date);
  });

  it('refuses a migration edited after it was applied', async () => {
    write('20260101000000_init', 'CREATE TABLE t (id bigint PRIMARY KEY);');
    await expect(migrate(url, dir)).rejects.toThrow(MigrationError);
    write('20260101000000_init', 'CREATE TABLE t (id int PRIMARY KEY);');
  });

  it('rolls back a failing migration, records the failure, and stops there', async () => {
    write('20260103000000_broken', 'CREATE TABLE u (id int); SELEC 1;');
    await expect(migrate(url, dir)).rejects.toThrow(/20260103000000_broken failed/);
    const client = new pg.Client(url);
    await client.connect();
    const table = await client.query("SELECT to_regclass('u') AS t");
    await client.end();
    expect(table.rows[0].t).toBeNull();
    await expect(migrate(url, dir)).rejects.toThrow(/failed earlier/);
  });

  // Index builds on a live table (an outbox under writes) must not block its writers: a file of that one
  // statement runs outside any transaction block, as `prisma migrate deploy` runs it.
  it('runs a file of one CREATE INDEX CONCURRENTLY outside a transaction, and refuses it beside other statements', async () => {
    const dir2 = mkdtempSync(path.join(os.tmpdir(), 'wg-migrations-'));
    const write2 = (name: string, sql: string) => writeIn(dir2, name, sql);
    const url2 = databaseUrl(server!, `${prefix}db2`);
    await ensureDatabase(server!, `${prefix}db2`);
    try {
      write2('20260101000000_init', "CREATE TABLE events (id bigserial PRIMARY KEY, published_at timestamptz); INSERT INTO events (published_at) SELECT CASE WHEN g % 2 = 0 THEN now() END FROM generate_series(1, 100) g;");
      write2('20260102000000_index', '-- built while writers keep writing\nCREATE INDEX CONCURRENTLY "events_unpublished_idx" ON "events" ("id") WHERE "published_at" IS NULL;\n');
      expect(await migrate(url2, dir2)).toEqual(['20260101000000_init', '20260102000000_index']);
      const client = new pg.Client(url2);
      await client.connect();
      try {
        const index = await client.query("SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass('events_unpublished_idx')");
        expect(index.rows).toEqual([{ indisvalid: true }]);

        // Beside another statement it would run in the file's implicit transaction, which Postgres refuses:
        // the migration fails whole (the other statement's table is not there) and is recorded as failed.
        write2('20260103000000_mixed', 'CREATE TABLE other (id int); CREATE INDEX CONCURRENTLY "events_published_idx" ON "events" ("published_at");');
        await expect(migrate(url2, dir2)).rejects.toThrow(/20260103000000_mixed failed: CREATE INDEX CONCURRENTLY cannot/);
        const other = await client.query("SELECT to_regclass('other') AS t, to_regclass('events_published_idx') AS i");
        expect(other.rows).toEqual([{ t: null, i: null }]);
        const failed = await client.query("SELECT finished_at, logs FROM _prisma_migrations WHERE migration_name = '20260103000000_mixed'");
        expect(failed.rows).toEqual([{ finished_at: null, logs: expect.stringContaining('transaction block') }]);
      } finally {
        await client.end();
      }
    } finally {
      rmSync(dir2, { recursive: true, force: true });
    }
  });
});
