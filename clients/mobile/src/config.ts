// The router's URL: EXPO_PUBLIC_ROUTER_URL at build time; in a browser (Expo's web target), the page's
// own origin (the app is served beside the router, or by a proxy to it); else app.json's
// extra.routerUrl, else the local router of `npm start`.
import Constants from 'expo-constants';
import { Platform } from 'react-native';

export const DEFAULT_ROUTER_URL = 'http://localhost:4000/graphql';

export function routerUrl(): string {
  const fromEnv = process.env.EXPO_PUBLIC_ROUTER_URL;
  const fromConfig = Constants.expoConfig?.extra?.routerUrl as unknown;
  if (fromEnv) return fromEnv;
  if (Platform.OS === 'web' && typeof location !== 'undefined') return `${location.origin}/graphql`;
  if (typeof fromConfig === 'string' && fromConfig) return fromConfig;
  return DEFAULT_ROUTER_URL;
}
