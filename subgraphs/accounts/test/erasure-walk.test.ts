// One erasure through the router, then each context that holds something of the person is
// checked: every one reacts to the single UserErased event (consumer group `<context>-erasure`).
import { randomBytes, randomUUID } from 'node:crypto';
import { adminToken, claimParcel, closeDatabases, credit, database, eventually, gql, ok, registerUser, uniqueCharacterName } from '@worldgraph/testenv';

/** An id shaped like notifications' time-ordered ids. */
const timeOrderedIdLike = () => `${Date.now().toString(36).padStart(10, '0')}${randomBytes(6).toString('hex')}`;

afterAll(closeDatabases);

const until = (what: string, check: () => Promise<boolean>) => eventually(check, Boolean, undefined, `timed out waiting for ${what}`);
const count = async (context: string, sql: string, params: unknown[]) => Number((await database(context).query(sql, params)).rows[0].n);

/** Buys a seeded parcel (claimed for this test alone) for `user`. */
async function buyParcel(user: { id: string; accessToken: string }): Promise<string> {
  const { id } = await claimParcel();
  await credit(user.id, 'PSC', '100000');
  const bought = await gql('mutation ($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }', { id, key: randomUUID() }, { token: user.accessToken });
  expect(bought.data?.buyFeature.status).toBe('completed');
  return id;
}

