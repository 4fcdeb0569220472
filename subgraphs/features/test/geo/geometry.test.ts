import { areaM2, bboxOf, centroidOf, GeometryError, intersectsBBox, parsePolygon, validateBBox, type Polygon } from '../../src/geo/geometry.ts';
import { demoWorld } from '../../src/geo/demo-world.ts';
import { parseFeatureCollection } from '../../src/geo/feature-collection.ts';
import { LAND_USES } from '../../src/geo/land-use.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});

describe('area and centroid', () => {
  it('measures a 1 degree square at the equator as the sphere says: R² Δλ (sin φ2 − sin φ1)', () => {
    const R = 6_371_008.8;
    const exact = R * R * (Math.PI / 180) * Math.sin(Math.PI / 180);
    expect(areaM2(square(0, 0, 1, 1)) / exact).toBeCloseTo(1, 6);
  });

  it('measures a 100 m square in Tehran to within 1 %', () => {
    const dLat = 100 / 111_320;
    const dLng = 100 / (111_320 * Math.cos((35.69 * Math.PI) / 180));
    expect(areaM2(square(51.39, 35.69, 51.39 + dLng, 35.69 + dLat)) / 10_000).toBeCloseTo(1, 1);
  });

  it('subtracts holes, and finds the centroid and bounds', () => {
    const holed: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 2, 2).coordinates[0]!, square(0.5, 0.5, 1.5, 1.5).coordinates[0]!] };
    expect(areaM2(holed) / areaM2(square(0, 0, 2, 2))).toBeCloseTo(0.75, 2);
    expect(centroidOf(square(2, 4, 4, 8))).toEqual([3, 6]);
    expect(bboxOf(square(2, 4, 4, 8))).toEqual({ minLng: 2, minLat: 4, maxLng: 4, maxLat: 8 });
  });
});

describe('intersectsBBox', () => {
  const parcel = square(10, 10, 11, 11);
  it.each([
    ['box inside the parcel', { minLng: 10.2, minLat: 10.2, maxLng: 10.4, maxLat: 10.4 }, true],
    ['parcel inside the box', { minLng: 9, minLat: 9, maxLng: 12, maxLat: 12 }, true],
    ['touching an edge', { minLng: 11, minLat: 10.5, maxLng: 12, maxLat: 10.6 }, true],
    ['touching a corner', { minLng: 11, minLat: 11, maxLng: 12, maxLat: 12 }, true],
    ['crossing without a vertex inside either', { minLng: 10.4, minLat: 9, maxLng: 10.6, maxLat: 12 }, true],
    ['beside it', { minLng: 11.0001, minLat: 10, maxLng: 12, maxLat: 11 }, false],
  ])('%s', (_label, bbox, expected) => {
    expect(intersectsBBox(parcel, bbox)).toBe(expected);
  });

  it('excludes a box in the cut-off corner of a pentagon whose bounding box it overlaps', () => {
    const cut: Polygon = { type: 'Polygon', coordinates: [[[0.5, 0], [1, 0], [1, 1], [0, 1], [0, 0.5], [0.5, 0]]] };
    expect(intersectsBBox(cut, { minLng: 0, minLat: 0, maxLng: 0.2, maxLat: 0.2 })).toBe(false);
  });
});

describe('validation', () => {
  it.each([
    ['an unclosed ring', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] }, /not closed/],
    ['too few positions', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] }, /at least 4/],
    ['a bow-tie', { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] }, /intersects itself/],
    ['a latitude out of range', square(0, 89, 1, 91), /out of range/],
    ['a point', { type: 'Point', coordinates: [0, 0] }, /Polygon/],
  ])('refuses %s', (_label, value, message) => {
    expect(() => parsePolygon(value)).toThrow(GeometryError);
    expect(() => parsePolygon(value)).toThrow(message);
  });

  it('refuses inverted, out-of-range, non-finite and too large boxes', () => {
    const limit = { maxAreaDeg2: 1 };
    expect(() => validateBBox({ minLng: 1, minLat: 0, maxLng: 0, maxLat: 1 }, limit)).toThrow(/minimum/);
    expect(() => validateBBox({ minLng: 0, minLat: 0, maxLng: 181, maxLat: 1 }, limit)).toThrow(/longitudes/);
    expect(() => validateBBox({ minLng: 0, minLat: 0, maxLng: Number.NaN, maxLat: 1 }, limit)).toThrow(/finite/);
    expect(() => validateBBox({ minLng: 0, minLat: 0, maxLng: 2, maxLat: 2 }, limit)).toThrow(/square degrees/);
    expect(() => validateBBox({ minLng: 0, minLat: 0, maxLng: 1, maxLat: 1 }, limit)).not.toThrow();
  });
});

describe('the demo world', () => {
  it('is the same on every start', () => {
    expect([...demoWorld({ count: 5 })]).toEqual([...demoWorld({ count: 5 })]);
  });

  it('has 10,000 valid parcels with unique ids, every land use and valid prices', () => {
    const parcels = [...demoWorld()];
    expect(parcels).toHaveLength(10_000);
    expect(new Set(parcels.map((p) => p.id)).size).toBe(10_000);
    for (const p of parcels) {
      parsePolygon(p.geometry);
      expect(p.price).toMatch(/^\d+\.\d{2}$/);
    }
    expect(new Set(parcels.map((p) => p.landUse))).toEqual(new Set(LAND_USES));
  });
});

describe('GeoJSON import', () => {
  const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });
  const defaults = { asset: 'PSC', price: '100', landUse: 'residential' as const };

  it('reads ids, land use and prices, with defaults', () => {
    const parcels = parseFeatureCollection(
      collection([
        { type: 'Feature', id: 'a-1', geometry: square(0, 0, 0.001, 0.001), properties: {} },
        { type: 'Feature', geometry: square(0, 0.002, 0.001, 0.003), properties: { id: 'b-2', landUse: 'commercial', price: 12.5 } },
      ]),
      defaults,
    );
    expect(parcels.map(({ id, landUse, price, asset }) => ({ id, landUse, price, asset }))).toEqual([
      { id: 'a-1', landUse: 'residential', price: '100', asset: 'PSC' },
      { id: 'b-2', landUse: 'commercial', price: '12.5', asset: 'PSC' },
    ]);
  });

  it('names the feature that is wrong', () => {
    const good = { type: 'Feature', id: 'ok', geometry: square(0, 0, 1, 1), properties: {} };
    expect(() => parseFeatureCollection(collection([good, { ...good, id: 'x', geometry: { type: 'Point', coordinates: [0, 0] } }]), defaults)).toThrow(/feature 1 \(x\)/);
    expect(() => parseFeatureCollection(collection([good, good]), defaults)).toThrow(/duplicate id/);
    expect(() => parseFeatureCollection(collection([{ ...good, properties: { landUse: 'moon' } }]), defaults)).toThrow(/land use/);
    expect(() => parseFeatureCollection({ type: 'Feature' }, defaults)).toThrow(/FeatureCollection/);
  });
});
