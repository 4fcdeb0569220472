/** [longitude, latitude] in degrees (WGS84). */
export type Position = [number, number];
/** A GeoJSON Polygon: the outer ring first, then holes; every ring closed. */
export interface Polygon {
  type: 'Polygon';
  coordinates: Position[][];
}
export interface BBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** Bad geometry from a client or a file; the message names the problem. */
export class GeometryError extends Error {
  override name = 'GeometryError';
}

const EARTH_RADIUS_M = 6_371_008.8;
const MAX_POSITIONS = 1_000;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Validates a GeoJSON Polygon: closed rings of 4+ in-range positions, a simple outer ring. */
export function parsePolygon(value: unknown): Polygon {
  const v = value as Polygon;
  if (!v || typeof v !== 'object' || v.type !== 'Polygon' || !Array.isArray(v.coordinates) || !v.coordinates.length) {
    throw new GeometryError('geometry must be a GeoJSON Polygon');
  }
  let total = 0;
  v.coordinates.forEach((ring, r) => {
    if (!Array.isArray(ring) || ring.length < 4) throw new GeometryError(`ring ${r} needs at least 4 positions`);
    total += ring.length;
    for (const p of ring) {
      if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new GeometryError(`ring ${r} has a position that is not [lng, lat]`);
      if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) throw new GeometryError(`ring ${r} has a position out of range: [${p[0]}, ${p[1]}]`);
    }
    const [first, last] = [ring[0]!, ring.at(-1)!];
    if (first[0] !== last[0] || first[1] !== last[1]) throw new GeometryError(`ring ${r} is not closed`);
  });
  if (total > MAX_POSITIONS) throw new GeometryError(`a parcel has at most ${MAX_POSITIONS} positions`);
  if (selfIntersects(v.coordinates[0]!)) throw new GeometryError('ring 0 intersects itself');
  return { type: 'Polygon', coordinates: v.coordinates.map((ring) => ring.map((p) => [p[0], p[1]] as Position)) };
}

export function bboxOf(polygon: Polygon): BBox {
  const ring = polygon.coordinates[0]!;
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return { minLng: Math.min(...lngs), minLat: Math.min(...lats), maxLng: Math.max(...lngs), maxLat: Math.max(...lats) };
}

/** Spherical area of one ring (Chamberlain & Duquette, as @turf/area), unsigned. */
function ringArea(ring: Position[]): number {
  let total = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [p1, p2] = [ring[i]!, ring[i + 1]!];
    total += (rad(p2[0]) - rad(p1[0])) * (2 + Math.sin(rad(p1[1])) + Math.sin(rad(p2[1])));
  }
  return Math.abs((total * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2);
}

/** Geodesic area in m²: the outline minus its holes. */
export function areaM2(polygon: Polygon): number {
  const [outer, ...holes] = polygon.coordinates;
  return Math.max(0, ringArea(outer!) - holes.reduce((sum, h) => sum + ringArea(h), 0));
}

/** Area-weighted centroid of the outline (planar in degrees: parcels are small). */
export function centroidOf(polygon: Polygon): Position {
  const ring = polygon.coordinates[0]!;
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(a) < 1e-18) return ring[0]!;
  return [cx / (3 * a), cy / (3 * a)];
}

const orient = (a: Position, b: Position, c: Position) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
const onSegment = (a: Position, b: Position, p: Position) =>
  Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);

/** Do segments ab and cd share a point (touching included)? */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const [o1, o2, o3, o4] = [orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)];
  if (o1 !== o2 && o3 !== o4) return true;
  return (o1 === 0 && onSegment(a, b, c)) || (o2 === 0 && onSegment(a, b, d)) || (o3 === 0 && onSegment(c, d, a)) || (o4 === 0 && onSegment(c, d, b));
}

function selfIntersects(ring: Position[]): boolean {
  const n = ring.length - 1;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (j === i + 1 || (i === 0 && j === n - 1)) continue; // neighbours share a vertex
      if (segmentsMeet(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!)) return true;
    }
  }
  return false;
}

/** Even-odd point-in-ring test (points on the boundary may go either way; edges are tested separately). */
function inside(ring: Position[], p: Position): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** Does the parcel's outline share any point with the rectangle (touching edges and corners count)? */
export function intersectsBBox(polygon: Polygon, bbox: BBox): boolean {
  const ring = polygon.coordinates[0]!;
  const inBox = (p: Position) => p[0] >= bbox.minLng && p[0] <= bbox.maxLng && p[1] >= bbox.minLat && p[1] <= bbox.maxLat;
  if (ring.some(inBox)) return true;
  const corners: Position[] = [
    [bbox.minLng, bbox.minLat],
    [bbox.maxLng, bbox.minLat],
    [bbox.maxLng, bbox.maxLat],
    [bbox.minLng, bbox.maxLat],
  ];
  if (corners.some((c) => inside(ring, c))) return true;
  for (let i = 0; i < ring.length - 1; i++) {
    for (let k = 0; k < 4; k++) {
      if (segmentsMeet(ring[i]!, ring[i + 1]!, corners[k]!, corners[(k + 1) % 4]!)) return true;
    }
  }
  return false;
}

/** Refuses a query box that is inverted, out of range, not finite, or larger than `maxAreaDeg2`. */
export function validateBBox(bbox: BBox, { maxAreaDeg2 }: { maxAreaDeg2: number }): void {
  const values = [bbox.minLng, bbox.minLat, bbox.maxLng, bbox.maxLat];
  if (!values.every(Number.isFinite)) throw new GeometryError('bbox coordinates must be finite numbers');
  if (Math.abs(bbox.minLng) > 180 || Math.abs(bbox.maxLng) > 180) throw new GeometryError('bbox longitudes must be within [-180, 180]');
  if (Math.abs(bbox.minLat) > 90 || Math.abs(bbox.maxLat) > 90) throw new GeometryError('bbox latitudes must be within [-90, 90]');
  if (bbox.minLng > bbox.maxLng || bbox.minLat > bbox.maxLat) throw new GeometryError('bbox minimum must not exceed its maximum');
  if ((bbox.maxLng - bbox.minLng) * (bbox.maxLat - bbox.minLat) > maxAreaDeg2) {
    throw new GeometryError(`bbox covers more than ${maxAreaDeg2} square degrees; zoom in`);
  }
}
