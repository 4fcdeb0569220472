import { areaM2, bboxOf, centroidOf, EARTH_RADIUS_M, GeometryError, intersectsBBox, parsePolygon, validateBBox, type BBox, type Polygon } from '../../src/geo/geometry.ts';

const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});
const box = (minLng: number, minLat: number, maxLng: number, maxLat: number): BBox => ({ minLng, minLat, maxLng, maxLat });
const deg = Math.PI / 180;

describe('areaM2', () => {
  it('measures a 1° × 1° square at the equator as the sphere gives it: R² Δλ (sin φ2 − sin φ1)', () => {
    const sphere = EARTH_RADIUS_M ** 2 * deg * Math.sin(deg); // 12,363,718,145 m²
    expect(Math.abs(areaM2(rect(0, 0, 1, 1)) / sphere - 1)).toBeLessThan(1e-9);
  });

  it('is within 0.5 % of the WGS84 ellipsoid for that square (12,308,778,361 m²): the sphere is the model, as in @turf/area', () => {
    expect(Math.abs(areaM2(rect(0, 0, 1, 1)) / 12_308_778_361 - 1)).toBeLessThan(0.005);
  });

  it('agrees with @turf/area on a published example (32,819,945,055.137 m²)', () => {
    const star: Polygon = { type: 'Polygon', coordinates: [[[-5, 52], [-4, 56], [-2, 51], [-7, 54], [-5, 52]]] };
    expect(Math.abs(areaM2(star) / 32_819_945_055.137398 - 1)).toBeLessThan(1e-9);
  });

  it('measures a 100 m × 100 m square in Tehran as 10,000 m² within 1 %', () => {
    // Metres per degree on the WGS84 ellipsoid at 35.69° N: 110,950 north-south, 90,463 east-west.
    const [lng, lat] = [51.389, 35.6892];
    expect(Math.abs(areaM2(rect(lng, lat, lng + 100 / 90_463, lat + 100 / 110_950)) / 10_000 - 1)).toBeLessThan(0.01);
  });

  it('is the same whichever way the ring winds, and subtracts holes', () => {
    const outer = rect(0, 0, 0.002, 0.002).coordinates[0]!;
    const hole = rect(0.0005, 0.0005, 0.0015, 0.0015).coordinates[0]!;
    expect(areaM2({ type: 'Polygon', coordinates: [[...outer].reverse()] })).toBeCloseTo(areaM2({ type: 'Polygon', coordinates: [outer] }), 6);
    expect(areaM2({ type: 'Polygon', coordinates: [outer, hole] }) / areaM2({ type: 'Polygon', coordinates: [outer] })).toBeCloseTo(0.75, 4);
  });
});

describe('bboxOf and centroidOf', () => {
  const lShape: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]]] };

  it('bounds the outer ring', () => {
    expect(bboxOf(rect(2, 4, 4, 8))).toEqual(box(2, 4, 4, 8));
    expect(bboxOf(lShape)).toEqual(box(0, 0, 2, 2));
  });

  it('finds the area-weighted centre, not the mean of the corners', () => {
    expect(centroidOf(rect(2, 4, 4, 8))).toEqual([3, 6]);
    // Two unit squares' centres (1.5, 0.5), (0.5, 0.5) and one at (0.5, 1.5): mean (5/6, 5/6).
    const [x, y] = centroidOf(lShape);
    expect(x).toBeCloseTo(5 / 6, 12);
    expect(y).toBeCloseTo(5 / 6, 12);
  });

  it('stays precise for a 20 m parcel far from (0, 0)', () => {
    const [x, y] = centroidOf(rect(51.389, 35.6892, 51.38922, 35.68938));
    expect(x).toBeCloseTo(51.38911, 10);
    expect(y).toBeCloseTo(35.68929, 10);
  });
});

