import { codeOf, gql, registerUser, unique } from '@worldgraph/testenv';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id username } } }';
const ME = '{ me { id username email roles } }';

describe('register, login, me, refresh, logout through the router', () => {
  it('signs a new user in and shows them their own profile', async () => {
    const user = await registerUser();
    const login = await gql(LOGIN, { input: { login: user.username.toUpperCase(), password: user.password } });
    expect(login.errors).toBeUndefined();
    const me = await gql(ME, {}, { token: login.data!.login.accessToken });
    expect(me.data).toEqual({ me: { id: user.id, username: user.username, email: user.email, roles: ['user'] } });
  });

  it('logs in by email, case-insensitively', async () => {
    const user = await registerUser();
    const login = await gql(LOGIN, { input: { login: user.email.toUpperCase(), password: user.password } });
    expect(login.data?.login.user.id).toBe(user.id);
  });

  it('rotates refresh tokens, and reusing an old one ends the session', async () => {
    const user = await registerUser();
    const REFRESH = 'mutation ($t: String!) { refresh(refreshToken: $t) { accessToken refreshToken } }';
    const first = await gql(REFRESH, { t: user.refreshToken });
    expect(first.errors).toBeUndefined();
    const next = first.data!.refresh;
    expect(next.refreshToken).not.toBe(user.refreshToken);
    expect((await gql(ME, {}, { token: next.accessToken })).data?.me.id).toBe(user.id);

    const replay = await gql(REFRESH, { t: user.refreshToken });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    // The theft response revoked the whole session: the newer tokens stop working too.
    expect(codeOf(await gql(REFRESH, { t: next.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(ME, {}, { token: next.accessToken }))).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the access token everywhere and the refresh token', async () => {
    const user = await registerUser();
    const out = await gql('mutation { logout }', {}, { token: user.accessToken });
    expect(out.data).toEqual({ logout: true });
    expect(codeOf(await gql(ME, {}, { token: user.accessToken }))).toBe('UNAUTHENTICATED');
    // wallet verifies tokens too: the revoked session is refused there as well.
    expect(codeOf(await gql('{ myWallet { balances { asset } } }', {}, { token: user.accessToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql('mutation ($t: String!) { refresh(refreshToken: $t) { accessToken } }', { t: user.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('hides email from other users', async () => {
    const [a, b] = [await registerUser(), await registerUser()];
    const seen = await gql('query ($id: ID!) { user(id: $id) { username email } }', { id: a.id }, { token: b.accessToken });
    expect(seen.data).toEqual({ user: { username: a.username, email: null } });
    const anonymous = await gql('query ($u: String!) { userByUsername(username: $u) { id email } }', { u: a.username.toUpperCase() });
    expect(anonymous.data).toEqual({ userByUsername: { id: a.id, email: null } });
  });

  it('updates the profile, validating each field', async () => {
    const user = await registerUser();
    const UPDATE = 'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName bio locale avatarUrl } }';
    const ok = await gql(UPDATE, { input: { displayName: 'Ada L.', locale: 'en-GB' } }, { token: user.accessToken });
    expect(ok.data).toEqual({ updateProfile: { displayName: 'Ada L.', bio: null, locale: 'en-GB', avatarUrl: null } });
    const bad = await gql(UPDATE, { input: { avatarUrl: 'javascript:alert(1)' } }, { token: user.accessToken });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(UPDATE, { input: { bio: 'x' } }))).toBe('UNAUTHENTICATED');
  });

  it('lets only admins set roles', async () => {
    const user = await registerUser();
    const SET = 'mutation ($id: ID!, $roles: [Role!]!) { setRoles(userId: $id, roles: $roles) { roles } }';
    expect(codeOf(await gql(SET, { id: user.id, roles: ['admin'] }, { token: user.accessToken }))).toBe('FORBIDDEN');
    const { adminToken } = await import('@worldgraph/testenv');
    const done = await gql(SET, { id: user.id, roles: ['verified_user', 'user'] }, { token: await adminToken() });
    expect(done.data).toEqual({ setRoles: { roles: ['verified_user', 'user'] } });
    expect(codeOf(await gql(SET, { id: '00000000-0000-4000-8000-000000000000', roles: ['user'] }, { token: await adminToken() }))).toBe('NOT_FOUND');
    // an id that is no UUID names nobody either (it reached the uuid column as an internal error before)
    for (const id of ['not-a-uuid', '', "'; drop table users;--"]) expect(codeOf(await gql(SET, { id, roles: ['user'] }, { token: await adminToken() }))).toBe('NOT_FOUND');
    void unique;
  });
});
