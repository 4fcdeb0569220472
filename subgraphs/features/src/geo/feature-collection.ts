import { GeometryError, parsePolygon } from './geometry.ts';
import type { ParcelSpec } from './demo-world.ts';
import { LAND_USES, type LandUse } from './land-use.ts';

const ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const PRICE = /^\d{1,10}(\.\d{1,10})?$/;

/**
 * Parcels from a GeoJSON FeatureCollection of Polygons (the import command). Each feature's id
 * comes from `properties.id` or the feature's `id`; `landUse`, `price` and `asset` properties
 * override the defaults. Any invalid feature fails the whole import, naming it.
 */
export function parseFeatureCollection(json: unknown, defaults: { asset: string; price: string; landUse: LandUse }): ParcelSpec[] {
  const collection = json as { type?: string; features?: unknown[] };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new GeometryError('the file must be a GeoJSON FeatureCollection');
  }
  const seen = new Set<string>();
  return collection.features.map((raw, index) => {
    const feature = raw as { id?: unknown; geometry?: unknown; properties?: Record<string, unknown> | null };
    const props = feature?.properties ?? {};
    const id = String(props.id ?? feature?.id ?? '');
    const fail = (problem: string): never => {
      throw new GeometryError(`feature ${index}${id ? ` (${id})` : ''}: ${problem}`);
    };
    if (!ID.test(id)) fail('needs an id of 1-64 letters, digits or _ . : -');
    if (seen.has(id)) fail('duplicate id');
    seen.add(id);
    let geometry;
    try {
      geometry = parsePolygon(feature.geometry);
    } catch (error) {
      fail((error as Error).message);
    }
    const landUse = (props.landUse ?? defaults.landUse) as LandUse;
    if (!LAND_USES.includes(landUse)) fail(`unknown land use ${String(landUse)}`);
    const price = String(props.price ?? defaults.price);
    if (!PRICE.test(price)) fail(`price ${price} is not a non-negative decimal with at most 10 fractional digits`);
    const asset = String(props.asset ?? defaults.asset);
    return { id, geometry: geometry!, landUse, asset, price };
  });
}
