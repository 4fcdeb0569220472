// RFC 6238 TOTP, what authenticator apps use, by otpauth: HMAC-SHA1, 6 digits, 30-second steps;
// secrets are 160 random bits in base32 without padding (what RFC 4226 recommends).
import { Secret, TOTP } from 'otpauth';

const PERIOD = 30;
const DIGITS = 6;
/** Steps of clock drift accepted either way. */
const DRIFT_STEPS = 1;

/** The time step of an instant. */
export const timeStep = (atMs: number) => TOTP.counter({ period: PERIOD, timestamp: atMs });

/** The code for an instant. */
export const totp = (secretBase32: string, atMs = Date.now(), digits = DIGITS) =>
  TOTP.generate({ secret: Secret.fromBase32(secretBase32), algorithm: 'SHA1', digits, period: PERIOD, timestamp: atMs });

/**
 * The time step a code matches, allowing one step of clock drift either way; null when it
 * matches none. Callers refuse a step already used (a code works once).
 */
export function matchingStep(secretBase32: string, code: string, atMs = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secretBase32), algorithm: 'SHA1', digits: DIGITS, period: PERIOD, timestamp: atMs, window: DRIFT_STEPS });
  return delta === null ? null : timeStep(atMs) + delta;
}

/** A new 160-bit secret, base32. */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The otpauth:// URL authenticator apps read from a QR code. */
export function otpauthUrl(issuer: string, account: string, secret: string): string {
  return new TOTP({ issuer, label: account, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: DIGITS, period: PERIOD }).toString();
}
