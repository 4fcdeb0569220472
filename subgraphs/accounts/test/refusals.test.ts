import { codeOf, database, closeDatabases, gql, mintAccessToken, registerUser, unique } from '@worldgraph/testenv';

const REGISTER = 'mutation ($input: RegisterInput!) { register(input: $input) { user { id } } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
const ME = '{ me { id } }';

const userCount = async () => Number((await database('accounts').query('SELECT count(*) FROM users')).rows[0].count);

afterAll(closeDatabases);

describe('accounts refuses bad input with a code and changes nothing', () => {
  it.each([
    ['a weak password', { password: 'short1' }, 'BAD_USER_INPUT'],
    ['a password without digits', { password: 'only-letters-here' }, 'BAD_USER_INPUT'],
    ['a password containing the username', { username: 'passwordy', password: 'passwordy-123' }, 'BAD_USER_INPUT'],
    ['a malformed email', { email: 'not-an-email' }, 'BAD_USER_INPUT'],
    ['a username with spaces', { username: 'bad name' }, 'BAD_USER_INPUT'],
    ['a too-short username', { username: 'ab' }, 'BAD_USER_INPUT'],
  ])('registration with %s', async (_label, override, code) => {
    const username = unique('u_');
    const before = await userCount();
    const res = await gql(REGISTER, { input: { username, email: `${username}@example.com`, password: 'correct-horse-9', ...override } });
    expect(codeOf(res)).toBe(code);
    expect(res.errors?.[0]?.message).not.toMatch(/prisma|sql|stack/i);
    expect(await userCount()).toBe(before);
  });

  it('a duplicate email, whatever its case, is a CONFLICT', async () => {
    const user = await registerUser();
    const res = await gql(REGISTER, { input: { username: unique('u_'), email: user.email.toUpperCase(), password: 'correct-horse-9' } });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.extensions?.field).toBe('email');
  });

  it('a duplicate username, whatever its case, is a CONFLICT', async () => {
    const user = await registerUser();
    const res = await gql(REGISTER, { input: { username: user.username.toUpperCase(), email: `${unique('e')}@example.com`, password: 'correct-horse-9' } });
    expect(codeOf(res)).toBe('CONFLICT');
  });

  it('concurrent registrations of one email: exactly one wins', async () => {
    const email = `${unique('race')}@example.com`;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => gql(REGISTER, { input: { username: unique('u_'), email, password: 'correct-horse-9' } })),
    );
    expect(results.filter((r) => r.data?.register).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(4);
  });

  it('a wrong password or unknown login is UNAUTHENTICATED with one message', async () => {
    const user = await registerUser();
    const wrong = await gql(LOGIN, { input: { login: user.username, password: 'wrong-password-1' } });
    const unknown = await gql(LOGIN, { input: { login: unique('nobody_'), password: 'wrong-password-1' } });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('malformed, forged and expired tokens are UNAUTHENTICATED at the router', async () => {
    const user = await registerUser();
    const expired = await mintAccessToken({ sub: user.id, expiresAt: Math.floor(Date.now() / 1000) - 60 });
    const [header, payload] = user.accessToken.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(86)}`;
    for (const authorization of ['Bearer', 'Basic abc', 'Bearer not.a.jwt', `Bearer ${forged}`, `Bearer ${expired}`]) {
      const res = await gql(ME, {}, { authorization });
      expect({ authorization, code: codeOf(res), status: res.status }).toEqual({ authorization, code: 'UNAUTHENTICATED', status: 401 });
    }
    const res = await gql(ME, {}, { token: expired });
    expect(res.errors?.[0]?.message).toBe('Access token expired');
  });

  it('the same tokens are refused by a subgraph called directly', async () => {
    const { stack } = await import('@worldgraph/testenv');
    const res = await gql(ME, {}, { url: stack().subgraphs.accounts, authorization: 'Bearer not.a.jwt' });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });
});

describe('failed sign-ins are slowed, never locked', () => {
  it('after 3 failures of one login from one address, the next attempt must wait (even with the right password); other logins are not slowed', async () => {
    const user = await registerUser();
    const other = await registerUser();
    for (let i = 0; i < 3; i++) {
      expect(codeOf(await gql(LOGIN, { input: { login: user.username, password: `wrong-password-${i}` } }))).toBe('UNAUTHENTICATED');
    }
    const early = await gql(LOGIN, { input: { login: user.username, password: user.password } });
    expect(codeOf(early)).toBe('RATE_LIMITED');
    expect(early.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await gql(LOGIN, { input: { login: other.username, password: other.password } })).data?.login.accessToken).toBeTruthy();
    // The wait is a delay, not a lock: once it is over, the owner gets in.
    const retryAfter = Number(early.errors?.[0]?.extensions?.retryAfterSeconds);
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 100));
    expect((await gql(LOGIN, { input: { login: user.username, password: user.password } })).data?.login.accessToken).toBeTruthy();
  }, 60_000);
});
