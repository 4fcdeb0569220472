import { mayView, type Viewer } from '@worldgraph/kit';
import { adminToken, credit, gql, registerUser } from '@worldgraph/testenv';

const UPDATE = 'mutation ($i: PrivacyInput!) { updatePrivacy(input: $i) { privacy { email presence holdings level } } }';
const SEE = 'query ($id: ID!) { user(id: $id) { email privacy { email } } }';

describe('privacy: one rule in the kit', () => {
  const owner = 'u-1';
  const as = (v: Viewer) => (['everyone', 'signed_in', 'only_me'] as const).map((a) => mayView(v, owner, a));
  it('admits by audience; the user, admins and services always', () => {
    expect(as({ kind: 'anonymous', scopes: [] })).toEqual([true, false, false]);
    expect(as({ kind: 'user', userId: 'u-2', roles: ['user'], sessionId: 's', scopes: [] })).toEqual([true, true, false]);
    expect(as({ kind: 'user', userId: owner, roles: ['user'], sessionId: 's', scopes: [] })).toEqual([true, true, true]);
    expect(as({ kind: 'user', userId: 'u-3', roles: ['admin'], sessionId: 's', scopes: [] })).toEqual([true, true, true]);
    expect(as({ kind: 'service', service: 'wallet', scopes: [] })).toEqual([true, true, true]);
  });
});

describe('privacy settings through the router', () => {
  it('email is private by default; shown to signed-in users when the user says so; settings are the user own', async () => {
    const [ada, bob] = [await registerUser(), await registerUser()];
    expect((await gql(SEE, { id: ada.id }, { token: bob.accessToken })).data?.user).toEqual({ email: null, privacy: null });
    const updated = await gql(UPDATE, { i: { email: 'signed_in', presence: 'only_me' } }, { token: ada.accessToken });
    expect(updated.data?.updatePrivacy.privacy).toEqual({ email: 'signed_in', presence: 'only_me', holdings: 'only_me', level: 'everyone' });
    expect((await gql(SEE, { id: ada.id }, { token: bob.accessToken })).data?.user.email).toBe(ada.email);
    expect((await gql(SEE, { id: ada.id })).data?.user.email).toBeNull();
    expect((await gql(SEE, { id: ada.id }, { token: await adminToken() })).data?.user.privacy).toEqual({ email: 'signed_in' });
    expect((await gql('query ($id: ID!) { user(id: $id) { status lastSeenAt } }', { id: ada.id }, { token: bob.accessToken })).data?.user).toEqual({ status: 'offline', lastSeenAt: null });
  });
});

describe('holdings (wallet) and level (progression) follow the same rule', () => {
  const SHOW = 'query ($id: ID!) { user(id: $id) { holdings { asset amount } level { number } } }';
  const psc = (res: { data?: Record<string, any> | null }) => res.data?.user.holdings?.find((b: { asset: string }) => b.asset === 'PSC')?.amount ?? null;

  it('a stranger, an anonymous caller, the user and an admin each see what the settings admit', async () => {
    const [ada, bob] = [await registerUser(), await registerUser()];
    await credit(ada.id, 'PSC', '12.5');
    const admin = await adminToken();
    // Defaults: holdings only to the user (and admins), the level to everyone.
    const byBob = await gql(SHOW, { id: ada.id }, { token: bob.accessToken });
    expect(byBob.errors).toBeUndefined();
    expect(byBob.data?.user).toEqual({ holdings: null, level: { number: 1 } });
    expect(psc(await gql(SHOW, { id: ada.id }, { token: ada.accessToken }))).toBe('12.5');
    expect(psc(await gql(SHOW, { id: ada.id }, { token: admin }))).toBe('12.5');

    // Holdings to signed-in users, level to herself only.
    expect((await gql(UPDATE, { i: { holdings: 'signed_in', level: 'only_me' } }, { token: ada.accessToken })).errors).toBeUndefined();
    expect(psc(await gql(SHOW, { id: ada.id }, { token: bob.accessToken }))).toBe('12.5');
    expect((await gql(SHOW, { id: ada.id }, { token: bob.accessToken })).data?.user.level).toBeNull();
    expect((await gql(SHOW, { id: ada.id })).data?.user).toEqual({ holdings: null, level: null });
    expect((await gql(SHOW, { id: ada.id }, { token: ada.accessToken })).data?.user.level).toEqual({ number: 1 });
    expect((await gql(SHOW, { id: ada.id }, { token: admin })).data?.user.level).toEqual({ number: 1 });
    // The ledger stays private whatever the holdings choice.
    expect((await gql('query ($id: ID!) { user(id: $id) { wallet { balances { amount } } } }', { id: ada.id }, { token: bob.accessToken })).data?.user.wallet).toBeNull();
  });
});
