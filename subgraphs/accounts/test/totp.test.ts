import { Secret } from 'otpauth';
import { matchingStep, newTotpSecret, otpauthUrl, timeStep, totp } from '../src/domain/totp.ts';

// RFC 6238 appendix B, SHA-1, 8 digits, secret "12345678901234567890".
const SECRET = Secret.fromUTF8('12345678901234567890').base32;

describe('TOTP (RFC 6238)', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('at %i s the code is %s', (seconds, code) => {
    expect(totp(SECRET, seconds * 1000, 8)).toBe(code);
  });

  it('matches the current step and one either side, nothing else', () => {
    const now = 1_700_000_000_000;
    const step = timeStep(now);
    for (const offset of [-1, 0, 1]) expect(matchingStep(SECRET, totp(SECRET, now + offset * 30_000), now)).toBe(step + offset);
    expect(matchingStep(SECRET, totp(SECRET, now + 60_000), now)).toBeNull();
    expect(matchingStep(SECRET, totp(SECRET, now - 60_000), now)).toBeNull();
    expect(matchingStep(SECRET, '12345', now)).toBeNull();
  });

  it('makes 160-bit base32 secrets without padding, as before', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(Secret.fromBase32(secret).bytes).toHaveLength(20);
  });

  it('builds the otpauth URL apps read', () => {
    expect(otpauthUrl('Worldgraph', 'ada', 'ABCDEFGH')).toBe('otpauth://totp/Worldgraph:ada?issuer=Worldgraph&secret=ABCDEFGH&algorithm=SHA1&digits=6&period=30');
  });
});
