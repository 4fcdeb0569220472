import { areaM2, type Polygon, type Position } from './geometry.ts';
import type { LandUse } from './land-use.ts';

/** A parcel to insert: what the demo world and the GeoJSON import produce. */
export interface ParcelSpec {
  id: string;
  geometry: Polygon;
  landUse: LandUse;
  asset: string;
  /** decimal string */
  price: string;
}

export interface DemoWorldOptions {
  /** Parcels to produce. Default: 10,000. */
  count?: number;
  /** PRNG seed: the same seed gives the same world. Default: 1. */
  seed?: number;
  /** Centre of the city. Default: central Tehran. */
  origin?: Position;
}

// Small seeded PRNG (mulberry32): every fresh start gets the same world.
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BLOCK_W = 200; // metres, east-west
const BLOCK_H = 120; // metres, north-south (two rows of parcels)
const STREET = 20;
const AVENUE_EVERY = 5; // every fifth street is a main avenue

/** Blocks in rings around the centre, so any count gives a compact city. */
function* blocksOutward(): Generator<[number, number]> {
  yield [0, 0];
  for (let r = 1; ; r++) {
    for (let x = -r; x <= r; x++) yield [x, -r];
    for (let y = -r + 1; y <= r; y++) yield [r, y];
    for (let x = r - 1; x >= -r; x--) yield [x, r];
    for (let y = r - 1; y > -r; y--) yield [-r, y];
  }
}

function landUseFor(bx: number, by: number, rnd: () => number): LandUse {
  const ring = Math.max(Math.abs(bx), Math.abs(by));
  const onAvenue = bx % AVENUE_EVERY === 0 || by % AVENUE_EVERY === 0;
  const roll = rnd();
  if (ring >= 14) return roll < 0.6 ? 'agricultural' : roll < 0.85 ? 'industrial' : 'residential';
  if (ring >= 11 && roll < 0.35) return 'industrial';
  if ((onAvenue || ring < 3) && roll < 0.55) return 'commercial';
  if (roll < 0.05) return 'educational';
  if (roll < 0.08) return 'healthcare';
  if (roll < 0.12) return 'recreational';
  if (roll < 0.14) return 'governmental';
  return 'residential';
}

const PRICE_PER_M2: Record<LandUse, number> = {
  commercial: 2.5,
  residential: 1.2,
  educational: 0.8,
  healthcare: 0.9,
  governmental: 0.7,
  recreational: 0.5,
  industrial: 0.6,
  agricultural: 0.15,
};

/**
 * A deterministic city of parcels: blocks of two rows of lots between streets, in rings around
 * the origin, land use by district (commerce on avenues and downtown, industry and farms at the
 * edge), some lots with a cut corner. Grows outward for any count (100,000 for benchmarks).
 */
export function* demoWorld(options: DemoWorldOptions = {}): Generator<ParcelSpec> {
  const { count = 10_000, seed = 1, origin = [51.389, 35.6892] } = options;
  const rnd = mulberry32(seed);
  const mPerDegLat = 111_320;
  const mPerDegLng = 111_320 * Math.cos((origin[1] * Math.PI) / 180);
  const at = (x: number, y: number): Position => [
    Math.round((origin[0] + x / mPerDegLng) * 1e7) / 1e7,
    Math.round((origin[1] + y / mPerDegLat) * 1e7) / 1e7,
  ];
  let n = 0;
  for (const [bx, by] of blocksOutward()) {
    const x0 = bx * (BLOCK_W + STREET);
    const y0 = by * (BLOCK_H + STREET);
    for (let row = 0; row < 2; row++) {
      const ya = y0 + row * (BLOCK_H / 2);
      const yb = ya + BLOCK_H / 2;
      let xa = x0;
      while (xa < x0 + BLOCK_W - 1) {
        if (n >= count) return;
        const width = Math.min(20 + Math.floor(rnd() * 41), x0 + BLOCK_W - xa);
        const xb = xa + (x0 + BLOCK_W - (xa + width) < 20 ? x0 + BLOCK_W - xa : width);
        // A lot at the block's corner sometimes has its street corner cut off (a pentagon).
        const cut = xa === x0 && rnd() < 0.4 ? Math.min(8, (xb - xa) / 3) : 0;
        const outline: Position[] = cut
          ? [at(xa + cut, ya), at(xb, ya), at(xb, yb), at(xa, yb), at(xa, ya + cut), at(xa + cut, ya)]
          : [at(xa, ya), at(xb, ya), at(xb, yb), at(xa, yb), at(xa, ya)];
        const geometry: Polygon = { type: 'Polygon', coordinates: [outline] };
        const landUse = landUseFor(bx, by, rnd);
        const ring = Math.max(Math.abs(bx), Math.abs(by));
        const raw = areaM2(geometry) * PRICE_PER_M2[landUse] * (1.5 - Math.min(ring, 20) / 40) * (0.8 + rnd() * 0.4);
        const price = Math.min(5000, Math.max(50, raw)).toFixed(2);
        n++;
        yield { id: `tehran-${String(n).padStart(6, '0')}`, geometry, landUse, asset: 'PSC', price };
        xa = xb;
      }
    }
  }
}
