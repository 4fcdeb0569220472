// One erasure through the router, then each context that holds something of the person is
// checked: every one reacts to the single UserErased event (consumer group `<context>-erasure`).
import { randomBytes } from 'node:crypto';
import { adminToken, closeDatabases, database, gql, registerUser } from '@worldgraph/testenv';

/** An id shaped like notifications' time-ordered ids. */
const timeOrderedIdLike = () => `${Date.now().toString(36).padStart(10, '0')}${randomBytes(6).toString('hex')}`;

afterAll(closeDatabases);

const until = async (what: string, check: () => Promise<boolean>) => {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};
const count = async (context: string, sql: string, params: unknown[]) => Number((await database(context).query(sql, params)).rows[0].n);

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('erasing an account reaches every context', () => {
  it('notifications, chat, media, progression, characters and audit forget the person; the ledger keeps ids only', async () => {
    const [person, friend] = [await registerUser(), await registerUser()];
    const token = person.accessToken;

    // chat: a direct conversation with one message.
    const channel = (await gql('mutation ($u: ID!) { openDirectChannel(userId: $u) { id } }', { u: friend.id }, { token })).data!.openDirectChannel.id;
    const sent = await gql('mutation ($i: SendMessageInput!) { sendMessage(input: $i) { id } }', { i: { channelId: channel, clientMessageId: 'erase-1', body: 'my secret plans' } }, { token });
    expect(sent.errors).toBeUndefined();
    // media: an avatar.
    const start = await gql('mutation ($i: StartUploadInput!) { startUpload(input: $i) { id parts { url } } }', { i: { purpose: 'AVATAR', filename: 'me.png', contentType: 'image/png', size: PNG.length } }, { token });
    expect(start.errors).toBeUndefined();
    expect((await fetch(start.data!.startUpload.parts[0].url, { method: 'PUT', body: PNG })).status).toBe(200);
    expect((await gql('mutation ($id: ID!) { completeUpload(id: $id) { id } }', { id: start.data!.startUpload.id }, { token })).errors).toBeUndefined();
    // characters: one hero.
    const hero = await gql('mutation ($i: CreateCharacterInput!) { createCharacter(input: $i) { id } }', { i: { realmId: 'aurora', name: `Gone${randomBytes(8).toString('hex').replace(/[^a-f]/g, '').slice(0, 8).replace(/(.)\1\1/g, '$1x$1')}`, race: 'human', class: 'warrior' } }, { token });
    expect(hero.errors).toBeUndefined();
    // notifications and progression: rows of the person (seeded directly; their producers are other flows).
    await database('notifications').query(`INSERT INTO notifications (id, user_id, kind, title, body) VALUES ($1, $2, 'buy_request_received', 't', 'b')`, [timeOrderedIdLike(), person.id]);
    await database('progression').query('INSERT INTO user_levels (user_id, points, level) VALUES ($1, 120, 2)', [person.id]);

    expect((await gql('mutation ($p: String!) { deleteMyAccount(password: $p) }', { p: person.password }, { token })).data).toEqual({ deleteMyAccount: true });

    await until('notifications', async () => (await count('notifications', 'SELECT count(*) AS n FROM notifications WHERE user_id = $1', [person.id])) === 0);
    await until('chat', async () => (await count('chat', `SELECT count(*) AS n FROM messages WHERE author_id = $1 AND (body <> '' OR deleted_at IS NULL)`, [person.id])) === 0);
    expect(await count('chat', 'SELECT count(*) AS n FROM channel_members WHERE user_id = $1', [person.id])).toBe(0);
    expect(await count('chat', 'SELECT count(*) AS n FROM messages WHERE author_id = $1', [person.id])).toBe(1); // the conversation keeps its shape
    await until('media', async () => (await count('media', 'SELECT count(*) AS n FROM media WHERE owner_id = $1 AND deleted_at IS NULL', [person.id])) === 0);
    await until('progression', async () => (await count('progression', 'SELECT count(*) AS n FROM user_levels WHERE user_id = $1', [person.id])) === 0);
    await until('characters', async () => (await count('characters', 'SELECT count(*) AS n FROM characters WHERE account_id = $1 AND deleted_at IS NULL', [person.id])) === 0);
    // audit: the erasure is recorded by id, without the person's name or address.
    const admin = await adminToken();
    await until('audit', async () => {
      const log = await gql('query ($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { action entityId } } } }', { f: { action: 'UserErased', entityId: person.id } }, { token: admin });
      return (log.data?.auditLog.edges.length ?? 0) === 1;
    });
    // wallet: the ledger stays (the law keeps it); it holds ids and amounts, no personal data.
    const walletColumns = (await database('wallet').query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'ledger_entries'`)).rows.map((r) => r.column_name as string);
    expect(walletColumns.filter((c) => /name|email|phone|address/.test(c))).toEqual([]);
  }, 60_000);
});
