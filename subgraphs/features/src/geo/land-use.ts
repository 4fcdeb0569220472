/** MetaRGB's land-use categories. */
export const LAND_USES = ['residential', 'commercial', 'educational', 'healthcare', 'industrial', 'recreational', 'agricultural', 'governmental'] as const;
export type LandUse = (typeof LAND_USES)[number];

/** Map colour of each land use. */
export const LAND_USE_COLOURS: Record<LandUse, string> = {
  residential: '#4caf50',
  commercial: '#2196f3',
  educational: '#ffc107',
  healthcare: '#e91e63',
  industrial: '#795548',
  recreational: '#8bc34a',
  agricultural: '#cddc39',
  governmental: '#9c27b0',
};

/** Share of a parcel's price its owner earns per hour, as an exact decimal string. */
export const HOURLY_PROFIT_RATE: Record<LandUse, string> = {
  residential: '0.0002',
  commercial: '0.0005',
  educational: '0.0003',
  healthcare: '0.0003',
  industrial: '0.0004',
  recreational: '0.00015',
  agricultural: '0.0001',
  governmental: '0.00025',
};
