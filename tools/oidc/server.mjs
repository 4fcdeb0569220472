// A development OpenID provider: the certified `oidc-provider` package on 127.0.0.1, for `npm start`,
// tests and CI. Its login page (oidc-provider's development interaction) signs in whoever types a
// login, with any password: the login becomes the subject, and its email is the login when it holds
// an `@`, else `<login>@oidc.localhost` (verified). A consent page follows ("Continue"): the provider
// asks every time for a native client.
//
// One client is registered: DEV_CLIENT (confidential, client_secret_basic, authorization code with
// PKCE S256). Its redirect URIs are the web's callback and the mobile app's; as a native client, any
// port of a 127.0.0.1 redirect URI matches (RFC 8252 §7.3), so tests can serve the web anywhere.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';

/** The registered test client, and the provider entry accounts reads (OIDC_PROVIDERS). */
export const DEV_CLIENT = {
  id: 'dev',
  name: 'Worldgraph ID (development)',
  clientId: 'worldgraph-dev',
  clientSecret: 'worldgraph-dev-secret',
  redirectUris: ['http://127.0.0.1:5173/auth/callback', 'http://localhost:5173/auth/callback', 'com.worldgraph.mobile:/auth/callback'],
};

/** Claims of a development account: the login is the subject. */
const claimsOf = (login) => {
  const email = login.includes('@') ? login.toLowerCase() : `${login.toLowerCase()}@oidc.localhost`;
  return { sub: login, email, email_verified: true, name: login, preferred_username: email.split('@')[0] };
};

/**
 * Starts the provider; resolves to { issuer, providers, close }, `providers` being the OIDC_PROVIDERS
 * JSON for accounts. When `port` is taken it takes a free one instead, unless `strictPort`.
 */
export async function startOidcProvider({ port = 9500, host = '127.0.0.1', strictPort = false } = {}) {
  const server = http.createServer();
  const listen = (p) => new Promise((resolve, reject) => server.once('error', reject).listen(p, host, resolve));
  await listen(port).catch((error) => {
    if (strictPort || error.code !== 'EADDRINUSE') throw error;
    return listen(0);
  });
  const issuer = `http://${host}:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: DEV_CLIENT.clientId,
      client_secret: DEV_CLIENT.clientSecret,
      application_type: 'native',
      redirect_uris: DEV_CLIENT.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    async findAccount(_ctx, id) {
      return { accountId: id, claims: () => claimsOf(id) };
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    providers: JSON.stringify([{ id: DEV_CLIENT.id, name: DEV_CLIENT.name, issuer, clientId: DEV_CLIENT.clientId, clientSecret: DEV_CLIENT.clientSecret }]),
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const running = await startOidcProvider({ port: Number(process.env.OIDC_PROVIDER_PORT ?? 9500), strictPort: true });
  console.log(`OpenID provider on ${running.issuer}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void running.close().then(() => process.exit(0)));
}
