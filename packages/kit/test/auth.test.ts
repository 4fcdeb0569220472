import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, revokeSession, TokenVerifier } from '../src/auth.ts';
import { createKeyValueStore } from '../src/kv.ts';

describe('access token verification', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const kv = createKeyValueStore(undefined, 'auth-test:');
  const verifier = new TokenVerifier({ accessKeys: publicKey, kv });
  const sign = (sid: string, expiresInSeconds: number, key = privateKey) =>
    new SignJWT({ sid, roles: ['user'] })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setSubject('user-1')
      .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
      .sign(key);
  const message = (p: Promise<unknown>) => p.then(() => 'accepted', (e: Error) => e.message);

  it('accepts a valid token again and again (its signature checked once), and refuses it once revoked', async () => {
    const token = await sign('s1', 60);
    for (let i = 0; i < 3; i++) expect(await verifier.verify(`Bearer ${token}`)).toEqual({ kind: 'user', userId: 'user-1', sessionId: 's1', roles: ['user'], scopes: ['user'] });
    await revokeSession(kv, 's1');
    expect(await message(verifier.verify(`Bearer ${token}`))).toBe('Session revoked');
  });

  it('refuses a token that expires after it was first accepted', async () => {
    const token = await sign('s2', 1);
    expect(await message(verifier.verify(`Bearer ${token}`))).toBe('accepted');
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await message(verifier.verify(`Bearer ${token}`))).toBe('Access token expired');
    expect(await message(verifier.verify(`Bearer ${token}`))).toBe('Access token expired');
  });

  it('refuses a token signed by another key, or tampered with, even after a good one was accepted', async () => {
    const good = await sign('s3', 60);
    await verifier.verify(`Bearer ${good}`);
    const other = await sign('s3', 60, generateKeyPairSync('ed25519').privateKey);
    expect(await message(verifier.verify(`Bearer ${other}`))).toBe('Invalid access token');
    const [h, p] = good.split('.');
    expect(await message(verifier.verify(`Bearer ${h}.${p}.${'A'.repeat(86)}`))).toBe('Invalid access token');
  });
});
