// Imports parcels from a GeoJSON FeatureCollection into the features database:
//   npm run import -w @worldgraph/features -- parcels.geojson [--asset PSC] [--price 100] [--land-use residential]
// DATABASE_URL names the Postgres server (npm start's embedded one: postgres://postgres:postgres@127.0.0.1:5433/postgres).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { baseConfigSchema, createPrismaClient, databaseUrl, loadConfig, migrate } from '@worldgraph/kit';
import { insertParcels } from './domain/seed.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { parseFeatureCollection } from './geo/feature-collection.ts';
import { LAND_USES, type LandUse } from './geo/land-use.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { asset: { type: 'string', default: 'PSC' }, price: { type: 'string', default: '100' }, 'land-use': { type: 'string', default: 'residential' } },
});
const landUse = values['land-use'] as LandUse;
if (positionals.length !== 1 || !LAND_USES.includes(landUse)) {
  console.error(`usage: import <file.geojson> [--asset PSC] [--price 100] [--land-use ${LAND_USES.join('|')}]`);
  process.exit(2);
}
const config = loadConfig(baseConfigSchema);
if (!config.DATABASE_URL) {
  console.error('set DATABASE_URL (npm start runs its embedded Postgres at postgres://postgres:postgres@127.0.0.1:5433/postgres)');
  process.exit(2);
}
try {
  const parcels = parseFeatureCollection(JSON.parse(readFileSync(positionals[0]!, 'utf8')), { asset: values.asset!, price: values.price!, landUse });
  const url = databaseUrl(config.DATABASE_URL, `${config.DB_PREFIX}features`);
  await migrate(url, new URL('../../../prisma/features/migrations', import.meta.url).pathname);
  const db = createPrismaClient(PrismaClient, url);
  const added = await insertParcels(db, parcels);
  await db.$disconnect();
  console.log(`imported ${added} of ${parcels.length} parcels (${parcels.length - added} already present)`);
} catch (error) {
  console.error(`import failed: ${(error as Error).message}`);
  process.exit(1);
}
