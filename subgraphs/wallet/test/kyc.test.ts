import { adminToken, closeDatabases, ok, refusal, registerUser, unique } from '@worldgraph/testenv';
import { decodeJwt } from 'jose';
import { balanceOf, expectNothingChanged, TRANSFER } from './helpers.ts';

afterAll(closeDatabases);

const SET_ROLES = 'mutation ($u: ID!, $r: [Role!]!) { setRoles(userId: $u, roles: $r) { roles } }';
const send = (amount: string, toUserId: string) => ({ input: { toUserId, asset: 'PSC', amount, idempotencyKey: unique('kyc-') } });

describe('transfers above the KYC threshold (WALLET_KYC_TRANSFER_ABOVE, default 1000)', () => {
  it('go through up to the threshold; above it only for a verified user, as accounts says now, whatever the token says', async () => {
    const [alice, bob] = [await registerUser(), await registerUser()];
    const admin = await adminToken();
    await ok('mutation ($i: AdminCreditInput!) { adminCredit(input: $i) { id } }', { i: { userId: alice.id, asset: 'PSC', amount: '5000', idempotencyKey: unique('c-') } }, admin);

    await ok(TRANSFER, send('1000', bob.id), alice.accessToken);
    await expectNothingChanged([alice, bob], async () => {
      expect(await refusal(TRANSFER, send('1000.0000000001', bob.id), alice.accessToken)).toMatchObject({ code: 'FORBIDDEN', reason: 'KYC_REQUIRED' });
    });

    // Verified (the KYC approval grants this role): the same token, issued before, now may.
    await ok(SET_ROLES, { u: alice.id, r: ['user', 'verified_user'] }, admin);
    expect(decodeJwt(alice.accessToken).roles).toEqual(['user']);
    await ok(TRANSFER, send('1500', bob.id), alice.accessToken);
    expect(await balanceOf(alice.accessToken)).toBe('2500');

    // A token carrying the role counts for nothing once accounts no longer grants it.
    const refreshed = (await ok<any>('mutation ($t: String!) { refresh(refreshToken: $t) { accessToken } }', { t: alice.refreshToken })).refresh.accessToken;
    expect(decodeJwt(refreshed).roles).toContain('verified_user');
    await ok(SET_ROLES, { u: alice.id, r: ['user'] }, admin);
    expect(await refusal(TRANSFER, send('1001', bob.id), refreshed)).toMatchObject({ code: 'FORBIDDEN', reason: 'KYC_REQUIRED' });
    expect(await balanceOf(refreshed)).toBe('2500');
  });
});
