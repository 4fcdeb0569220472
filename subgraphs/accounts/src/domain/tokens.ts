import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import {
  calculateJwkThumbprint,
  exportJWK,
  importJWK,
  importPKCS8,
  SignJWT,
  type CryptoKey,
  type JWK,
} from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, ACCESS_TOKEN_TTL_SECONDS, type Role } from '@worldgraph/kit';

/** Refresh tokens live 7 days from their issue; each refresh issues a new one. */
export const REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 3600;

/** The key pair signing access tokens, and its public half as a JWKS. */
export interface SigningKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  kid: string;
  jwks: { keys: JWK[] };
}

/** A fresh Ed25519 private key as PKCS#8 PEM (development keys, tests). */
export function generatePrivateKeyPem(): string {
  return generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
}

/** Loads the signing keys from a PKCS#8 PEM. */
export async function loadSigningKeys(pem: string): Promise<SigningKeys> {
  const privateKey = await importPKCS8(pem, 'EdDSA', { extractable: true });
  // Derive the public key through its JWK: drop the private part `d`.
  const { d: _private, ...publicJwk } = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const publicKey = (await importJWK({ ...publicJwk, alg: 'EdDSA' }, 'EdDSA')) as CryptoKey;
  return { privateKey, publicKey, kid, jwks: { keys: [{ ...publicJwk, kid, alg: 'EdDSA', use: 'sig' }] } };
}

/** Signs a 15-minute access token for a user's session. */
export async function signAccessToken(keys: SigningKeys, user: { id: string; roles: Role[] }, sessionId: string) {
  const expiresAt = new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000);
  const token = await new SignJWT({ sid: sessionId, roles: user.roles })
    .setProtectedHeader({ alg: 'EdDSA', kid: keys.kid })
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setSubject(user.id)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(keys.privateKey);
  return { token, expiresAt };
}

/** A new opaque refresh token; only its hash is stored. */
export function newRefreshToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token), expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000) };
}

export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('hex');
