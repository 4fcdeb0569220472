import { badInput, decodeCursor, encodeCursor, isUserId, pageSize } from '@worldgraph/kit';
import { GeometryError, intersectsBBox, validateBBox, type BBox, type Polygon } from '../geo/geometry.ts';
import type { Feature, PrismaClient } from '../generated/prisma/client.ts';

export interface FeatureFilter {
  landUse?: string[] | null;
  status?: string[] | null;
  ownerId?: string | null;
}

const ID_PATTERN = /^[\w.:-]{1,64}$/;

/** BAD_USER_INPUT unless `bbox` is a valid box of at most `maxAreaDeg2` square degrees. */
export function assertBBox(bbox: BBox, maxAreaDeg2: number): void {
  try {
    validateBBox(bbox, { maxAreaDeg2 });
  } catch (error) {
    if (error instanceof GeometryError) throw badInput(error.message, { field: 'bbox' });
    throw error;
  }
}

/**
 * Parcels intersecting a box, in id order. The GiST index on `bounds` finds the candidates whose
 * bounding boxes overlap (touching counts); the exact polygon test then drops the few that only
 * overlap by their bounding box. Pages stay full: candidates are read until a page is filled.
 */
export async function searchFeatures(
  db: PrismaClient,
  args: { bbox: BBox; filter?: FeatureFilter | null; first?: number | null; after?: string | null },
  maxAreaDeg2: number,
) {
  const { bbox, filter } = args;
  assertBBox(bbox, maxAreaDeg2);
  if (filter?.ownerId && !isUserId(filter.ownerId)) throw badInput('ownerId is not a user id', { field: 'filter.ownerId' });
  const size = pageSize(args.first, { fallback: 100, max: 500 });
  let after = args.after ? decodeCursor(args.after, ID_PATTERN) : '';
  const found: Feature[] = [];
  let exhausted = false;
  while (found.length <= size && !exhausted) {
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM features
      WHERE bounds && box(point(${bbox.minLng}, ${bbox.minLat}), point(${bbox.maxLng}, ${bbox.maxLat}))
        AND id > ${after}
        AND (${filter?.landUse ?? null}::text[] IS NULL OR land_use::text = ANY(${filter?.landUse ?? null}::text[]))
        AND (${filter?.status ?? null}::text[] IS NULL OR status::text = ANY(${filter?.status ?? null}::text[]))
        AND (${filter?.ownerId ?? null}::uuid IS NULL OR owner_id = ${filter?.ownerId ?? null}::uuid)
      ORDER BY id
      LIMIT ${size + 1}`;
    exhausted = ids.length <= size;
    if (!ids.length) break;
    after = ids.at(-1)!.id;
    const rows = await db.feature.findMany({ where: { id: { in: ids.map((r) => r.id) } }, orderBy: { id: 'asc' } });
    found.push(...rows.filter((f) => intersectsBBox(f.geometry as unknown as Polygon, bbox)));
  }
  const page = found.slice(0, size);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: found.length > size, endCursor: page.length ? encodeCursor(page.at(-1)!.id) : null },
  };
}
