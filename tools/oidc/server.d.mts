/** The registered test client of the development provider. */
export const DEV_CLIENT: { id: string; name: string; clientId: string; clientSecret: string; redirectUris: string[] };
/** The development OpenID provider (server.mjs) on 127.0.0.1, `port` 0 for a free one (also when `port` is taken, unless `strictPort`). `providers` is accounts' OIDC_PROVIDERS for it. */
export function startOidcProvider(options?: { port?: number; host?: string; strictPort?: boolean }): Promise<{ issuer: string; providers: string; close: () => Promise<void> }>;