/** A published one-clue-path hunt of `owner`'s partner; answers its id. */
async function publishedHunt(owner: { id: string; accessToken: string }): Promise<string> {
  const t = owner.accessToken;
  const start = { lat: 48.8566, lng: 2.3522 };
  const { createPartner } = await ok('mutation ($i: CreatePartnerInput!) { createPartner(input: $i) { id } }', { i: { name: `Partner ${randomBytes(3).toString('hex')}` } }, t);
  const when = { startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() };
  const i = { partnerId: createPartner.id, title: 'Erasure hunt', playArea: { center: start, radiusMeters: 2000 }, ...when, reward: { asset: 'PSC', amount: '10' } };
  const h = (await ok('mutation ($i: CreateHuntInput!) { createHunt(input: $i) { id } }', { i }, t)).createHunt.id;
  const add = (name: string, lat: number, first: boolean) =>
    ok('mutation ($h: ID!, $i: ClueInput!) { addClue(huntId: $h, input: $i) { id } }', { h, i: { name, riddle: name, location: { ...start, lat }, radiusMeters: 15, start: first, treasure: !first } }, t);
  const [a, b] = [(await add('S', start.lat, true)).addClue.id, (await add('T', start.lat + 0.0002, false)).addClue.id];
  await ok('mutation ($h: ID!, $f: ID!, $t: ID!) { connectClues(huntId: $h, from: $f, to: $t) { id } }', { h, f: a, t: b }, t);
  await ok('mutation ($h: ID!) { publishHunt(huntId: $h) { id } }', { h }, t);
  return h;
}

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('erasing an account reaches every context', () => {
  it('every context forgets the person (deleted or anonymised); the ledger and parcels keep ids only; audit records it without personal data', async () => {
    const [person, friend] = [await registerUser(), await registerUser()];
    const token = person.accessToken;
    const admin = await adminToken();

    // features + wallet: a parcel bought (a ledger debit), and an offer with a note on the friend's parcel.
    const seat = await buyParcel(person);
    const friendsParcel = await buyParcel(friend);
    const offer = (await ok('mutation ($f: ID!, $p: Decimal!, $n: String) { createBuyRequest(featureId: $f, price: $p, note: $n) { id } }', { f: friendsParcel, p: '5', n: 'call me on 0770' }, token)).createBuyRequest.id;
    // social: a dynasty seated on the parcel.
    const dynasty = (await ok('mutation ($i: FoundDynastyInput!) { foundDynasty(input: $i) { id } }', { i: { featureId: seat, name: `House ${person.username}`.slice(0, 80) } }, token)).foundDynasty.id;
    // hunts: a participation in the friend's hunt.
    const hunt = await publishedHunt(friend);
    await ok('mutation ($h: ID!) { joinHunt(huntId: $h) { id } }', { h: hunt }, token);
    // support: a ticket.
    await ok('mutation ($i: OpenTicketInput!) { openTicket(input: $i) { id } }', { i: { subject: 'My account', body: 'my phone is 0770 900123', category: 'ACCOUNT' } }, token);
    // content: going to a calendar event.
    const event = (await ok('mutation ($i: CalendarEventInput!) { createCalendarEvent(input: $i) { id } }', { i: { title: 'Fair', startsAt: '2031-05-01T10:00:00Z', endsAt: '2031-05-01T12:00:00Z', timeZone: 'UTC' } }, admin)).createCalendarEvent.id;
    await ok('mutation ($id: ID!) { setCalendarEventPublished(id: $id, published: true) { id } }', { id: event }, admin);
    await ok('mutation ($e: ID!) { setEventInteraction(eventId: $e, kind: GOING, active: true) { id } }', { e: event }, token);
    // notifications: a channel preference.
    await ok('mutation { updateNotificationPreferences(input: [{ kind: level_up, channel: email, enabled: true }]) { kind } }', {}, token);

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
    const hero = await gql('mutation ($i: CreateCharacterInput!) { createCharacter(input: $i) { id } }', { i: { realmId: 'aurora', name: uniqueCharacterName('Gone'), race: 'human', class: 'warrior' } }, { token });
    expect(hero.errors).toBeUndefined();
    // notifications and progression: rows of the person (seeded directly, if the flows above made none).
    await database('notifications').query(`INSERT INTO notifications (id, user_id, kind, title, body) VALUES ($1, $2, 'buy_request_received', 't', 'b')`, [timeOrderedIdLike(), person.id]);
    await database('progression').query('INSERT INTO user_levels (user_id, points, level) VALUES ($1, 120, 2) ON CONFLICT (user_id) DO NOTHING', [person.id]);

    expect((await gql('mutation ($p: String!) { deleteMyAccount(password: $p) }', { p: person.password }, { token })).data).toEqual({ deleteMyAccount: true });

    await until('notifications', async () => (await count('notifications', 'SELECT count(*) AS n FROM notifications WHERE user_id = $1', [person.id])) === 0);
    await until('chat', async () => (await count('chat', `SELECT count(*) AS n FROM messages WHERE author_id = $1 AND (body <> '' OR deleted_at IS NULL)`, [person.id])) === 0);
    expect(await count('chat', 'SELECT count(*) AS n FROM channel_members WHERE user_id = $1', [person.id])).toBe(0);
    expect(await count('chat', 'SELECT count(*) AS n FROM messages WHERE author_id = $1', [person.id])).toBe(1); // the conversation keeps its shape
    await until('media', async () => (await count('media', 'SELECT count(*) AS n FROM media WHERE owner_id = $1 AND deleted_at IS NULL', [person.id])) === 0);
    await until('progression', async () => (await count('progression', 'SELECT count(*) AS n FROM user_levels WHERE user_id = $1', [person.id])) === 0);
    await until('characters', async () => (await count('characters', 'SELECT count(*) AS n FROM characters WHERE account_id = $1 AND deleted_at IS NULL', [person.id])) === 0);
    await until('notification preferences', async () => (await count('notifications', 'SELECT count(*) AS n FROM notification_preferences WHERE user_id = $1', [person.id])) === 0);
    await until('features', async () => (await count('features', `SELECT count(*) AS n FROM buy_requests WHERE id = $1 AND status = 'cancelled' AND note IS NULL`, [offer])) === 1);
    expect(await count('features', 'SELECT count(*) AS n FROM features WHERE owner_id = $1', [person.id])).toBe(1); // ownership stays, by id
    await until('social', async () => (await count('social', 'SELECT count(*) AS n FROM family_members WHERE user_id = $1', [person.id])) === 0);
    expect(await count('social', `SELECT count(*) AS n FROM dynasties WHERE id = $1 AND status = 'active'`, [dynasty])).toBe(0); // the head left: dissolved
    await until('hunts', async () => (await count('hunts', 'SELECT count(*) AS n FROM participations WHERE user_id = $1', [person.id])) === 0);
    expect(await count('hunts', 'SELECT count(*) AS n FROM participations WHERE hunt_id = $1', [hunt])).toBe(1); // counts keep their shape
    await until('support', async () => (await count('support', 'SELECT count(*) AS n FROM tickets WHERE author_id = $1', [person.id])) === 0);
    await until('content', async () => (await count('content', 'SELECT count(*) AS n FROM event_interactions WHERE user_id = $1', [person.id])) === 0);
    // accounts: the person is a placeholder; the id stays.
    const seen = (await gql('query ($id: ID!) { user(id: $id) { id username email } }', { id: person.id }, { token: admin })).data?.user;
    expect(seen).toMatchObject({ id: person.id, email: null });
    expect(seen.username).not.toBe(person.username);
    expect((await database('accounts').query('SELECT phone_number, erased_at FROM users WHERE id = $1', [person.id])).rows[0]).toMatchObject({ phone_number: null, erased_at: expect.any(Date) });
    // audit: the erasure is recorded by id, without the person's name or address.
    await until('audit', async () => {
      const log = await gql('query ($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { action entityId } } } }', { f: { action: 'UserErased', entityId: person.id } }, { token: admin });
      return (log.data?.auditLog.edges.length ?? 0) === 1;
    });
    const entry = JSON.stringify((await gql('query ($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { action entityId actor before after clientAddress userAgent } } } }', { f: { action: 'UserErased', entityId: person.id } }, { token: admin })).data);
    expect(entry).not.toContain(person.username);
    expect(entry).not.toContain(person.email);
    // wallet: the ledger stays (the law keeps it); it holds ids and amounts, no personal data.
    expect(await count('wallet', 'SELECT count(*) AS n FROM ledger_entries WHERE user_id = $1', [person.id])).toBeGreaterThanOrEqual(2);
    const walletColumns = (await database('wallet').query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'ledger_entries'`)).rows.map((r) => r.column_name as string);
    expect(walletColumns.filter((c) => /name|email|phone|address/.test(c))).toEqual([]);
  }, 120_000);
});
