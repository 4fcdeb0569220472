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
const write = (name: string, sql: string) => {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, 'migration.sql'), sql);
};

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
});