describe('intersectsBBox', () => {
  const parcel = rect(10, 10, 11, 11);
  it.each([
    ['a box inside the parcel', box(10.2, 10.2, 10.4, 10.4), true],
    ['the parcel inside the box', box(9, 9, 12, 12), true],
    ['a box overlapping one corner', box(10.5, 10.5, 11.5, 11.5), true],
    ['a box touching an edge', box(11, 10.5, 12, 10.6), true],
    ['a box touching a corner', box(11, 11, 12, 12), true],
    ['a box equal to the parcel', box(10, 10, 11, 11), true],
    ['a box crossing it with no corner inside either', box(10.4, 9, 10.6, 12), true],
    ['a zero-size box on its edge', box(10.5, 10, 10.5, 10), true],
    ['a box just beside it', box(11.0001, 10, 12, 11), false],
    ['a box far away', box(-30, -30, -29, -29), false],
  ])('%s: %s', (_label, bbox, expected) => {
    expect(intersectsBBox(parcel, bbox)).toBe(expected);
  });

  it('finds a slanted parcel whose edges cross a box holding none of its corners', () => {
    const diamond: Polygon = { type: 'Polygon', coordinates: [[[0, -2], [2, 0], [0, 2], [-2, 0], [0, -2]]] };
    expect(intersectsBBox(diamond, box(0.9, 0.9, 3, 3))).toBe(true); // edge (2,0)-(0,2) passes (1,1)
    expect(intersectsBBox(diamond, box(1, 1, 3, 3))).toBe(true); // touches it at (1, 1)
    expect(intersectsBBox(diamond, box(1.01, 1.01, 3, 3))).toBe(false);
    expect(intersectsBBox(diamond, box(-0.1, -3, 0.1, 3))).toBe(true); // a thin box across the middle
  });

  it('leaves out a box in the cut-off corner of a pentagon, though it overlaps its bounding box', () => {
    const cut: Polygon = { type: 'Polygon', coordinates: [[[0.5, 0], [1, 0], [1, 1], [0, 1], [0, 0.5], [0.5, 0]]] };
    expect(intersectsBBox(cut, box(0, 0, 0.2, 0.2))).toBe(false);
    expect(intersectsBBox(cut, box(0, 0, 0.25, 0.25))).toBe(true); // touches the cut at (0.25, 0.25)
  });
});

