import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, revokeSession, SERVICE_TOKEN_ISSUER, ServiceCredentials, TokenVerifier } from '../src/auth.ts';
import { createKeyValueStore } from '../src/kv.ts';

/**
 * A token's exp is in whole seconds: one signed to live "1 s" may have only milliseconds left when
 * it is first checked on a busy machine. The expiry tests give it 3 s, check it at once, then wait
 * until its exp has passed.
 */
const untilExpired = (token: string) => {
  const { exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number };
  return new Promise((r) => setTimeout(r, Math.max(0, exp * 1000 - Date.now()) + 100));
};

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
    const token = await sign('s2', 3);
    expect(await message(verifier.verify(`Bearer ${token}`))).toBe('accepted');
    await untilExpired(token);
    expect(await message(verifier.verify(`Bearer ${token}`))).toBe('Access token expired');
    expect(await message(verifier.verify(`Bearer ${token}`))).toBe('Access token expired');
  }, 15_000);

  it('refuses a token signed by another key, or tampered with, even after a good one was accepted', async () => {
    const good = await sign('s3', 60);
    await verifier.verify(`Bearer ${good}`);
    const other = await sign('s3', 60, generateKeyPairSync('ed25519').privateKey);
    expect(await message(verifier.verify(`Bearer ${other}`))).toBe('Invalid access token');
    const [h, p] = good.split('.');
    expect(await message(verifier.verify(`Bearer ${h}.${p}.${'A'.repeat(86)}`))).toBe('Invalid access token');
  });
});

describe('service credential verification', () => {
  const kv = createKeyValueStore(undefined, 'auth-test-service:');
  const secret = 'service-secret-for-the-test-0123456789';
  const verifier = new TokenVerifier({ accessKeys: generateKeyPairSync('ed25519').publicKey, serviceSecret: secret, kv });
  const sign = (service: string, expiresInSeconds: number, key = secret) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(SERVICE_TOKEN_ISSUER)
      .setSubject(service)
      .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
      .sign(new TextEncoder().encode(key));
  const message = (p: Promise<unknown>) => p.then(() => 'accepted', (e: Error) => e.message);

  it("accepts a context's credential again and again, as that context", async () => {
    const authorization = await new ServiceCredentials('features', secret).authorization();
    for (let i = 0; i < 3; i++) expect(await verifier.verify(authorization)).toEqual({ kind: 'service', service: 'features', scopes: ['service'] });
    expect(await verifier.verify(`Bearer ${await sign('hunts', 60)}`)).toEqual({ kind: 'service', service: 'hunts', scopes: ['service'] });
  });

  it('refuses a credential that expires after it was first accepted', async () => {
    const token = await sign('features', 3);
    expect(await message(verifier.verify(`Bearer ${token}`))).toBe('accepted');
    await untilExpired(token);
    expect(await message(verifier.verify(`Bearer ${token}`))).toBe('Invalid service credential');
    expect(await message(verifier.verify(`Bearer ${token}`))).toBe('Invalid service credential');
  }, 15_000);

  it('refuses a credential signed with another secret, or tampered with, even after a good one was accepted', async () => {
    const good = await sign('wallet', 60);
    expect(await message(verifier.verify(`Bearer ${good}`))).toBe('accepted');
    expect(await message(verifier.verify(`Bearer ${await sign('wallet', 60, 'another-secret-0123456789abcdef')}`))).toBe('Invalid service credential');
    const [h, p] = good.split('.');
    expect(await message(verifier.verify(`Bearer ${h}.${p}.${'A'.repeat(43)}`))).toBe('Invalid service credential');
    const forged = Buffer.from(JSON.stringify({ iss: SERVICE_TOKEN_ISSUER, sub: 'admin', exp: Math.floor(Date.now() / 1000) + 60 })).toString('base64url');
    expect(await message(verifier.verify(`Bearer ${h}.${forged}.${good.split('.')[2]}`))).toBe('Invalid service credential');
  });

  it('refuses service credentials where none are accepted', async () => {
    const plain = new TokenVerifier({ accessKeys: generateKeyPairSync('ed25519').publicKey, kv });
    expect(await message(plain.verify(`Bearer ${await sign('features', 60)}`))).toBe('Service credentials are not accepted here');
  });
});
