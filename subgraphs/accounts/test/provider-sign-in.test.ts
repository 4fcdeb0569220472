import { createHash } from 'node:crypto';
import { closeDatabases, database, gql, ok, REDIRECT_URI, refusal, registerUser, signInAtProvider, unique } from '@worldgraph/testenv';

// Through the router against the development OpenID provider (tools/oidc) the stack runs: its real
// redirects, cookies and login page.
const START = 'mutation ($p: ID!, $r: String!) { startProviderSignIn(provider: $p, redirectUri: $r) { authorizationUrl expiresAt } }';
const COMPLETE = 'mutation ($a: String!) { completeProviderSignIn(authorizationResponse: $a) { accessToken refreshToken user { id username } } }';
const START_LINK = 'mutation ($p: ID!, $r: String!) { startProviderLink(provider: $p, redirectUri: $r) { authorizationUrl } }';
const COMPLETE_LINK = 'mutation ($a: String!) { completeProviderLink(authorizationResponse: $a) { provider { id name } email linkedAt } }';
const UNLINK = 'mutation ($p: ID!) { unlinkProvider(provider: $p) }';
const LINKED = '{ myLinkedProviders { provider { id } email lastUsedAt } }';
const START_DELETION = 'mutation ($p: ID!, $r: String!) { startProviderAccountDeletion(provider: $p, redirectUri: $r) { authorizationUrl } }';
const DELETE = 'mutation ($a: String!) { deleteMyAccountWithProvider(authorizationResponse: $a) }';

afterAll(closeDatabases);

/** An authorization response for a fresh sign-in at the provider as `login`. */
async function respond(login: string, redirectUri = REDIRECT_URI) {
  const { startProviderSignIn } = await ok(START, { p: 'dev', r: redirectUri });
  return signInAtProvider(startProviderSignIn.authorizationUrl, login, redirectUri);
}
const count = async (sql: string, params: unknown[]) => (await database('accounts').query(sql, params)).rows[0].n as number;
const usersWith = (email: string) => count('SELECT count(*)::int AS n FROM users WHERE email_key = $1', [email.toLowerCase()]);

