// Parcel geometry: validation of client and file input, and the derived values the database keeps
// per parcel (bounding box, centroid, area) or uses to answer map queries (bbox intersection).
import { doubleSignedArea, insideRing, onBoundary, segmentsMeet, selfIntersection, type Position } from './planar.ts';

export type { Position };

/** A GeoJSON Polygon: the outer ring first, then holes; every ring closed (first position = last). */
export interface Polygon {
  type: 'Polygon';
  coordinates: Position[][];
}

/** An axis-aligned rectangle in degrees: a parcel's bounds, or the map viewport a query asks about. */
export interface BBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** Bad geometry from a client or a file; the message names the problem (e.g. "ring 0 is not closed"). */
export class GeometryError extends Error {
  override name = 'GeometryError';
}

/** Mean Earth radius (IUGG), the sphere areas are measured on; the same as @turf/area's. */
export const EARTH_RADIUS_M = 6_371_008.8;
/** Most positions a parcel may have, over all its rings: bounds the O(n²) checks and row size. */
export const MAX_POSITIONS = 1_000;

const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Validates untrusted input as a parcel outline and returns a clean copy: a GeoJSON Polygon whose
 * rings are closed and have at least 4 positions of finite, in-range [lng, lat] (altitudes and
 * repeated consecutive positions are dropped), at most {@link MAX_POSITIONS} positions in all, an
 * outer ring that has an area and does not touch or cross itself, and simple holes inside it.
 * Throws {@link GeometryError} naming the first problem found.
 */
export function parsePolygon(value: unknown): Polygon {
  if (!isRecord(value) || value.type !== 'Polygon') {
    const type = isRecord(value) && typeof value.type === 'string' ? ` (got ${value.type.slice(0, 40)})` : '';
    throw new GeometryError(`geometry must be a GeoJSON Polygon${type}`);
  }
  const rings = value.coordinates;
  if (!Array.isArray(rings) || rings.length === 0) throw new GeometryError('Polygon coordinates must be a non-empty array of rings');
  // Count first, so a huge input is refused before any per-position work.
  let total = 0;
  rings.forEach((ring, r) => {
    if (!Array.isArray(ring)) throw new GeometryError(`ring ${r} must be an array of positions`);
    total += ring.length;
  });
  if (total > MAX_POSITIONS) throw new GeometryError(`polygon has ${total} positions; at most ${MAX_POSITIONS} are allowed`);

  const clean = (rings as unknown[][]).map((ring, r) => parseRing(ring, r));
  const outer = clean[0]!;
  clean.forEach((ring, r) => {
    const crossing = selfIntersection(ring);
    if (crossing) throw new GeometryError(`ring ${r} intersects itself (edges ${crossing[0]} and ${crossing[1]})`);
    // Twice-area below 1e-15 deg² (about 0.1 cm²): collapsed, not a parcel.
    if (Math.abs(doubleSignedArea(ring)) < 1e-15) throw new GeometryError(`ring ${r} has no area`);
    if (r > 0 && ring.some((p) => !insideRing(outer, p) && !onBoundary(outer, p))) throw new GeometryError(`ring ${r} (a hole) is not inside ring 0`);
  });
  return { type: 'Polygon', coordinates: clean };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseRing(ring: unknown[], r: number): Position[] {
  if (ring.length < 4) throw new GeometryError(`ring ${r} has ${ring.length} positions; a ring needs at least 4`);
  const positions = ring.map((p, k): Position => {
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      throw new GeometryError(`ring ${r} position ${k} is not a [lng, lat] pair of finite numbers`);
    }
    const [lng, lat] = p as [number, number];
    if (lng < -180 || lng > 180) throw new GeometryError(`ring ${r} position ${k} has longitude ${lng} outside [-180, 180]`);
    if (lat < -90 || lat > 90) throw new GeometryError(`ring ${r} position ${k} has latitude ${lat} outside [-90, 90]`);
    return [lng, lat];
  });
  const first = positions[0]!;
  const last = positions.at(-1)!;
  if (first[0] !== last[0] || first[1] !== last[1]) throw new GeometryError(`ring ${r} is not closed (its last position must equal its first)`);
  const distinct = positions.filter((p, k) => k === 0 || p[0] !== positions[k - 1]![0] || p[1] !== positions[k - 1]![1]);
  if (distinct.length < 4) throw new GeometryError(`ring ${r} has ${Math.max(0, distinct.length - 1)} distinct corners; a ring needs at least 3`);
  return distinct;
}

/** The bounds of the outer ring: what the database indexes (GiST) to find candidates for a map query. */
export function bboxOf(polygon: Polygon): BBox {
  const ring = polygon.coordinates[0]!;
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const [lng, lat] of ring) {
    if (lng < minLng) minLng = lng;
    if (lng > maxLng) maxLng = lng;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  return { minLng, minLat, maxLng, maxLat };
}

