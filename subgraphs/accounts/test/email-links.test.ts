import { closeDatabases, codeOf, database, gql, inbox, registerUser, tokenFromMail, unique } from '@worldgraph/testenv';

const REQUEST_RESET = 'mutation ($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation ($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const VERIFY = 'mutation ($t: String!) { verifyEmail(token: $t) }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';
const ME = '{ me { id emailVerified } }';

afterAll(closeDatabases);

describe('email verification by a link sent over SMTP', () => {
  it('registration mails a single-use link that verifies the address', async () => {
    const user = await registerUser();
    expect((await gql(ME, {}, { token: user.accessToken })).data?.me.emailVerified).toBe(false);
    const token = await tokenFromMail(user.email, 'Confirm your email address');
    expect((await gql(VERIFY, { t: token })).data).toEqual({ verifyEmail: true });
    expect((await gql(ME, {}, { token: user.accessToken })).data?.me.emailVerified).toBe(true);
    const again = await gql(VERIFY, { t: token });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.reason).toBe('TOKEN_USED');
    const wrong = await gql(VERIFY, { t: 'x'.repeat(43) });
    expect(wrong.errors?.[0]?.extensions?.reason).toBe('INVALID_TOKEN');
  });
});

describe('password reset by a link sent over SMTP', () => {
  it('sets a new password, ends every other session, and the link works once', async () => {
    const user = await registerUser();
    const second = (await gql(LOGIN, { input: { login: user.username, password: user.password } })).data!.login;
    expect((await gql(REQUEST_RESET, { e: user.email.toUpperCase() })).data).toEqual({ requestPasswordReset: true });
    const token = await tokenFromMail(user.email, 'Reset your password');

    // A refused password spends nothing.
    expect(codeOf(await gql(RESET, { t: token, p: 'short' }))).toBe('BAD_USER_INPUT');
    expect((await gql(LOGIN, { input: { login: user.username, password: user.password } })).data?.login.accessToken).toBeTruthy();

    expect((await gql(RESET, { t: token, p: 'a-new-password-42' })).data).toEqual({ resetPassword: true });
    for (const t of [user.accessToken, second.accessToken]) expect(codeOf(await gql(ME, {}, { token: t }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql('mutation ($t: String!) { refresh(refreshToken: $t) { accessToken } }', { t: second.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(LOGIN, { input: { login: user.username, password: user.password } }))).toBe('UNAUTHENTICATED');
    expect((await gql(LOGIN, { input: { login: user.username, password: 'a-new-password-42' } })).data?.login.accessToken).toBeTruthy();

    const reused = await gql(RESET, { t: token, p: 'another-password-43' });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_USED' });
    expect(codeOf(await gql(LOGIN, { input: { login: user.username, password: 'another-password-43' } }))).toBe('UNAUTHENTICATED');
  });

  it('an expired link is refused and changes nothing', async () => {
    const user = await registerUser();
    await gql(REQUEST_RESET, { e: user.email });
    const token = await tokenFromMail(user.email, 'Reset your password');
    await database('accounts').query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'reset'`, [user.id]);
    const res = await gql(RESET, { t: token, p: 'a-new-password-42' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_EXPIRED' });
    expect((await gql(LOGIN, { input: { login: user.username, password: user.password } })).data?.login.accessToken).toBeTruthy();
  });

  it('answers the same for an unknown address, and mails nobody', async () => {
    const email = `${unique('nobody')}@example.com`;
    const known = await registerUser();
    const [a, b] = [await gql(REQUEST_RESET, { e: email }), await gql(REQUEST_RESET, { e: known.email })];
    expect(a.data).toEqual(b.data);
    expect(a.errors).toBeUndefined();
    await tokenFromMail(known.email, 'Reset your password');
    expect(await inbox(email)).toEqual([]);
    expect(codeOf(await gql(REQUEST_RESET, { e: 'not-an-email' }))).toBe('BAD_USER_INPUT');
  });
});