describe('sign-in with an OpenID provider', () => {
  it('lists the provider; a first sign-in signs up, a second finds the same user; both recorded', async () => {
    expect((await ok('{ signInProviders { id name } }')).signInProviders).toContainEqual({ id: 'dev', name: 'Worldgraph ID (development)' });
    const login = unique('pia');
    const { startProviderSignIn } = await ok(START, { p: 'dev', r: REDIRECT_URI });
    const authorization = new URL(startProviderSignIn.authorizationUrl);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({ code_challenge_method: 'S256', response_type: 'code', redirect_uri: REDIRECT_URI });
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();

    const first = await ok(COMPLETE, { a: await signInAtProvider(startProviderSignIn.authorizationUrl, login) });
    const user = first.completeProviderSignIn.user;
    expect(user.username).toBe(login);
    // The email (private: the answer went to an anonymous caller) is the provider's, confirmed by it.
    expect((await ok('{ me { id email emailVerified } }', {}, first.completeProviderSignIn.accessToken)).me).toEqual({ id: user.id, email: `${login}@oidc.localhost`, emailVerified: true });

    const second = await ok(COMPLETE, { a: await respond(login) });
    expect(second.completeProviderSignIn.user.id).toBe(user.id);
    expect(await usersWith(`${login}@oidc.localhost`)).toBe(1);
    const records = await ok('{ mySignIns { outcome provider } }', {}, second.completeProviderSignIn.accessToken);
    expect(records.mySignIns).toEqual([{ outcome: 'success', provider: 'dev' }, { outcome: 'success', provider: 'dev' }]);
    // The audit's command record keeps neither the code nor the state nor the tokens.
    const commands = await database('accounts').query(`SELECT payload::text AS p FROM outbox_events WHERE type = 'CommandExecuted' AND aggregate_id = 'completeProviderSignIn' AND payload->'result'->'user'->>'id' = $1`, [user.id]);
    expect(commands.rows).toHaveLength(2);
    expect(commands.rows[0].p).not.toMatch(/code=|state=|accessToken/);
  });

  it('refuses an email that is an existing account\'s, creating nothing', async () => {
    const owner = await registerUser();
    const response = await respond(owner.email);
    expect(await refusal(COMPLETE, { a: response })).toMatchObject({ code: 'CONFLICT', reason: 'ACCOUNT_EXISTS' });
    expect(await usersWith(owner.email)).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM provider_links WHERE user_id = $1', [owner.id])).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [owner.id])).toBe(1);
  });

  it('refuses replayed and forged states, wrong and reused codes, another redirect URI and expired states, changing nothing', async () => {
    const login = unique('rex');
    const response = await respond(login);
    const signedUp = await ok(COMPLETE, { a: response });
    const sessions = () => count('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [signedUp.completeProviderSignIn.user.id]);
    expect(await sessions()).toBe(1);

    // Replayed: the same response again.
    expect(await refusal(COMPLETE, { a: response })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STATE_USED' });
    // Forged: a state this server never gave.
    const forged = new URL(response);
    forged.searchParams.set('state', 'forged-state-0123456789');
    expect(await refusal(COMPLETE, { a: forged.href })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_STATE' });
    expect(await refusal(COMPLETE, { a: 'not a url' })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_STATE' });
    // Reused: a new sign-in's state with the first, spent, code.
    const next = new URL(await respond(login));
    const reused = new URL(next);
    reused.searchParams.set('code', new URL(response).searchParams.get('code')!);
    expect(await refusal(COMPLETE, { a: reused.href })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CODE' });
    // The state of that attempt is spent: its own, right code no longer helps.
    expect(await refusal(COMPLETE, { a: next.href })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STATE_USED' });
    // Wrong: a code the provider never issued.
    const wrong = new URL(await respond(login));
    wrong.searchParams.set('code', 'wrong-code-0123456789');
    expect(await refusal(COMPLETE, { a: wrong.href })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CODE' });
    // Another redirect URI than the sign-in asked for (another port of 127.0.0.1, itself allowed).
    const elsewhere = new URL(await respond(login));
    elsewhere.port = '5174';
    expect(await refusal(COMPLETE, { a: elsewhere.href })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REDIRECT_URI_MISMATCH' });
    // Expired: a state past its time.
    const late = new URL(await respond(login));
    const lateHash = createHash('sha256').update(late.searchParams.get('state')!).digest('hex');
    await database('accounts').query(`UPDATE provider_states SET expires_at = now() - interval '1 second' WHERE state_hash = $1`, [lateHash]);
    expect(await refusal(COMPLETE, { a: late.href })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STATE_EXPIRED' });

    expect(await sessions()).toBe(1);
    expect(await usersWith(`${login}@oidc.localhost`)).toBe(1);
    expect(await refusal(START, { p: 'nope', r: REDIRECT_URI })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PROVIDER' });
    expect(await refusal(START, { p: 'dev', r: 'https://evil.example/auth/callback' })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REDIRECT_URI_NOT_ALLOWED' });
  });

  it('links a provider to a signed-in account after a fresh sign-in there, signs in with it, and unlinks it', async () => {
    const user = await registerUser();
    const login = unique('lin');
    const { startProviderLink } = await ok(START_LINK, { p: 'dev', r: REDIRECT_URI }, user.accessToken);
    const authorization = new URL(startProviderLink.authorizationUrl);
    expect(authorization.searchParams.get('prompt')).toBe('login');
    expect(authorization.searchParams.get('max_age')).toBe('300');
    const response = await signInAtProvider(startProviderLink.authorizationUrl, login);

    // Only the session that started it may complete it.
    const other = await registerUser();
    expect(await refusal(COMPLETE_LINK, { a: response }, other.accessToken)).toMatchObject({ code: 'FORBIDDEN', reason: 'STATE_NOT_YOURS' });
    expect(await refusal(COMPLETE, { a: response })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_STATE' });
    const linked = await ok(COMPLETE_LINK, { a: response }, user.accessToken);
    expect(linked.completeProviderLink).toMatchObject({ provider: { id: 'dev', name: 'Worldgraph ID (development)' }, email: `${login}@oidc.localhost` });

    // The identity now signs in to this account (no new user), and cannot be linked to another.
    expect((await ok(COMPLETE, { a: await respond(login) })).completeProviderSignIn.user.id).toBe(user.id);
    expect((await ok(LINKED, {}, user.accessToken)).myLinkedProviders).toEqual([{ provider: { id: 'dev' }, email: `${login}@oidc.localhost`, lastUsedAt: expect.any(String) }]);
    const again = await ok(START_LINK, { p: 'dev', r: REDIRECT_URI }, other.accessToken);
    expect(await refusal(COMPLETE_LINK, { a: await signInAtProvider(again.startProviderLink.authorizationUrl, login) }, other.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'IDENTITY_IN_USE' });

    expect(await ok(UNLINK, { p: 'dev' }, user.accessToken)).toEqual({ unlinkProvider: true });
    expect((await ok(LINKED, {}, user.accessToken)).myLinkedProviders).toEqual([]);
    expect(await refusal(UNLINK, { p: 'dev' }, user.accessToken)).toMatchObject({ code: 'NOT_FOUND' });
    // Unlinked, the identity is a stranger again: its email is its own, so it signs up anew.
    expect((await ok(COMPLETE, { a: await respond(login) })).completeProviderSignIn.user.id).not.toBe(user.id);
  });

  it('refuses to unlink the only way to sign in of an account made through a provider', async () => {
    const signedUp = await ok(COMPLETE, { a: await respond(unique('sol')) });
    const { accessToken, user } = signedUp.completeProviderSignIn;
    expect(await refusal(UNLINK, { p: 'dev' }, accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'LAST_SIGN_IN_METHOD' });
    expect((await ok(LINKED, {}, accessToken)).myLinkedProviders).toHaveLength(1);
    // It has no password: a password sign-in is refused like any wrong one.
    expect(await refusal('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { login: user.username, password: '!provider' } })).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('erases an account made through a provider after a fresh sign-in there, with no password', async () => {
    const login = unique('del');
    const { accessToken, user } = (await ok(COMPLETE, { a: await respond(login) })).completeProviderSignIn;
    const { startProviderAccountDeletion } = await ok(START_DELETION, { p: 'dev', r: REDIRECT_URI }, accessToken);
    const authorization = new URL(startProviderAccountDeletion.authorizationUrl);
    expect(authorization.searchParams.get('prompt')).toBe('login');
    expect(authorization.searchParams.get('max_age')).toBe('300');

    // Another identity's fresh sign-in proves nothing about this account; the state is spent with it.
    const stranger = await signInAtProvider(startProviderAccountDeletion.authorizationUrl, unique('str'));
    expect(await refusal(DELETE, { a: stranger }, accessToken)).toMatchObject({ code: 'FORBIDDEN', reason: 'IDENTITY_NOT_LINKED' });
    expect(await refusal(DELETE, { a: stranger }, accessToken)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STATE_USED' });
    expect((await ok('{ me { id } }', {}, accessToken)).me.id).toBe(user.id);

    // Only the session that started it may complete it, and a sign-in's state is no deletion's.
    const again = await ok(START_DELETION, { p: 'dev', r: REDIRECT_URI }, accessToken);
    const response = await signInAtProvider(again.startProviderAccountDeletion.authorizationUrl, login);
    const other = await registerUser();
    expect(await refusal(DELETE, { a: response }, other.accessToken)).toMatchObject({ code: 'FORBIDDEN', reason: 'STATE_NOT_YOURS' });
    expect(await refusal(DELETE, { a: await respond(login) }, accessToken)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_STATE' });
    expect(await refusal(DELETE, { a: response })).toMatchObject({ code: 'UNAUTHENTICATED' });

    expect(await ok(DELETE, { a: response }, accessToken)).toEqual({ deleteMyAccountWithProvider: true });
    expect(await count('SELECT count(*)::int AS n FROM users WHERE id = $1 AND erased_at IS NOT NULL AND email_key LIKE $2', [user.id, '%@erased.invalid'])).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM provider_links WHERE user_id = $1', [user.id])).toBe(0);
    expect(await refusal('{ me { id } }', {}, accessToken)).toMatchObject({ code: 'UNAUTHENTICATED' });
    // The identity is a stranger now: it signs up anew.
    expect((await ok(COMPLETE, { a: await respond(login) })).completeProviderSignIn.user.id).not.toBe(user.id);
  });
});
