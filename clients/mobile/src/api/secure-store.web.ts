// The session's tokens in a browser (Expo's web target, which expo-secure-store does not serve):
// sessionStorage, so they go with the tab. Metro picks this file over secure-store.ts on web.
import type { Tokens, TokenStore } from './tokens';

const KEY = 'worldgraph.session';

/** Tokens in the tab's sessionStorage. */
export const secureTokenStore: TokenStore = {
  async load() {
    const raw = globalThis.sessionStorage?.getItem(KEY);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as Tokens;
    } catch {
      return null;
    }
  },
  async save(tokens) {
    if (tokens) globalThis.sessionStorage?.setItem(KEY, JSON.stringify(tokens));
    else globalThis.sessionStorage?.removeItem(KEY);
  },
};
