import { kycThresholdSetting, requiresKyc, VerifiedUsers } from '../src/verified-users.ts';

describe('KYC thresholds', () => {
  it('reads one amount for every asset, per-asset amounts with * for the rest, or none', () => {
    const every = kycThresholdSetting.parse('1000');
    expect([requiresKyc(every, 'PSC', '1000'), requiresKyc(every, 'PSC', '1000.0000000001'), requiresKyc(every, 'IRR', '5000')]).toEqual([false, true, true]);
    const perAsset = kycThresholdSetting.parse('PSC:10, IRR:50000000,*:100');
    expect([requiresKyc(perAsset, 'PSC', '11'), requiresKyc(perAsset, 'IRR', '49999999'), requiresKyc(perAsset, 'RED', '101')]).toEqual([true, false, true]);
    expect(requiresKyc(kycThresholdSetting.parse('PSC:10'), 'RED', '1000000')).toBe(false);
    expect(requiresKyc(kycThresholdSetting.parse(''), 'PSC', '1000000')).toBe(false);
    expect(requiresKyc(kycThresholdSetting.parse('0'), 'PSC', '0.0000000001')).toBe(true);
  });

  it.each(['abc', '-5', 'PSC=10', 'psc:10', '1e3', 'PSC:'])('refuses the setting %s', (setting) => {
    expect(kycThresholdSetting.safeParse(setting).success).toBe(false);
  });
});

describe('VerifiedUsers', () => {
  const asking = (roles: string[] | null) => {
    const calls: unknown[] = [];
    const verified = new VerifiedUsers({ callSubgraph: async (...args: unknown[]) => (calls.push(args), { _entities: [roles && { roles }] }) as never });
    return { verified, calls };
  };
  it('asks accounts for the roles, and refuses FORBIDDEN with reason KYC_REQUIRED without verified_user', async () => {
    const yes = asking(['user', 'verified_user']);
    await expect(yes.verified.assertVerified('u1', 'A transfer')).resolves.toBeUndefined();
    expect(yes.calls[0]).toEqual(['accounts', expect.stringContaining('... on User { roles }'), { r: [{ __typename: 'User', id: 'u1' }] }, undefined]);
    for (const roles of [['user'], null]) {
      await expect(asking(roles).verified.assertVerified('u1', 'A transfer')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'KYC_REQUIRED' } });
    }
  });
});
