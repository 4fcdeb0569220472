import * as oidc from 'openid-client';
import { AppError, badInput } from '@worldgraph/kit';
import type { ProviderConfig } from '../config.ts';

/** What a provider said about the person, once the authorization response checked out. */
export interface ProviderIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  preferredUsername: string | null;
  name: string | null;
}

/** The checks a started sign-in left server-side, which the authorization response must pass. */
export interface Expected {
  redirectUri: string;
  codeVerifier: string;
  state: string;
  nonce: string;
  /** Seconds: the sign-in at the provider must be this fresh (linking). */
  maxAge?: number;
}

const loopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
const refused = (reason: string, message: string, details: Record<string, unknown> = {}) => new AppError('BAD_USER_INPUT', message, { reason, ...details });

/**
 * The configured OpenID providers, through openid-client: discovery (once per provider, retried
 * after a failure), authorization URLs with PKCE S256, state and nonce, and the code exchange with
 * every check of the ID token (issuer, audience, nonce, signature, auth_time when asked).
 */
export class OpenIdProviders {
  private readonly discovered = new Map<string, Promise<oidc.Configuration>>();

  constructor(private readonly providers: ProviderConfig[]) {}

  list(): { id: string; name: string }[] {
    return this.providers.map(({ id, name }) => ({ id, name }));
  }

  /** The provider named `id`: BAD_USER_INPUT, reason UNKNOWN_PROVIDER, when none is configured. */
  get(id: string): ProviderConfig {
    const provider = this.providers.find((p) => p.id === id);
    if (!provider) throw badInput(`No provider "${String(id).slice(0, 32)}"`, { reason: 'UNKNOWN_PROVIDER', field: 'provider' });
    return provider;
  }

  /** The provider's sign-in page for these checks; `fresh` asks it to sign the person in again. */
  async authorizationUrl(id: string, expected: Expected, fresh: boolean): Promise<string> {
    const config = await this.configuration(id);
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: expected.redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(expected.codeVerifier),
      code_challenge_method: 'S256',
      state: expected.state,
      nonce: expected.nonce,
      ...(fresh ? { prompt: 'login', max_age: String(expected.maxAge ?? 0) } : {}),
    });
    return url.href;
  }

  /** Exchanges the authorization response's code and checks the ID token; refusals carry a reason. */
  async identity(id: string, response: URL, expected: Expected): Promise<ProviderIdentity> {
    const config = await this.configuration(id);
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      // The token request's redirect_uri is the response's URL without its parameters: the caller checked it is the one asked for.
      tokens = await oidc.authorizationCodeGrant(config, response, {
        pkceCodeVerifier: expected.codeVerifier,
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        maxAge: expected.maxAge,
        idTokenExpected: true,
      });
    } catch (error) {
      throw refusalOf(error);
    }
    const idToken = tokens.claims();
    if (!idToken?.sub) throw refused('PROVIDER_ERROR', 'The provider gave no identity');
    // Many providers keep the profile out of the ID token: then it comes from userinfo (its subject checked).
    const claims: Record<string, unknown> =
      idToken.email === undefined && tokens.access_token ? { ...(await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub)), ...idToken } : idToken;
    return {
      subject: idToken.sub,
      email: typeof claims.email === 'string' ? claims.email : null,
      emailVerified: claims.email_verified === true,
      preferredUsername: typeof claims.preferred_username === 'string' ? claims.preferred_username : null,
      name: typeof claims.name === 'string' ? claims.name : null,
    };
  }

  private configuration(id: string): Promise<oidc.Configuration> {
    let config = this.discovered.get(id);
    if (!config) {
      const provider = this.get(id);
      const issuer = new URL(provider.issuer);
      // Plain http only to a provider on this machine (the development provider); the config refuses it elsewhere.
      const insecure = issuer.protocol === 'http:' && loopback(issuer);
      config = oidc.discovery(issuer, provider.clientId, undefined, oidc.ClientSecretBasic(provider.clientSecret), {
        execute: insecure ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      });
      // A failed discovery (the provider was down) is tried again next time.
      config.catch(() => this.discovered.delete(id));
      this.discovered.set(id, config);
    }
    return config;
  }
}

/** The client's fault, said with a reason; anything else (the provider down, a bug) stays an internal error. */
function refusalOf(error: unknown): unknown {
  if (error instanceof oidc.AuthorizationResponseError) {
    return refused('PROVIDER_ERROR', `The provider refused: ${error.error}`, { providerError: error.error });
  }
  if (error instanceof oidc.ResponseBodyError) {
    if (error.error === 'invalid_grant') return refused('INVALID_CODE', 'The authorization code is wrong, expired or already used');
    return refused('PROVIDER_ERROR', `The provider refused: ${error.error}`, { providerError: error.error });
  }
  if (error instanceof Error && 'code' in error && String(error.code).startsWith('OAUTH_')) {
    // A response that does not check out: a missing or different state or code, a bad ID token (nonce, auth_time...).
    return refused('INVALID_RESPONSE', `The authorization response does not check out: ${error.message}`);
  }
  return error;
}
