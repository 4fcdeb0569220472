import { createPrismaClient, databaseUrl } from '@worldgraph/kit';
import { closeDatabases, database, gql, stack } from '@worldgraph/testenv';
import { seedData } from '../src/domain/seed.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';

afterAll(closeDatabases);

test('realms and their zones are seeded and public', async () => {
  const res = await gql('{ realms { id name kind status population zones { id minLevel maxLevel start } } }');
  expect(res.errors).toBeUndefined();
  const realms = res.data!.realms;
  expect(realms.map((r: { id: string }) => r.id)).toEqual(['aurora', 'ironvale', 'lorekeep']);
  expect(realms[0].zones.filter((z: { start: boolean }) => z.start)).toHaveLength(1);
  expect(realms[0].population).toBe('low');
});

test('seeding again changes nothing, and puts back what the data says', async () => {
  const { databaseUrl: server, dbPrefix } = stack();
  const db = createPrismaClient(PrismaClient, databaseUrl(server, `${dbPrefix}characters`));
  try {
    const pool = database('characters');
    await pool.query(`UPDATE item_definitions SET stack_size = 3 WHERE id = 'bread'`);
    await pool.query(`UPDATE realms SET status = 'maintenance' WHERE id = 'lorekeep'`);
    await Promise.all([seedData(db), seedData(db)]);
    const { rows } = await pool.query(`SELECT (SELECT stack_size FROM item_definitions WHERE id = 'bread') AS bread, (SELECT status FROM realms WHERE id = 'lorekeep') AS status, (SELECT count(*)::int FROM zones) AS zones`);
    // The catalog follows the data; a realm's status is the operators'.
    expect(rows[0]).toEqual({ bread: 50, status: 'maintenance', zones: 12 });
    await pool.query(`UPDATE realms SET status = 'online' WHERE id = 'lorekeep'`);
  } finally {
    await db.$disconnect();
  }
});
