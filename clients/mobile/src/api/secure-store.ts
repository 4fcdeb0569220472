// The session's tokens on the device: expo-secure-store (Android Keystore, iOS Keychain).
import * as SecureStore from 'expo-secure-store';
import type { Tokens, TokenStore } from './tokens';

const KEY = 'worldgraph.session';

/** Tokens in expo-secure-store. */
export const secureTokenStore: TokenStore = {
  async load() {
    const raw = await SecureStore.getItemAsync(KEY).catch(() => null);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as Tokens;
    } catch {
      return null;
    }
  },
  async save(tokens) {
    if (tokens) await SecureStore.setItemAsync(KEY, JSON.stringify(tokens));
    else await SecureStore.deleteItemAsync(KEY);
  },
};
