// The device's position, from expo-location (the one device API the app needs).
import * as Location from 'expo-location';

export interface Position {
  lat: number;
  lng: number;
  /** Uncertainty of the fix, in metres. */
  accuracy: number;
}

/** Thrown with a sentence for the screen when there is no position to use. */
export class LocationError extends Error {}

/** Asks for permission (once) and reads a fresh fix. */
export async function currentPosition(): Promise<Position> {
  const permission = await Location.requestForegroundPermissionsAsync();
  if (permission.status !== 'granted') throw new LocationError('Worldgraph needs your location to play hunts. Allow it in Settings.');
  try {
    const fix = await Location.getCurrentPositionAsync({ accuracy: Location.Accuracy.High });
    // The server accepts accuracies of 0-1000 m; a worse fix is sent as 1000 m.
    return { lat: fix.coords.latitude, lng: fix.coords.longitude, accuracy: Math.min(1000, Math.max(0, fix.coords.accuracy ?? 0)) };
  } catch {
    throw new LocationError('Could not read your position. Check that location is on and try again.');
  }
}
