// MetaRGB's land-use categories and what depends on them: the map colour and the hourly profit.

/** Every land use a parcel can have, in the order the API lists them (the database enum's values). */
export const LAND_USES = ['residential', 'commercial', 'educational', 'healthcare', 'industrial', 'recreational', 'agricultural', 'governmental'] as const;

/** One of {@link LAND_USES}. */
export type LandUse = (typeof LAND_USES)[number];

/** Narrows untrusted input (a file's property, a CLI flag) to a land use. */
export function isLandUse(value: unknown): value is LandUse {
  return typeof value === 'string' && (LAND_USES as readonly string[]).includes(value);
}

/** The map colour of each land use (`#rrggbb`, all different), so clients draw a consistent legend. */
export const LAND_USE_COLOURS: Readonly<Record<LandUse, string>> = Object.freeze({
  residential: '#4caf50',
  commercial: '#2196f3',
  educational: '#ffc107',
  healthcare: '#e91e63',
  industrial: '#795548',
  recreational: '#00bcd4',
  agricultural: '#cddc39',
  governmental: '#9c27b0',
});

/**
 * The share of a parcel's price its owner earns per hour, by land use: a decimal string (never a
 * float) so the hourly-profit job computes money exactly. Commerce earns most, farmland least;
 * 0.0002/h is about 0.48 % a day.
 */
export const HOURLY_PROFIT_RATE: Readonly<Record<LandUse, string>> = Object.freeze({
  residential: '0.0002',
  commercial: '0.0005',
  educational: '0.0003',
  healthcare: '0.0003',
  industrial: '0.0004',
  recreational: '0.00015',
  agricultural: '0.0001',
  governmental: '0.00025',
});
