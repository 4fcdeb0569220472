import { randomInt } from 'node:crypto';
import { closeDatabases, codeOf, database, gql, registerUser, smsCode, smsTo, type TestUser } from '@worldgraph/testenv';

const BEGIN = 'mutation ($p: String!) { beginSmsTwoFactorEnrolment(phoneNumber: $p) { expiresAt phoneHint } }';
const CONFIRM = 'mutation ($c: String!) { confirmSmsTwoFactorEnrolment(oneTimeCode: $c) { recoveryCodes } }';
const DISABLE_CODE = 'mutation { requestTwoFactorDisableCode { phoneHint } }';
const DISABLE = 'mutation ($c: String!) { disableTwoFactor(oneTimeCode: $c) }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
const COMPLETE = 'mutation ($ch: String!, $c: String!) { completeTwoFactorLogin(challenge: $ch, oneTimeCode: $c) { accessToken } }';
const ME = '{ me { twoFactorEnabled twoFactorMethod phoneNumber } }';

afterAll(closeDatabases);

const newPhone = () => `+447700${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
/** A six-digit code that is not `code`. */
const other = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
const reasonOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.reason;

async function enrol(): Promise<{ user: TestUser; phone: string; recovery: string[] }> {
  const user = await registerUser();
  const phone = newPhone();
  const begun = await gql(BEGIN, { p: `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}` }, { token: user.accessToken });
  expect(begun.data?.beginSmsTwoFactorEnrolment.phoneHint).toBe(`+44${'•'.repeat(phone.length - 5)}${phone.slice(-2)}`);
  const code = await smsCode(phone);
  expect(codeOf(await gql(CONFIRM, { c: other(code) }, { token: user.accessToken }))).toBe('FORBIDDEN');
  const confirmed = await gql(CONFIRM, { c: code }, { token: user.accessToken });
  expect(confirmed.errors).toBeUndefined();
  return { user, phone, recovery: confirmed.data!.confirmSmsTwoFactorEnrolment.recoveryCodes };
}

/** Signs in with the password: refused, with a challenge, and an SMS code on its way to `phone`. */
async function challenge(user: TestUser, phone: string): Promise<{ ch: string; code: string }> {
  const before = (await smsTo(phone)).length;
  const res = await gql(LOGIN, { input: { login: user.username, password: user.password } });
  expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TWO_FACTOR_REQUIRED', method: 'sms', phoneHint: expect.stringMatching(/^\+44•+\d\d$/) });
  return { ch: res.errors![0]!.extensions!.challenge as string, code: await smsCode(phone, before) };
}

describe('two-factor sign-in by SMS', () => {
  it('enrols a phone confirmed by a code; login sends a code that works once', async () => {
    const { user, phone, recovery } = await enrol();
    expect(recovery).toHaveLength(10);
    expect((await gql(ME, {}, { token: user.accessToken })).data?.me).toEqual({ twoFactorEnabled: true, twoFactorMethod: 'sms', phoneNumber: phone });
    // Only a keyed hash of a code is stored, never the code.
    const { rows } = await database('accounts').query('SELECT code_hash, used_at FROM sms_codes WHERE user_id = $1', [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].code_hash).toMatch(/^[0-9a-f]{64}$/);

    const { ch, code } = await challenge(user, phone);
    expect(reasonOf(await gql(COMPLETE, { ch, c: other(code) }))).toBe('WRONG_CODE');
    expect((await gql(COMPLETE, { ch, c: code })).data?.completeTwoFactorLogin.accessToken).toBeTruthy();
    // Reused: the challenge is spent; with a new challenge, the old code is no longer the live one.
    expect(codeOf(await gql(COMPLETE, { ch, c: code }))).toBe('UNAUTHENTICATED');
    const next = await challenge(user, phone);
    expect(reasonOf(await gql(COMPLETE, { ch: next.ch, c: code }))).toBe('WRONG_CODE');
  });

  it('an expired code is refused (CODE_EXPIRED) and signs nobody in', async () => {
    const { user, phone } = await enrol();
    const { ch, code } = await challenge(user, phone);
    await database('accounts').query(`UPDATE sms_codes SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    const res = await gql(COMPLETE, { ch, c: code });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CODE_EXPIRED' });
    expect(res.data?.completeTwoFactorLogin ?? null).toBeNull();
  });

  it('brute force: after 5 wrong codes even the right one is refused (RATE_LIMITED)', async () => {
    const { user, phone } = await enrol();
    const { ch, code } = await challenge(user, phone);
    for (let i = 0; i < 5; i++) expect(reasonOf(await gql(COMPLETE, { ch, c: other(code) }))).toBe('WRONG_CODE');
    expect(codeOf(await gql(COMPLETE, { ch, c: code }))).toBe('RATE_LIMITED');
  });

  it('sends are limited per hour; bad numbers and a second method are refused', async () => {
    const user = await registerUser();
    expect(codeOf(await gql(BEGIN, { p: '07700 900123' }, { token: user.accessToken }))).toBe('BAD_USER_INPUT');
    const phone = newPhone();
    for (let i = 0; i < 5; i++) expect((await gql(BEGIN, { p: phone }, { token: user.accessToken })).errors).toBeUndefined();
    expect(codeOf(await gql(BEGIN, { p: phone }, { token: user.accessToken }))).toBe('RATE_LIMITED');
    // Each new code replaced the one before: only the last works.
    const sent = await smsTo(phone);
    expect(sent).toHaveLength(5);
    const first = /\d{6}/.exec(sent[0]!.text)![0];
    const last = /\d{6}/.exec(sent[4]!.text)![0];
    if (first !== last) expect(codeOf(await gql(CONFIRM, { c: first }, { token: user.accessToken }))).toBe('FORBIDDEN');
    expect((await gql(CONFIRM, { c: last }, { token: user.accessToken })).errors).toBeUndefined();
    expect(codeOf(await gql('mutation { beginTwoFactorEnrolment { secret } }', {}, { token: user.accessToken }))).toBe('CONFLICT');
  });

  it('disabling needs a fresh SMS code; the sign-in code will not do', async () => {
    const { user, phone } = await enrol();
    const { ch, code } = await challenge(user, phone);
    const token = (await gql(COMPLETE, { ch, c: code })).data!.completeTwoFactorLogin.accessToken;
    expect(codeOf(await gql(DISABLE, { c: code }, { token }))).toBe('FORBIDDEN');
    const before = (await smsTo(phone)).length;
    expect((await gql(DISABLE_CODE, {}, { token })).errors).toBeUndefined();
    const fresh = await smsCode(phone, before);
    expect((await gql(DISABLE, { c: fresh }, { token })).data).toEqual({ disableTwoFactor: true });
    expect((await gql(ME, {}, { token })).data?.me).toEqual({ twoFactorEnabled: false, twoFactorMethod: null, phoneNumber: phone });
    expect((await gql(LOGIN, { input: { login: user.username, password: user.password } })).data?.login.accessToken).toBeTruthy();
  });
});
