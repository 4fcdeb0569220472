import { areaM2, bboxOf, centroidOf, intersectsBBox, parsePolygon, type BBox, type Position } from '../../src/geo/geometry.ts';
import { demoWorld, type ParcelSpec } from '../../src/geo/demo-world.ts';
import { LAND_USES } from '../../src/geo/land-use.ts';

const TEHRAN: Position = [51.389, 35.6892];
/** Metres per degree at Tehran on the sphere the areas use. */
const M_LAT = (6_371_008.8 * Math.PI) / 180;
const M_LNG = M_LAT * Math.cos((TEHRAN[1] * Math.PI) / 180);

describe('the demo world', () => {
  let world: ParcelSpec[];
  beforeAll(() => {
    world = [...demoWorld()];
  });

  it('is the same on every start', () => {
    const first = [...demoWorld({ count: 5 })];
    expect(first).toEqual([...demoWorld({ count: 5 })]);
    expect(first.map((p) => p.id)).toEqual(['tehran-000001', 'tehran-000002', 'tehran-000003', 'tehran-000004', 'tehran-000005']);
    expect(world.slice(0, 5).map((p) => p.geometry)).toEqual(first.map((p) => p.geometry)); // a larger world starts the same
  });

  it('changes with the seed, and moves with the origin', () => {
    const [a] = demoWorld({ count: 1 });
    const [b] = demoWorld({ count: 1, seed: 2 });
    expect(b!.geometry).not.toEqual(a!.geometry);
    const [paris] = demoWorld({ count: 1, origin: [2.35, 48.85] });
    const [lng, lat] = centroidOf(paris!.geometry);
    expect(Math.abs(lng - 2.35)).toBeLessThan(0.01);
    expect(Math.abs(lat - 48.85)).toBeLessThan(0.01);
  });

  it('has 10,000 parcels by default, with unique, ordered ids', () => {
    expect(world).toHaveLength(10_000);
    expect(world[9_999]!.id).toBe('tehran-010000');
    const ids = world.map((p) => p.id);
    expect(new Set(ids).size).toBe(10_000);
    expect([...ids].sort()).toEqual(ids);
  });

  it('has only valid, simple, closed, counter-clockwise polygons with sides of about 20-80 m', () => {
    const problems = world.flatMap((parcel) => {
      const found: string[] = [];
      try {
        if (JSON.stringify(parsePolygon(parcel.geometry)) !== JSON.stringify(parcel.geometry)) found.push('changed by parsePolygon');
      } catch (error) {
        found.push((error as Error).message);
      }
      const ring = parcel.geometry.coordinates[0]!;
      if (parcel.geometry.coordinates.length !== 1) found.push('has holes');
      if (ring.length !== 5 && ring.length !== 6) found.push(`has ${ring.length - 1} corners`); // quadrilaterals, cut-corner pentagons
      let twiceArea = 0;
      for (let i = 0; i < ring.length - 1; i++) twiceArea += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
      if (twiceArea <= 0) found.push('winds clockwise');
      const b = bboxOf(parcel.geometry);
      const [w, h] = [(b.maxLng - b.minLng) * M_LNG, (b.maxLat - b.minLat) * M_LAT];
      if (Math.min(w, h) < 19.9 || Math.max(w, h) > 85) found.push(`measures ${w.toFixed(1)} m × ${h.toFixed(1)} m`);
      return found.map((problem) => `${parcel.id} ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('includes non-rectangular parcels: trapezoids and pentagons with a cut corner', () => {
    const pentagons = world.filter((p) => p.geometry.coordinates[0]!.length === 6);
    const slanted = world.filter((p) => {
      const ring = p.geometry.coordinates[0]!;
      return ring.length === 5 && ring.slice(0, 4).some((v, i) => {
        const next = ring[i + 1]!;
        return v[0] !== next[0] && v[1] !== next[1];
      });
    });
    expect(pentagons.length).toBeGreaterThan(500);
    expect(slanted.length).toBeGreaterThan(500);
  });

  it('has parcels that never overlap: a parcel found by a box in its middle is the only one', () => {
    const boxes = world.map((p) => bboxOf(p.geometry));
    const overlapping = (a: BBox, b: BBox) => a.minLng <= b.maxLng && b.minLng <= a.maxLng && a.minLat <= b.maxLat && b.minLat <= a.maxLat;
    for (let i = 0; i < world.length; i += 37) {
      const b = boxes[i]!;
      const middle = { minLng: (3 * b.minLng + b.maxLng) / 4, minLat: (3 * b.minLat + b.maxLat) / 4, maxLng: (b.minLng + 3 * b.maxLng) / 4, maxLat: (b.minLat + 3 * b.maxLat) / 4 };
      const found = world.filter((p, k) => overlapping(boxes[k]!, middle) && intersectsBBox(p.geometry, middle)).map((p) => p.id);
      expect(found).toEqual([world[i]!.id]);
    }
  });

  it('covers a city a few kilometres across around central Tehran, streets between blocks', () => {
    const boxes = world.map((p) => bboxOf(p.geometry));
    const width = (Math.max(...boxes.map((b) => b.maxLng)) - Math.min(...boxes.map((b) => b.minLng))) * M_LNG;
    const height = (Math.max(...boxes.map((b) => b.maxLat)) - Math.min(...boxes.map((b) => b.minLat))) * M_LAT;
    expect(width).toBeGreaterThan(4_000);
    expect(height).toBeGreaterThan(4_000);
    expect(Math.max(width, height) / Math.min(width, height)).toBeLessThan(1.3);
    const built = world.reduce((sum, p) => sum + areaM2(p.geometry), 0);
    expect(built / (width * height)).toBeGreaterThan(0.6); // the rest is streets
    expect(built / (width * height)).toBeLessThan(0.9);
    const [lng, lat] = centroidOf(world[0]!.geometry);
    expect(Math.hypot((lng - TEHRAN[0]) * M_LNG, (lat - TEHRAN[1]) * M_LAT)).toBeLessThan(150);
  });

  it('has every land use, mostly residential, shops downtown, farms and industry at the edge', () => {
    const counts = Object.fromEntries(LAND_USES.map((use) => [use, world.filter((p) => p.landUse === use).length]));
    for (const use of LAND_USES) expect(counts[use]).toBeGreaterThan(50);
    expect(counts.residential).toBe(Math.max(...Object.values(counts)));
    const distance = (p: ParcelSpec) => {
      const [lng, lat] = centroidOf(p.geometry);
      return Math.hypot((lng - TEHRAN[0]) * M_LNG, (lat - TEHRAN[1]) * M_LAT);
    };
    const share = (parcels: ParcelSpec[], use: string) => parcels.filter((p) => p.landUse === use).length / parcels.length;
    const centre = world.filter((p) => distance(p) < 500);
    const edge = world.filter((p) => distance(p) > 2_800);
    expect(share(centre, 'commercial')).toBeGreaterThan(0.3);
    expect(share(edge, 'commercial')).toBeLessThan(0.15);
    expect(share(edge, 'agricultural') + share(edge, 'industrial')).toBeGreaterThan(0.5);
    expect(share(centre, 'agricultural') + share(centre, 'industrial')).toBe(0);
  });

  it('prices parcels in PSC, 50-5,000 with 2 decimals, dearer downtown and for shops', () => {
    const bad = world.filter((p) => p.asset !== 'PSC' || !/^\d{2,4}\.\d{2}$/.test(p.price) || Number(p.price) < 50 || Number(p.price) > 5_000);
    expect(bad).toEqual([]);
    const perM2 = (use: string) => {
      const parcels = world.filter((p) => p.landUse === use);
      return parcels.reduce((sum, p) => sum + Number(p.price) / areaM2(p.geometry), 0) / parcels.length;
    };
    expect(perM2('commercial')).toBeGreaterThan(perM2('residential'));
    expect(perM2('residential')).toBeGreaterThan(perM2('agricultural'));
  });

  it('grows outward for larger counts: 100,000 parcels', () => {
    const started = performance.now();
    let n = 0;
    let last: ParcelSpec | undefined;
    const ids = new Set<string>();
    for (const parcel of demoWorld({ count: 100_000 })) {
      n++;
      ids.add(parcel.id);
      last = parcel;
    }
    console.log(`demoWorld: 100,000 parcels in ${Math.round(performance.now() - started)} ms`);
    expect(n).toBe(100_000);
    expect(ids.size).toBe(100_000);
    expect(last!.id).toBe('tehran-100000');
    parsePolygon(last!.geometry);
    const [lng, lat] = centroidOf(last!.geometry);
    expect(Math.hypot((lng - TEHRAN[0]) * M_LNG, (lat - TEHRAN[1]) * M_LAT)).toBeGreaterThan(7_000);
  });

  it('produces nothing for count 0, and refuses bad options', () => {
    expect([...demoWorld({ count: 0 })]).toEqual([]);
    expect(() => [...demoWorld({ count: -1 })]).toThrow(RangeError);
    expect(() => [...demoWorld({ count: 1.5 })]).toThrow(/count must be a non-negative integer/);
    expect(() => [...demoWorld({ seed: Number.NaN })]).toThrow(/seed must be an integer/);
    expect(() => [...demoWorld({ origin: [200, 0] })]).toThrow(/origin/);
    expect(() => [...demoWorld({ count: 10, origin: [180, 0] })]).toThrow(/antimeridian/);
  });
});