describe('parsePolygon', () => {
  it('returns a clean copy: altitudes and repeated positions dropped, holes kept', () => {
    const input = {
      type: 'Polygon',
      coordinates: [
        [[0, 0, 12], [1, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
        [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4], [0.2, 0.2]],
      ],
      bbox: [0, 0, 1, 1],
    };
    expect(parsePolygon(input)).toEqual({
      type: 'Polygon',
      coordinates: [
        [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
        [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4], [0.2, 0.2]],
      ],
    });
  });

  it('accepts rings of either winding and a concave outline', () => {
    expect(() => parsePolygon({ type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] })).not.toThrow();
    expect(() => parsePolygon({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]]] })).not.toThrow();
  });

  const many = (n: number) => {
    const ring = Array.from({ length: n - 1 }, (_, k) => [Math.cos((2 * Math.PI * k) / (n - 1)), Math.sin((2 * Math.PI * k) / (n - 1))]);
    return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
  };

  it.each([
    ['a Point', { type: 'Point', coordinates: [0, 0] }, /must be a GeoJSON Polygon \(got Point\)/],
    ['a Feature wrapping a Polygon', { type: 'Feature', geometry: rect(0, 0, 1, 1), properties: {} }, /must be a GeoJSON Polygon/],
    ['null', null, /must be a GeoJSON Polygon/],
    ['no rings', { type: 'Polygon', coordinates: [] }, /non-empty array of rings/],
    ['a ring that is not an array', { type: 'Polygon', coordinates: ['ring'] }, /ring 0 must be an array/],
    ['an unclosed ring', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] }, /ring 0 is not closed/],
    ['an unclosed hole', { type: 'Polygon', coordinates: [rect(0, 0, 1, 1).coordinates[0], [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4], [0.3, 0.4]]] }, /ring 1 is not closed/],
    ['too few positions', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] }, /ring 0 has 3 positions; a ring needs at least 4/],
    ['too few distinct corners', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 0], [0, 0]]] }, /ring 0 has 2 distinct corners/],
    ['a flat ring, folding back on itself', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [2, 0], [0, 0]]] }, /ring 0 intersects itself/],
    ['a ring too small to have an area', { type: 'Polygon', coordinates: [[[0, 0], [1e-8, 0], [0, 1e-8], [0, 0]]] }, /ring 0 has no area/],
    ['a bow-tie', { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] }, /ring 0 intersects itself/],
    ['a figure eight touching itself at a corner', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [2, 1], [2, 2], [1, 2], [1, 1], [0, 1], [0, 0]]] }, /ring 0 intersects itself/],
    ['a spike doubling back', { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [2, 0], [2, 1], [0, 1], [0, 0]]] }, /ring 0 intersects itself/],
    ['a self-intersecting hole', { type: 'Polygon', coordinates: [rect(0, 0, 1, 1).coordinates[0], [[0.2, 0.2], [0.8, 0.8], [0.8, 0.2], [0.2, 0.4], [0.2, 0.2]]] }, /ring 1 intersects itself/],
    ['a hole outside the outline', { type: 'Polygon', coordinates: [rect(0, 0, 1, 1).coordinates[0], rect(2, 2, 3, 3).coordinates[0]] }, /ring 1 \(a hole\) is not inside ring 0/],
    ['a latitude out of range', rect(0, 89, 1, 91), /ring 0 position 2 has latitude 91 outside \[-90, 90\]/],
    ['a longitude out of range', rect(179, 0, 181, 1), /ring 0 position 1 has longitude 181 outside \[-180, 180\]/],
    ['a non-finite number', { type: 'Polygon', coordinates: [[[0, 0], [Number.NaN, 0], [1, 1], [0, 0]]] }, /ring 0 position 1 is not a \[lng, lat\] pair of finite numbers/],
    ['a coordinate given as a string', { type: 'Polygon', coordinates: [[[0, 0], ['1', 0], [1, 1], [0, 0]]] }, /ring 0 position 1 is not a \[lng, lat\]/],
    ['a position with one number', { type: 'Polygon', coordinates: [[[0, 0], [1], [1, 1], [0, 0]]] }, /ring 0 position 1 is not a \[lng, lat\]/],
    ['more than 1,000 positions', many(1_001), /polygon has 1001 positions; at most 1000 are allowed/],
  ])('refuses %s', (_label, value, message) => {
    expect(() => parsePolygon(value)).toThrow(GeometryError);
    expect(() => parsePolygon(value)).toThrow(message);
  });

  it('accepts exactly 1,000 positions', () => {
    expect(parsePolygon(many(1_000)).coordinates[0]).toHaveLength(1_000);
  });
});

describe('validateBBox', () => {
  const limit = { maxAreaDeg2: 1 };
  it.each([
    ['an inverted longitude range', box(1, 0, 0, 1), /minLng 1 is greater than maxLng 0/],
    ['an inverted latitude range', box(0, 1, 1, 0), /minLat 1 is greater than maxLat 0/],
    ['a longitude out of range', box(0, 0, 181, 1), /maxLng 181 is outside \[-180, 180\]/],
    ['a latitude out of range', box(0, -91, 1, 0), /minLat -91 is outside \[-90, 90\]/],
    ['NaN', box(0, 0, Number.NaN, 1), /finite numbers/],
    ['Infinity', box(0, 0, 1, Number.POSITIVE_INFINITY), /finite numbers/],
    ['too large an area', box(0, 0, 2, 0.6), /covers 1.2 square degrees, more than the 1 allowed/],
  ])('refuses %s', (_label, bbox, message) => {
    expect(() => validateBBox(bbox, limit)).toThrow(GeometryError);
    expect(() => validateBBox(bbox, limit)).toThrow(message);
  });

  it('accepts boxes up to the limit, including a single point and the full range edges', () => {
    expect(() => validateBBox(box(0, 0, 1, 1), limit)).not.toThrow();
    expect(() => validateBBox(box(51.39, 35.69, 51.39, 35.69), limit)).not.toThrow();
    expect(() => validateBBox(box(-180, -90, 180, 90), { maxAreaDeg2: 360 * 180 })).not.toThrow();
  });
});
