import type { PrismaClient } from '../generated/prisma/client.ts';
import { areaM2, bboxOf, centroidOf } from '../geo/geometry.ts';
import type { ParcelSpec } from '../geo/demo-world.ts';

const BATCH = 1_000;

/** Inserts parcels in batches; ids already present are skipped, so an import can be re-run. Returns rows added. */
export async function insertParcels(db: PrismaClient, parcels: Iterable<ParcelSpec>): Promise<number> {
  let added = 0;
  let batch: ParcelSpec[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const boxes = batch.map((p) => bboxOf(p.geometry));
    const centroids = batch.map((p) => centroidOf(p.geometry));
    added += await db.$executeRaw`
      INSERT INTO features (id, geometry, bounds, centroid_lng, centroid_lat, area_m2, land_use, price_asset, price, updated_at)
      SELECT t.id, t.geometry::jsonb, box(point(t.min_lng, t.min_lat), point(t.max_lng, t.max_lat)), t.c_lng, t.c_lat, t.area,
             t.land_use::"LandUse", t.asset, t.price::numeric, now()
      FROM unnest(${batch.map((p) => p.id)}::text[], ${batch.map((p) => JSON.stringify(p.geometry))}::text[],
                  ${boxes.map((b) => b.minLng)}::float8[], ${boxes.map((b) => b.minLat)}::float8[],
                  ${boxes.map((b) => b.maxLng)}::float8[], ${boxes.map((b) => b.maxLat)}::float8[],
                  ${centroids.map((c) => c[0])}::float8[], ${centroids.map((c) => c[1])}::float8[],
                  ${batch.map((p) => areaM2(p.geometry))}::float8[], ${batch.map((p) => p.landUse)}::text[],
                  ${batch.map((p) => p.asset)}::text[], ${batch.map((p) => p.price)}::text[])
        AS t(id, geometry, min_lng, min_lat, max_lng, max_lat, c_lng, c_lat, area, land_use, asset, price)
      ON CONFLICT (id) DO NOTHING`;
    batch = [];
  };
  for (const parcel of parcels) {
    batch.push(parcel);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return added;
}

/** Seeds the demo world into an empty database, so the explorer and the clients have a map to show. */
export async function seedIfEmpty(db: PrismaClient, parcels: () => Iterable<ParcelSpec>): Promise<number> {
  // One replica seeds; the others wait on the lock and then find the table full.
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('features:seed'))`;
    const [{ n }] = (await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM features`) as [{ n: number }];
    return n ? 0 : insertParcels(tx as unknown as PrismaClient, parcels());
  }, { timeout: 300_000 });
}
