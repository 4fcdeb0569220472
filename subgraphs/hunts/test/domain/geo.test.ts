import { distanceMeters, EARTH_RADIUS_M, isValidLatLng } from '../../src/domain/geo.ts';

const deg = (Math.PI / 180) * EARTH_RADIUS_M; // metres per degree of great circle

describe('distanceMeters (haversine on a 6,371,008.8 m sphere)', () => {
  it('is zero for the same point and symmetric', () => {
    expect(distanceMeters({ lat: 48.85, lng: 2.35 }, { lat: 48.85, lng: 2.35 })).toBe(0);
    const a = { lat: 48.8566, lng: 2.3522 };
    const b = { lat: 51.5074, lng: -0.1278 };
    expect(distanceMeters(a, b)).toBeCloseTo(distanceMeters(b, a), 6);
  });

  it('gives one degree of latitude as R·π/180 (111,195 m)', () => {
    expect(distanceMeters({ lat: 0, lng: 10 }, { lat: 1, lng: 10 })).toBeCloseTo(deg, 3);
  });

  it('measures Paris-London as about 343.9 km', () => {
    expect(distanceMeters({ lat: 48.8566, lng: 2.3522 }, { lat: 51.5074, lng: -0.1278 }) / 1000).toBeCloseTo(343.9, 0);
  });

  it('crosses the antimeridian the short way: 179.9°E to 179.9°W at the equator is 0.2°', () => {
    expect(distanceMeters({ lat: 0, lng: 179.9 }, { lat: 0, lng: -179.9 })).toBeCloseTo(0.2 * deg, 3);
    expect(distanceMeters({ lat: -16.5, lng: 180 }, { lat: -16.5, lng: -180 })).toBeLessThan(1e-6);
  });

  it('near the antimeridian at Fiji (-17°): 0.001° of longitude is cos(17°) times a degree-thousandth', () => {
    const d = distanceMeters({ lat: -17, lng: 179.9995 }, { lat: -17, lng: -179.9995 });
    expect(d).toBeCloseTo(0.001 * deg * Math.cos((17 * Math.PI) / 180), 2);
  });

  it('treats every longitude at a pole as one point', () => {
    expect(distanceMeters({ lat: 90, lng: 0 }, { lat: 90, lng: 137 })).toBeLessThan(1e-6);
    expect(distanceMeters({ lat: -90, lng: -45 }, { lat: -90, lng: 180 })).toBeLessThan(1e-6);
  });

  it('near the north pole: points on opposite meridians at 89.9° are 0.2° apart over the pole', () => {
    expect(distanceMeters({ lat: 89.9, lng: 0 }, { lat: 89.9, lng: 180 })).toBeCloseTo(0.2 * deg, 3);
    expect(distanceMeters({ lat: -89.99, lng: 90 }, { lat: -90, lng: 0 })).toBeCloseTo(0.01 * deg, 3);
  });

  it('gives antipodes as half the circumference, without NaN', () => {
    const d = distanceMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 180 });
    expect(d).toBeCloseTo(Math.PI * EARTH_RADIUS_M, 3);
    expect(distanceMeters({ lat: 90, lng: 0 }, { lat: -90, lng: 0 })).toBeCloseTo(Math.PI * EARTH_RADIUS_M, 3);
  });
});

describe('isValidLatLng', () => {
  it('accepts the edges and refuses what lies beyond them', () => {
    expect(isValidLatLng({ lat: 90, lng: 180 })).toBe(true);
    expect(isValidLatLng({ lat: -90, lng: -180 })).toBe(true);
    expect(isValidLatLng({ lat: 90.0001, lng: 0 })).toBe(false);
    expect(isValidLatLng({ lat: 0, lng: -180.5 })).toBe(false);
    expect(isValidLatLng({ lat: Number.NaN, lng: 0 })).toBe(false);
    expect(isValidLatLng({ lat: 0, lng: Number.POSITIVE_INFINITY })).toBe(false);
  });
});
