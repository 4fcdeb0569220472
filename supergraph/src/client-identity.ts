import { createHash } from 'node:crypto';
import { AppError, unauthenticated, type Runtime, type TokenVerifier, type Viewer } from '@worldgraph/kit';
import type { RequestHandler } from 'express';
import type { ApiKeyPrincipal, ClientClass } from './client-class.ts';

/** Who is calling, decided once per HTTP request or graphql-ws connection. */
export interface ClientIdentity {
  viewer: Viewer;
  /** The Authorization forwarded to subgraphs: the client's bearer token, or the one minted for its API key. */
  authorization?: string;
  clientClass: ClientClass;
  apiKey?: ApiKeyPrincipal;
}

/** What a client presents: its Authorization header (or connection param) and its API key, if any. */
export interface ClientCredentials {
  authorization?: string;
  apiKey?: string;
}

/** The header integrators send their key in (or `Authorization: ApiKey <key>`). */
export const API_KEY_HEADER = 'x-api-key';

const KEY_SHAPE = /^wgk_[\w-]{43}$/;
const GRANT = `query ($apiKey: String!) { internalApiKeyGrant(apiKey: $apiKey) { keyId name ownerId roles accessToken accessTokenExpiresAt } }`;

interface Grant {
  principal: ApiKeyPrincipal;
  authorization: string;
}

/**
 * Verifies integrators' API keys with accounts (`internalApiKeyGrant`, a service credential) and
 * keeps each verdict for `ttlMs`, by the key's sha256 (never the key). A revoked or rotated key
 * stops sooner: accounts revokes the session of the tokens it minted for it, which every
 * verifier checks on each request, and `ClientIdentifier` then asks accounts again.
 */
export class ApiKeyVerifier {
  private readonly verdicts = new Map<string, { grant: Promise<Grant | null>; until: number }>();

  constructor(
    private readonly call: Runtime['callSubgraph'],
    /** How long a verdict is kept. Default: 5 s. */
    private readonly ttlMs = 5_000,
    private readonly maxKept = 10_000,
  ) {}

  async grant(apiKey: string): Promise<Grant> {
    // Not even shaped like a key (accounts issues `wgk_` + 43 base64url characters): no call for it.
    if (!KEY_SHAPE.test(apiKey)) throw unauthenticated('Invalid API key');
    const hash = createHash('sha256').update(apiKey).digest('hex');
    const now = Date.now();
    let verdict = this.verdicts.get(hash);
    if (!verdict || verdict.until <= now) {
      verdict = { grant: this.ask(apiKey), until: now + this.ttlMs };
      if (this.verdicts.size >= this.maxKept) this.verdicts.delete(this.verdicts.keys().next().value!);
      this.verdicts.set(hash, verdict);
      // A failed call is not a verdict: the next request asks again.
      verdict.grant.catch(() => this.verdicts.delete(hash));
    }
    const grant = await verdict.grant;
    if (!grant) throw unauthenticated('Invalid API key');
    return grant;
  }

  /** Drops a key's verdict (its token was refused: the key was revoked or rotated). */
  forget(apiKey: string): void {
    this.verdicts.delete(createHash('sha256').update(apiKey).digest('hex'));
  }

  private async ask(apiKey: string): Promise<Grant | null> {
    const data = await this.call<{ internalApiKeyGrant: (Omit<ApiKeyPrincipal, 'id'> & { keyId: string; accessToken: string }) | null }>('accounts', GRANT, { apiKey });
    const g = data.internalApiKeyGrant;
    if (!g) return null;
    return { principal: { id: g.keyId, name: g.name, ownerId: g.ownerId, roles: g.roles }, authorization: `Bearer ${g.accessToken}` };
  }
}

/**
 * The one place a request's client class is decided (HTTP and graphql-ws alike): an API key makes
 * it `integrator` (the key's minted token is what subgraphs see), a bearer token `first-party`,
 * nothing `anonymous`. A bad token or key is UNAUTHENTICATED.
 */
export class ClientIdentifier {
  constructor(
    private readonly verifier: TokenVerifier,
    /** Without it, API keys are refused. */
    private readonly keys?: ApiKeyVerifier,
  ) {}

  async identify({ authorization, apiKey }: ClientCredentials): Promise<ClientIdentity> {
    const key = apiKey?.trim() || /^ApiKey\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!key) {
      const viewer = await this.verifier.verify(authorization);
      return { viewer, authorization: authorization || undefined, clientClass: viewer.kind === 'anonymous' ? 'anonymous' : 'first-party' };
    }
    if (!this.keys) throw unauthenticated('This router does not accept API keys');
    for (let attempt = 0; ; attempt++) {
      const grant = await this.keys.grant(key);
      try {
        const viewer = await this.verifier.verify(grant.authorization);
        return { viewer, authorization: grant.authorization, clientClass: 'integrator', apiKey: grant.principal };
      } catch (error) {
        // The kept verdict's token was revoked (key rotated or revoked) or expired: ask accounts once more.
        if (attempt > 0 || !(error instanceof AppError)) throw error instanceof AppError ? unauthenticated('Invalid API key') : error;
        this.keys.forget(key);
      }
    }
  }
}

/**
 * Express middleware: identifies the client from `Authorization` and `X-Api-Key` and leaves the
 * identity in `res.locals.client` (read by the safelist, the limits and the GraphQL context);
 * a bad credential is answered 401 with a GraphQL error, before any planning.
 */
export function clientIdentityMiddleware(identifier: ClientIdentifier): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.client = await identifier.identify({ authorization: req.header('authorization'), apiKey: req.header(API_KEY_HEADER) });
      next();
    } catch (error) {
      // accounts could not be asked: the client may retry, nothing is wrong with its credential.
      if (!(error instanceof AppError)) return void res.status(503).json({ errors: [{ message: 'The credential could not be verified right now; try again', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      res.status(401).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
    }
  };
}

/** The identity `clientIdentityMiddleware` left on a response. */
export const clientOf = (locals: Record<string, unknown>) => locals.client as ClientIdentity;
