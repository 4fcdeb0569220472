import { mayView, type Viewer } from '@worldgraph/kit';
import { adminToken, gql, registerUser } from '@worldgraph/testenv';

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