/**
 * Area of one ring on the sphere, unsigned, in m²: Chamberlain & Duquette's spherical-excess
 * approximation ("Some Algorithms for Polygons on a Sphere", 2007), the formula of @turf/area.
 */
function ringArea(ring: readonly Position[]): number {
  let total = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const p1 = ring[i]!;
    const p2 = ring[i + 1]!;
    total += (rad(p2[0]) - rad(p1[0])) * (2 + Math.sin(rad(p1[1])) + Math.sin(rad(p2[1])));
  }
  return Math.abs((total * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2);
}

/**
 * Area in m² on a sphere of radius {@link EARTH_RADIUS_M} (as @turf/area): the outer ring minus its
 * holes, whatever the rings' winding; never negative. Within about 0.5 % of the WGS84 ellipsoid's.
 */
export function areaM2(polygon: Polygon): number {
  const [outer, ...holes] = polygon.coordinates;
  let area = ringArea(outer!);
  for (const hole of holes) area -= ringArea(hole);
  return Math.max(0, area);
}

/**
 * The area-weighted centroid of the outer ring (planar in degrees, exact enough at parcel size):
 * where the map puts a parcel's label and marker. A ring with no area gives its vertices' mean.
 */
export function centroidOf(polygon: Polygon): Position {
  const ring = polygon.coordinates[0]!;
  const [ox, oy] = ring[0]!;
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const x0 = ring[i]![0] - ox;
    const y0 = ring[i]![1] - oy;
    const x1 = ring[i + 1]![0] - ox;
    const y1 = ring[i + 1]![1] - oy;
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (twiceArea === 0) {
    const corners = ring.slice(0, -1);
    const n = Math.max(1, corners.length);
    return [corners.reduce((s, p) => s + p[0], 0) / n, corners.reduce((s, p) => s + p[1], 0) / n];
  }
  return [ox + cx / (3 * twiceArea), oy + cy / (3 * twiceArea)];
}

/**
 * Does the parcel's outer ring share any point with the rectangle? Touching counts (an edge on an
 * edge, a corner on a corner), so a parcel is found by any box that reaches it. Either holds a
 * point of the other, or their edges meet. Parcels never cross the antimeridian.
 */
export function intersectsBBox(polygon: Polygon, bbox: BBox): boolean {
  const ring = polygon.coordinates[0]!;
  const own = bboxOf(polygon);
  if (own.maxLng < bbox.minLng || own.minLng > bbox.maxLng || own.maxLat < bbox.minLat || own.minLat > bbox.maxLat) return false;
  for (const [lng, lat] of ring) {
    if (lng >= bbox.minLng && lng <= bbox.maxLng && lat >= bbox.minLat && lat <= bbox.maxLat) return true;
  }
  const corners: Position[] = [
    [bbox.minLng, bbox.minLat],
    [bbox.maxLng, bbox.minLat],
    [bbox.maxLng, bbox.maxLat],
    [bbox.minLng, bbox.maxLat],
  ];
  if (corners.some((c) => insideRing(ring, c))) return true;
  for (let i = 0; i < ring.length - 1; i++) {
    for (let k = 0; k < 4; k++) {
      if (segmentsMeet(ring[i]!, ring[i + 1]!, corners[k]!, corners[(k + 1) % 4]!)) return true;
    }
  }
  return false;
}

/**
 * Refuses a query box that would be meaningless or too costly: non-finite values, coordinates out
 * of range, a minimum above its maximum, or more than `maxAreaDeg2` square degrees (a zoomed-out
 * map must not scan the whole world). Throws {@link GeometryError}; returns nothing when fine.
 */
export function validateBBox(bbox: BBox, { maxAreaDeg2 }: { maxAreaDeg2: number }): void {
  const { minLng, minLat, maxLng, maxLat } = bbox;
  if (![minLng, minLat, maxLng, maxLat].every((v) => typeof v === 'number' && Number.isFinite(v))) throw new GeometryError('bbox coordinates must be finite numbers');
  for (const [name, v] of [['minLng', minLng], ['maxLng', maxLng]] as const) {
    if (v < -180 || v > 180) throw new GeometryError(`bbox ${name} ${v} is outside [-180, 180]: longitudes must be within range`);
  }
  for (const [name, v] of [['minLat', minLat], ['maxLat', maxLat]] as const) {
    if (v < -90 || v > 90) throw new GeometryError(`bbox ${name} ${v} is outside [-90, 90]: latitudes must be within range`);
  }
  if (minLng > maxLng) throw new GeometryError(`bbox minLng ${minLng} is greater than maxLng ${maxLng}: the minimum must not exceed the maximum`);
  if (minLat > maxLat) throw new GeometryError(`bbox minLat ${minLat} is greater than maxLat ${maxLat}: the minimum must not exceed the maximum`);
  const area = (maxLng - minLng) * (maxLat - minLat);
  if (area > maxAreaDeg2) throw new GeometryError(`bbox covers ${+area.toPrecision(4)} square degrees, more than the ${maxAreaDeg2} allowed; zoom in`);
}
