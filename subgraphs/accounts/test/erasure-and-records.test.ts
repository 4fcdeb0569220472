import { closeDatabases, codeOf, database, gql, registerUser } from '@worldgraph/testenv';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
const DELETE = 'mutation ($p: String!) { deleteMyAccount(password: $p) }';

afterAll(closeDatabases);

describe('sign-in records are append-only', () => {
  it('records each attempt and the database refuses to change or delete one', async () => {
    const user = await registerUser();
    await gql(LOGIN, { input: { login: user.username, password: 'wrong-password-1' } });
    await gql(LOGIN, { input: { login: user.username, password: user.password } }, { headers: { 'user-agent': 'records-test/1.0' } });
    const mine = await gql('{ mySignIns { outcome userAgent } }', {}, { token: user.accessToken });
    expect(mine.data?.mySignIns.map((r: { outcome: string }) => r.outcome)).toEqual(['success', 'wrong_password']);
    const db = database('accounts');
    await expect(db.query(`UPDATE sign_in_records SET outcome = 'success' WHERE user_id = $1`, [user.id])).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM sign_in_records WHERE user_id = $1', [user.id])).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE sign_in_records')).rejects.toThrow(/append-only/);
    expect((await db.query('SELECT count(*)::int AS n FROM sign_in_records WHERE user_id = $1', [user.id])).rows[0].n).toBe(2);
  });
});

describe('deleteMyAccount', () => {
  it('needs the password, then removes the person, ends every session and emits one UserErased', async () => {
    const user = await registerUser();
    const db = database('accounts');
    expect((await gql(DELETE, { p: 'wrong-password-1' }, { token: user.accessToken })).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_PASSWORD' });
    expect((await gql('{ me { id } }', {}, { token: user.accessToken })).data?.me.id).toBe(user.id);

    expect((await gql(DELETE, { p: user.password }, { token: user.accessToken })).data).toEqual({ deleteMyAccount: true });
    expect(codeOf(await gql('{ me { id } }', {}, { token: user.accessToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql('mutation ($t: String!) { refresh(refreshToken: $t) { accessToken } }', { t: user.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(LOGIN, { input: { login: user.email, password: user.password } }))).toBe('UNAUTHENTICATED');
    const row = (await db.query('SELECT username, email, display_name, password_hash, erased_at FROM users WHERE id = $1', [user.id])).rows[0];
    expect(row.username).toMatch(/^erased_/);
    expect(JSON.stringify(row)).not.toContain(user.username);
    expect(row.email).not.toContain(user.email.split('@')[0]);
    expect(row.erased_at).not.toBeNull();
    expect((await db.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [user.id])).rows[0].n).toBe(0);
    const events = await db.query(`SELECT payload FROM outbox_events WHERE type = 'UserErased' AND aggregate_id = $1`, [user.id]);
    expect(events.rows).toHaveLength(1);
    expect(Object.keys(events.rows[0].payload).sort()).toEqual(['erasedAt', 'type', 'userId']);
    // The freed username and email can be registered again.
    expect((await registerUser({ username: user.username, email: user.email })).id).not.toBe(user.id);
  });
});
