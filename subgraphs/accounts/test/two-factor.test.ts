import { closeDatabases, codeOf, database, gql, registerUser } from '@worldgraph/testenv';
import { totp } from '../src/domain/totp.ts';

const BEGIN = 'mutation { beginTwoFactorEnrolment { secret otpauthUrl } }';
const CONFIRM = 'mutation ($c: String!) { confirmTwoFactorEnrolment(oneTimeCode: $c) { recoveryCodes } }';
const DISABLE = 'mutation ($c: String!) { disableTwoFactor(oneTimeCode: $c) }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
const COMPLETE = 'mutation ($ch: String!, $c: String!) { completeTwoFactorLogin(challenge: $ch, oneTimeCode: $c) { accessToken user { id twoFactorEnabled } } }';

afterAll(closeDatabases);

/** A code of the next time step: distinct from one just used, still within the allowed drift. */
const nextCode = (secret: string) => totp(secret, Date.now() + 30_000);

async function enrol() {
  const user = await registerUser();
  const begun = await gql(BEGIN, {}, { token: user.accessToken });
  const { secret, otpauthUrl } = begun.data!.beginTwoFactorEnrolment;
  expect(otpauthUrl).toContain(`secret=${secret}`);
  expect(codeOf(await gql(CONFIRM, { c: '000000' === totp(secret) ? '111111' : '000000' }, { token: user.accessToken }))).toBe('FORBIDDEN');
  const confirmed = await gql(CONFIRM, { c: totp(secret) }, { token: user.accessToken });
  expect(confirmed.errors).toBeUndefined();
  return { user, secret, recovery: confirmed.data!.confirmTwoFactorEnrolment.recoveryCodes as string[] };
}

async function challenge(user: { username: string; password: string }) {
  const res = await gql(LOGIN, { input: { login: user.username, password: user.password } });
  expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TWO_FACTOR_REQUIRED' });
  expect(res.data?.login ?? null).toBeNull();
  return res.errors![0]!.extensions!.challenge as string;
}

describe('two-factor sign-in (TOTP with recovery codes)', () => {
  it('enrols, then login answers a challenge completed with a code; a challenge and a code work once', async () => {
    const { user, secret, recovery } = await enrol();
    expect(recovery).toHaveLength(10);
    const stored = await database('accounts').query('SELECT code_hash FROM recovery_codes WHERE user_id = $1', [user.id]);
    expect(stored.rows.map((r) => r.code_hash)).not.toContain(recovery[0]);

    const ch = await challenge(user);
    expect(codeOf(await gql(COMPLETE, { ch, c: '12345x' }))).toBe('FORBIDDEN');
    const code = nextCode(secret);
    const done = await gql(COMPLETE, { ch, c: code });
    expect(done.data?.completeTwoFactorLogin.user).toEqual({ id: user.id, twoFactorEnabled: null }); // private to the caller, anonymous here
    expect((await gql('{ me { twoFactorEnabled } }', {}, { token: done.data!.completeTwoFactorLogin.accessToken })).data?.me.twoFactorEnabled).toBe(true);
    // The challenge is spent, and so is the code.
    expect(codeOf(await gql(COMPLETE, { ch, c: code }))).toBe('UNAUTHENTICATED');
    const ch2 = await challenge(user);
    expect((await gql(COMPLETE, { ch: ch2, c: code })).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_CODE' });
  });

  it('a recovery code signs in once', async () => {
    const { user, recovery } = await enrol();
    const ch = await challenge(user);
    expect((await gql(COMPLETE, { ch, c: recovery[3]!.toUpperCase() })).data?.completeTwoFactorLogin.accessToken).toBeTruthy();
    const again = await challenge(user);
    expect(codeOf(await gql(COMPLETE, { ch: again, c: recovery[3] }))).toBe('FORBIDDEN');
  });

  it('brute force: after 5 wrong codes, even the right one is refused (RATE_LIMITED)', async () => {
    const { user, secret } = await enrol();
    const ch = await challenge(user);
    const right = nextCode(secret);
    const wrong = right === '999999' ? '999998' : '999999';
    for (let i = 0; i < 5; i++) expect(codeOf(await gql(COMPLETE, { ch, c: wrong }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(COMPLETE, { ch, c: right }))).toBe('RATE_LIMITED');
  });

  it('disabling needs a fresh code; then login gives tokens again', async () => {
    const { user, recovery } = await enrol();
    const token = (await gql(COMPLETE, { ch: await challenge(user), c: recovery[0] })).data!.completeTwoFactorLogin.accessToken;
    expect(codeOf(await gql(DISABLE, { c: recovery[0] }, { token }))).toBe('FORBIDDEN');
    expect((await gql('{ me { twoFactorEnabled } }', {}, { token })).data?.me.twoFactorEnabled).toBe(true);
    expect((await gql(DISABLE, { c: recovery[1] }, { token })).data).toEqual({ disableTwoFactor: true });
    expect((await gql(LOGIN, { input: { login: user.username, password: user.password } })).data?.login.accessToken).toBeTruthy();
    expect(codeOf(await gql(DISABLE, { c: recovery[2] }, { token }))).toBe('CONFLICT');
  });
});
