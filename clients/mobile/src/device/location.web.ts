// The device's position in a browser (Expo's web target). expo-location's web module answers from
// the last fix it cached (maximumAge: Infinity), so "I'm here" would send where the player was, not
// where they are: here every call asks the browser for a fresh fix. Metro picks this file on web.

export interface Position {
  lat: number;
  lng: number;
  /** Uncertainty of the fix, in metres. */
  accuracy: number;
}

/** Thrown with a sentence for the screen when there is no position to use. */
export class LocationError extends Error {}

/** Reads a fresh fix (the browser asks the player for permission the first time). */
export function currentPosition(): Promise<Position> {
  const geolocation = globalThis.navigator?.geolocation;
  if (!geolocation) return Promise.reject(new LocationError('This browser cannot tell where you are.'));
  return new Promise((resolve, reject) =>
    geolocation.getCurrentPosition(
      // The server accepts accuracies of 0-1000 m; a worse fix is sent as 1000 m.
      (fix) => resolve({ lat: fix.coords.latitude, lng: fix.coords.longitude, accuracy: Math.min(1000, Math.max(0, fix.coords.accuracy ?? 0)) }),
      (error) =>
        reject(new LocationError(error.code === 1 ? 'Worldgraph needs your location to play hunts. Allow it for this site.' : 'Could not read your position. Check that location is on and try again.')),
      { enableHighAccuracy: true, maximumAge: 0, timeout: 30_000 },
    ),
  );
}
