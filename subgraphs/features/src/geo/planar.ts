// Planar predicates on [lng, lat] pairs, shared by validation and the bbox test. Parcels are
// small and never cross the antimeridian, so treating degrees as a plane is exact enough here.
// Arithmetic is plain doubles: axis-aligned touches (a box edge on a parcel vertex or edge) are
// exact; a box corner lying exactly on a slanted edge is decided up to rounding.
/** [longitude, latitude] in degrees (WGS84), as in GeoJSON. */
export type Position = [number, number];

/** Sign of the turn a → b → c: 1 left (counter-clockwise), -1 right, 0 collinear. */
export function orient(a: Position, b: Position, c: Position): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

/** Is p, already known to be collinear with a and b, within the segment ab (ends included)? */
function withinSpan(a: Position, b: Position, p: Position): boolean {
  return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
}

/** Do the closed segments ab and cd share at least one point (touching and overlapping count)? */
export function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  return (o1 === 0 && withinSpan(a, b, c)) || (o2 === 0 && withinSpan(a, b, d)) || (o3 === 0 && withinSpan(c, d, a)) || (o4 === 0 && withinSpan(c, d, b));
}

/**
 * The first pair of non-adjacent edges of a closed ring that meet, as edge indexes, or null when
 * the ring is simple. O(n²), fine for parcels (at most 1,000 positions). Expects no repeated
 * consecutive positions (a zero-length edge would "meet" its neighbours' neighbours).
 */
export function selfIntersection(ring: readonly Position[]): [number, number] | null {
  const n = ring.length - 1; // edges; the last position repeats the first
  for (let i = 0; i < n; i++) {
    // Adjacent edges only share their vertex, unless the ring doubles back on itself (a spike).
    const a = ring[i]!;
    const b = ring[i + 1]!;
    const c = ring[(i + 2) % n]!;
    if (orient(a, b, c) === 0 && (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]) < 0) return [i, (i + 1) % n];
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // the first and last edges share the closing vertex
      if (segmentsMeet(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!)) return [i, j];
    }
  }
  return null;
}

/** Is p on one of the ring's edges? */
export function onBoundary(ring: readonly Position[], p: Position): boolean {
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    if (orient(a, b, p) === 0 && withinSpan(a, b, p)) return true;
  }
  return false;
}

/** Even-odd test: is p inside the closed ring? Points on the boundary may go either way. */
export function insideRing(ring: readonly Position[], p: Position): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** Twice the signed planar area of a closed ring (positive when counter-clockwise), in degrees². */
export function doubleSignedArea(ring: readonly Position[]): number {
  // Relative to the first vertex: keeps precision for small rings far from (0, 0).
  const [ox, oy] = ring[0]!;
  let sum = 0;
  for (let i = 1; i < ring.length - 2; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    sum += (x0 - ox) * (y1 - oy) - (x1 - ox) * (y0 - oy);
  }
  return sum;
}
