import { HOURLY_PROFIT_RATE, isLandUse, LAND_USE_COLOURS, LAND_USES } from '../../src/geo/land-use.ts';

describe('land uses', () => {
  it('are the eight MetaRGB categories', () => {
    expect(LAND_USES).toEqual(['residential', 'commercial', 'educational', 'healthcare', 'industrial', 'recreational', 'agricultural', 'governmental']);
  });

  it('each have their own hex colour', () => {
    const colours = LAND_USES.map((use) => LAND_USE_COLOURS[use]);
    expect(colours.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
    expect(new Set(colours).size).toBe(LAND_USES.length);
    expect(Object.keys(LAND_USE_COLOURS).sort()).toEqual([...LAND_USES].sort());
  });

  it('each have a small hourly profit rate, as an exact decimal string', () => {
    for (const use of LAND_USES) {
      const rate = HOURLY_PROFIT_RATE[use];
      expect(rate).toMatch(/^0\.\d{1,10}$/);
      expect(Number(rate)).toBeGreaterThan(0);
      expect(Number(rate)).toBeLessThanOrEqual(0.001);
    }
    expect(HOURLY_PROFIT_RATE).toMatchObject({ commercial: '0.0005', residential: '0.0002', agricultural: '0.0001' });
    expect(Object.keys(HOURLY_PROFIT_RATE).sort()).toEqual([...LAND_USES].sort());
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(LAND_USE_COLOURS)).toBe(true);
    expect(Object.isFrozen(HOURLY_PROFIT_RATE)).toBe(true);
  });

  it('are recognised from untrusted input', () => {
    expect(isLandUse('commercial')).toBe(true);
    expect(isLandUse('Commercial')).toBe(false);
    expect(isLandUse('moon')).toBe(false);
    expect(isLandUse(3)).toBe(false);
    expect(isLandUse(undefined)).toBe(false);
  });
});
