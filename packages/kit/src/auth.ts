import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, type JWTVerifyGetKey, type CryptoKey, type KeyObject } from 'jose';
import { forbidden, unauthenticated } from './errors.ts';
import type { KeyValueStore } from './kv.ts';

/** Issuer and audience of the access tokens accounts signs (EdDSA). */
export const ACCESS_TOKEN_ISSUER = 'worldgraph-accounts';
export const ACCESS_TOKEN_AUDIENCE = 'worldgraph';
/** Issuer of service credentials (HS256 with SERVICE_TOKEN_SECRET), for internal calls only. */
export const SERVICE_TOKEN_ISSUER = 'worldgraph-service';
/** Access tokens live 15 minutes; a revocation is remembered at least that long. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export type Role = 'admin' | 'support' | 'verified_user' | 'user';

/** Who is calling: a signed-in user, another context with a service credential, or nobody. */
export type Viewer =
  | { kind: 'user'; userId: string; roles: Role[]; sessionId: string; scopes: string[] }
  | { kind: 'service'; service: string; scopes: string[] }
  | { kind: 'anonymous'; scopes: string[] };

export const ANONYMOUS: Viewer = { kind: 'anonymous', scopes: [] };

/** Private data of a user (email, wallet...) is for that user, admins and other contexts. */
export const isSelfOrAdmin = (viewer: Viewer, userId: string) =>
  viewer.kind === 'service' || (viewer.kind === 'user' && (viewer.userId === userId || viewer.roles.includes('admin')));

