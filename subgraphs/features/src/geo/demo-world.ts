// The demo world seeded into an empty features database, so the map is never empty: a city of
// parcels around central Tehran, the same on every fresh start.
import { CityGrid, type Lot, type XY } from './city-grid.ts';
import { areaM2, EARTH_RADIUS_M, type Polygon, type Position } from './geometry.ts';
import type { LandUse } from './land-use.ts';
import { between, streamFor, type Random } from './prng.ts';

/** A parcel to insert: what the demo world and the GeoJSON import produce. */
export interface ParcelSpec {
  /** 1-64 of [A-Za-z0-9_.:-]; the demo world's are `tehran-000001`, … */
  id: string;
  geometry: Polygon;
  landUse: LandUse;
  /** The wallet asset the price is in, e.g. 'PSC'. */
  asset: string;
  /** Base price as a non-negative decimal string (the demo world's have 2 decimals). */
  price: string;
}

/** What to generate; every field has a default. */
export interface DemoWorldOptions {
  /** Parcels to produce (a non-negative integer). Default: 10,000; 100,000 for benchmarks. */
  count?: number;
  /** PRNG seed (an integer): the same seed gives the same world. Default: 1. */
  seed?: number;
  /** The city's centre, [lng, lat]. Default: central Tehran. */
  origin?: Position;
}

/** Central Tehran (around Imam Khomeini Square). */
const TEHRAN: Position = [51.389, 35.6892];

const ASSET = 'PSC';
const MIN_PRICE = 50;
const MAX_PRICE = 5_000;
const ATTRIBUTES = 4; // stream tag for land uses and prices, apart from the geometry's

/** Base price in PSC per m² by land use, before location and a little noise. */
const PRICE_PER_M2: Record<LandUse, number> = {
  commercial: 1.6,
  residential: 0.8,
  governmental: 0.7,
  healthcare: 0.7,
  educational: 0.6,
  recreational: 0.4,
  industrial: 0.35,
  agricultural: 0.1,
};

/**
 * A deterministic city of `count` parcels: blocks between straight streets and main avenues,
 * filled ring by ring outward from `origin`, each block split into two rows of lots 20-80 m a side
 * (rectangles, trapezoids, pentagons with a cut street corner; all simple, closed and
 * counter-clockwise). Land use follows the city's shape: shops downtown and along avenues, mostly
 * homes, scattered schools, clinics, parks and offices, whole-block parks, campuses and
 * ministries, industry and farms at the edge. Prices (PSC, 50-5,000, 2 decimals) grow with area,
 * land use and closeness to the centre. 10,000 parcels cover about 5.5 km × 6 km; any larger count
 * extends the city outward (100,000 reach about 9 km from the centre).
 *
 * Geometry and ids depend only on `seed` and `origin`, so a smaller world's parcels are the first
 * ones of a larger world's; land use and price are zoned relative to the whole city's extent.
 * Throws RangeError for a bad count, seed or origin (or a city that would leave the map).
 */
export function* demoWorld(options: DemoWorldOptions = {}): Generator<ParcelSpec> {
  const { count = 10_000, seed = 1, origin = TEHRAN } = options;
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isFinite(origin[0]) || !Number.isFinite(origin[1]) || Math.abs(origin[0]) > 180 || Math.abs(origin[1]) > 80) {
    throw new RangeError(`origin must be [lng, lat] with |lng| ≤ 180 and |lat| ≤ 80, got [${origin.join(', ')}]`);
  }
  if (count === 0) return;

  const grid = new CityGrid(seed);
  const radius = Math.max(1, grid.reach(lastRing(grid, count)));
  const toDegrees = projection(origin);
  let n = 0;
  for (const block of grid.blocks()) {
    const rnd = streamFor(seed, ATTRIBUTES, block.bx, block.by);
    const fromCentre = Math.hypot(...block.centre) / radius;
    const district = districtOf(fromCentre, rnd);
    for (const lot of block.lots) {
      if (n >= count) return;
      n++;
      const geometry: Polygon = { type: 'Polygon', coordinates: [lot.outline.map(toDegrees)] };
      const landUse = landUseOf(district, lot, fromCentre, rnd);
      const location = 0.5 + 1.1 * (1 - Math.min(fromCentre, 1)) ** 2;
      const raw = areaM2(geometry) * PRICE_PER_M2[landUse] * location * between(rnd, 0.85, 1.15);
      const price = Math.min(MAX_PRICE, Math.max(MIN_PRICE, Math.round(raw * 100) / 100)).toFixed(2);
      yield { id: `tehran-${String(n).padStart(6, '0')}`, geometry, landUse, asset: ASSET, price };
    }
  }
}

/** The ring of blocks the `count`th lot falls in: how far this world reaches. */
function lastRing(grid: CityGrid, count: number): number {
  let lots = 0;
  for (const block of grid.blocks()) {
    lots += block.lots.length;
    if (lots >= count) return block.ring;
  }
  return 0; // unreachable: blocks() never ends
}

/** Metres east/north of `origin` to [lng, lat] on the sphere, rounded to 1e-7° (about 1 cm). */
function projection(origin: Position): (xy: XY) => Position {
  const metresPerDegreeLat = (EARTH_RADIUS_M * Math.PI) / 180;
  const metresPerDegreeLng = metresPerDegreeLat * Math.cos((origin[1] * Math.PI) / 180);
  const round = (v: number) => Math.round(v * 1e7) / 1e7;
  return ([x, y]) => {
    const lng = round(origin[0] + x / metresPerDegreeLng);
    const lat = round(origin[1] + y / metresPerDegreeLat);
    if (Math.abs(lng) > 180 || Math.abs(lat) > 90) throw new RangeError('the demo world would cross the antimeridian or a pole; choose another origin or count');
    return [lng, lat];
  };
}

/** A block given over to one use, or 'mixed' (homes, with shops and services by the lot). */
type District = LandUse | 'mixed';

/** What a block is, by its distance from the centre (1 = the city's edge) and chance. */
function districtOf(fromCentre: number, rnd: Random): District {
  const roll = rnd();
  if (fromCentre >= 1.05) return roll < 0.5 ? 'agricultural' : roll < 0.8 ? 'industrial' : 'mixed'; // the outskirts
  if (fromCentre >= 0.85 && roll < 0.25) return 'industrial';
  if (fromCentre >= 0.85 && roll < 0.3) return 'agricultural';
  if (fromCentre < 0.2 && roll < 0.12) return 'governmental'; // ministries downtown
  const kind = rnd();
  if (kind < 0.04) return 'recreational'; // a park
  if (kind < 0.07) return 'educational'; // a campus
  if (kind < 0.09) return 'healthcare'; // a hospital
  if (kind < 0.1) return 'governmental';
  return 'mixed';
}

/** A lot's use within its block: shops on avenues, downtown and some corners; mostly homes. */
function landUseOf(district: District, lot: Lot, fromCentre: number, rnd: Random): LandUse {
  const roll = rnd();
  const kind = rnd(); // always drawn, so every lot uses the same number of draws
  if (district !== 'mixed') return district;
  if (lot.onAvenue && fromCentre < 1.05 && roll < 0.75) return 'commercial';
  if (fromCentre < 0.2 && roll < 0.5) return 'commercial';
  if (lot.corner && roll < 0.15) return 'commercial';
  if (kind < 0.03) return 'educational'; // a school
  if (kind < 0.05) return 'healthcare'; // a clinic
  if (kind < 0.07) return 'recreational'; // a pocket park
  if (kind < 0.08) return 'governmental';
  if (kind < 0.11) return 'commercial';
  return 'residential';
}
