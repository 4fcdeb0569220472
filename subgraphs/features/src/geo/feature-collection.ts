// Reading parcels from a GeoJSON file, for the import command: all or nothing, so a bad file
// imports no parcel, and the error names the feature to fix.
import type { ParcelSpec } from './demo-world.ts';
import { GeometryError, parsePolygon } from './geometry.ts';
import { isLandUse, LAND_USES, type LandUse } from './land-use.ts';

/** What a feature without its own `landUse`, `price` or `asset` property gets. */
export interface ImportDefaults {
  asset: string;
  price: string;
  landUse: LandUse;
}

const ID = /^[A-Za-z0-9_.:-]{1,64}$/;
/** Wallet asset codes (as the wallet's WALLET_ASSETS), which also fit the price_asset column. */
const ASSET = /^[A-Z][A-Z0-9_]{1,15}$/;
/** The price column is numeric(20, 10): up to 10 digits before the point and 10 after. */
const MAX_DIGITS = 10;

/**
 * Parcels from a GeoJSON FeatureCollection of Polygon features. A feature's id is
 * `properties.id`, else the feature's own `id` (a string or number; 1-64 of [A-Za-z0-9_.:-]);
 * optional `properties.landUse`, `properties.price` (a non-negative decimal string or number, at
 * most 10 digits each side of the point; returned normalised, e.g. 12.50 → "12.5") and
 * `properties.asset` override `defaults`. The first invalid feature, or a repeated id, throws a
 * {@link GeometryError} naming the feature's index, its id and the problem; so does a bad default.
 */
export function parseFeatureCollection(json: unknown, defaults: ImportDefaults): ParcelSpec[] {
  const fallback = parseDefaults(defaults);
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new GeometryError('the file must be a GeoJSON FeatureCollection with a features array');
  }
  const seen = new Map<string, number>();
  return json.features.map((feature: unknown, index): ParcelSpec => {
    let label = `feature ${index}`;
    const fail = (problem: string): never => {
      throw new GeometryError(`${label}: ${problem}`);
    };
    if (!isRecord(feature) || feature.type !== 'Feature') return fail('is not a GeoJSON Feature');
    const props = feature.properties ?? {};
    if (!isRecord(props)) return fail('properties must be an object or null');

    const rawId = props.id ?? feature.id;
    if (rawId === undefined || rawId === null) return fail("has no id (set properties.id or the feature's id)");
    const id = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? String(rawId) : '';
    if (!ID.test(id)) return fail(`id ${JSON.stringify(rawId)?.slice(0, 80)} must be 1-64 letters, digits or _ . : -`);
    label = `feature ${index} (${id})`;
    const previous = seen.get(id);
    if (previous !== undefined) return fail(`duplicate id, also used by feature ${previous}`);
    seen.set(id, index);

    let geometry;
    try {
      geometry = parsePolygon(feature.geometry);
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
    const landUse = props.landUse ?? fallback.landUse;
    if (!isLandUse(landUse)) return fail(`unknown land use ${JSON.stringify(landUse)}; expected one of ${LAND_USES.join(', ')}`);
    const price = props.price === undefined || props.price === null ? fallback.price : normalisePrice(props.price);
    if (price instanceof Error) return fail(price.message);
    const asset = props.asset ?? fallback.asset;
    if (typeof asset !== 'string' || !ASSET.test(asset)) return fail(`asset ${JSON.stringify(asset)} is not an asset code like PSC`);
    return { id, geometry, landUse, asset, price };
  });
}

function parseDefaults(defaults: ImportDefaults): ImportDefaults {
  if (!isLandUse(defaults.landUse)) throw new GeometryError(`default land use ${JSON.stringify(defaults.landUse)} is not one of ${LAND_USES.join(', ')}`);
  if (!ASSET.test(defaults.asset)) throw new GeometryError(`default asset ${JSON.stringify(defaults.asset)} is not an asset code like PSC`);
  const price = normalisePrice(defaults.price);
  if (price instanceof Error) throw new GeometryError(`default ${price.message}`);
  return { ...defaults, price };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A price as a canonical decimal string ("007.50" → "7.5", 12 → "12", 1e-7 → "0.0000001"), or an
 * Error saying why it is not one. A number is read as the shortest decimal that denotes it, and
 * refused if that needs more than 10 fractional digits (0.1 + 0.2 is 0.30000000000000004).
 */
function normalisePrice(value: unknown): string | Error {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return new Error(`price ${value} is not a finite number`);
    if (value < 0) return new Error(`price ${value} is negative`);
    if (value >= 10 ** MAX_DIGITS) return new Error(`price ${value} has more than ${MAX_DIGITS} digits before the decimal point`);
    // The shortest decimal that reads back as this number; spelt out if JS would use an exponent.
    text = String(value);
    if (text.includes('e')) {
      text = value.toFixed(MAX_DIGITS);
      if (Number(text) !== value) return new Error(`price ${value} has more than ${MAX_DIGITS} fractional digits`);
    }
  } else if (typeof value === 'string') {
    text = value;
  } else {
    return new Error(`price must be a decimal string or a number, got ${JSON.stringify(value)}`);
  }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return new Error(`price ${JSON.stringify(value)} is not a non-negative decimal like 12.5`);
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (whole.length > MAX_DIGITS) return new Error(`price ${value} has more than ${MAX_DIGITS} digits before the decimal point`);
  if (fraction.length > MAX_DIGITS) return new Error(`price ${value} has more than ${MAX_DIGITS} fractional digits`);
  return fraction ? `${whole}.${fraction}` : whole;
}