/** The signed-in user's id: UNAUTHENTICATED for anonymous callers, FORBIDDEN for services. */
export function requireUser(viewer: Viewer): string {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (viewer.kind !== 'user') throw forbidden('Only a signed-in user can do this');
  return viewer.userId;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether `id` is a UUID: the ids of uuid columns. Anything else names no row, and must never reach such a column (Postgres refuses the whole statement). */
export const isUuid = (id: string) => UUID.test(id);
/** User ids are accounts' UUIDs; anything else names nobody (and must never reach a uuid column). */
export const isUserId = isUuid;

const revokedKey = (sessionId: string) => `revoked-session:${sessionId}`;

/** Marks a session revoked for every verifier sharing `kv`, for as long as its access tokens live. */
export async function revokeSession(kv: KeyValueStore, sessionId: string): Promise<void> {
  await kv.set(revokedKey(sessionId), '1', ACCESS_TOKEN_TTL_SECONDS + 60);
}

export interface TokenVerifierOptions {
  /** accounts' public keys: a JWKS URL (or a function giving it, read at first use), or a key. */
  accessKeys: URL | (() => URL) | CryptoKey | KeyObject;
  /** Verifies service credentials; without it they are refused. */
  serviceSecret?: string;
  /** Where revoked sessions are looked up. */
  kv: KeyValueStore;
}

/** How many verified access tokens a verifier keeps (the oldest go first). */
const MAX_VERIFIED = 10_000;
/** Service credentials: one per calling context and process at a time. */
const MAX_VERIFIED_SERVICES = 1_000;

/** Keeps `value` under `key` in a map of at most `max` entries, the oldest going first. */
function remember<V>(map: Map<string, V>, max: number, key: string, value: V): void {
  if (map.size >= max) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** Turns an Authorization header into a Viewer; a bad, expired or revoked token is UNAUTHENTICATED. */
export class TokenVerifier {
  private keys?: JWTVerifyGetKey | CryptoKey | KeyObject;
  /**
   * Verified access tokens and their claims. A signature check is the same for the same token
   * every time, and every request checks the router's and each subgraph's copy (four Ed25519
   * verifications for a three-subgraph query): each token is verified once per process, and only
   * its expiry is checked again. The revocation lookup is never cached.
   */
  private readonly verified = new Map<string, { sub: string; sid: string; roles: Role[]; expiresAt: number }>();
  /**
   * Verified service credentials, the same way: a context signs one and uses it for four minutes,
   * so every internal call (a purchase's wallet debit) would otherwise check the same HMAC again,
   * through WebCrypto (about 4 % of the test stack's CPU in the buyFeature benchmark).
   */
  private readonly verifiedServices = new Map<string, { service: string; expiresAt: number }>();
  private readonly serviceKey?: Uint8Array;

  constructor(private readonly options: TokenVerifierOptions) {
    if (options.serviceSecret) this.serviceKey = new TextEncoder().encode(options.serviceSecret);
  }

  private get accessKeys() {
    if (!this.keys) {
      const given = this.options.accessKeys;
      const url = typeof given === 'function' ? given() : given;
      this.keys = url instanceof URL ? createRemoteJWKSet(url, { cooldownDuration: 5_000 }) : url;
    }
    return this.keys;
  }

  /** `authorization` is the raw header value; absent means anonymous. */
  async verify(authorization: string | undefined | null): Promise<Viewer> {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('Authorization header must be "Bearer <token>"');
    const token = match[1]!;
    // A token verified before is known by its text: no need to decode its header again to see which kind it is.
    if (this.verified.has(token)) return this.verifyAccess(token);
    if (this.verifiedServices.has(token)) return this.verifyService(token);
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw unauthenticated('Malformed access token');
    }
    return alg === 'HS256' ? this.verifyService(token) : this.verifyAccess(token);
  }

  private async verifyAccess(token: string): Promise<Viewer> {
    let claims = this.verified.get(token);
    if (claims && claims.expiresAt <= Date.now()) {
      this.verified.delete(token);
      throw unauthenticated('Access token expired');
    }
    if (!claims) {
      claims = await this.verifySignature(token);
      remember(this.verified, MAX_VERIFIED, token, claims);
    }
    const { sub, sid, roles } = claims;
    if (await this.options.kv.get(revokedKey(sid))) throw unauthenticated('Session revoked');
    return { kind: 'user', userId: sub, sessionId: sid, roles, scopes: roles };
  }

  private async verifySignature(token: string): Promise<{ sub: string; sid: string; roles: Role[]; expiresAt: number }> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.accessKeys as JWTVerifyGetKey, {
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        algorithms: ['EdDSA'],
      }));
    } catch (error) {
      const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
      throw unauthenticated(expired ? 'Access token expired' : 'Invalid access token');
    }
    const { sub, sid, roles, exp } = payload as { sub?: string; sid?: string; roles?: Role[]; exp?: number };
    if (!sub || !sid || !Array.isArray(roles) || typeof exp !== 'number') throw unauthenticated('Invalid access token');
    return { sub, sid, roles, expiresAt: exp * 1000 };
  }

  private async verifyService(token: string): Promise<Viewer> {
    if (!this.serviceKey) throw unauthenticated('Service credentials are not accepted here');
    const known = this.verifiedServices.get(token);
    if (known && known.expiresAt > Date.now()) return { kind: 'service', service: known.service, scopes: ['service'] };
    if (known) this.verifiedServices.delete(token);
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.serviceKey, { issuer: SERVICE_TOKEN_ISSUER, algorithms: ['HS256'] }));
    } catch {
      throw unauthenticated('Invalid service credential');
    }
    const service = String(payload.sub);
    // Only a credential that expires is kept (ours always do), and only until it does.
    if (typeof payload.exp === 'number') {
      remember(this.verifiedServices, MAX_VERIFIED_SERVICES, token, { service, expiresAt: payload.exp * 1000 });
    }
    return { kind: 'service', service, scopes: ['service'] };
  }
}

/** Signs and caches this context's service credential for internal calls to other subgraphs. */
export class ServiceCredentials {
  private cached?: { token: string; renewAt: number };
  private readonly key: Uint8Array;
  constructor(private readonly service: string, secret: string) {
    this.key = new TextEncoder().encode(secret);
  }
  /** A bearer header value, renewed a minute before its five minutes run out. */
  async authorization(): Promise<string> {
    if (!this.cached || this.cached.renewAt < Date.now()) {
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(SERVICE_TOKEN_ISSUER)
        .setSubject(this.service)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(this.key);
      this.cached = { token, renewAt: Date.now() + 4 * 60_000 };
    }
    return `Bearer ${this.cached.token}`;
  }
}
