import { randomUUID } from 'node:crypto';
import { adminToken, codeOf, database, gql, registerUser, serviceToken, stack } from '@worldgraph/testenv';
import { eventually, HISTORY, ok, party, refusal, say, SEND } from './helpers.ts';

const GLOBAL = '00000000-0000-4000-8000-000000000001';

describe('messages', () => {
  it('posts once per client message id, however often it is sent', async () => {
    const { owner, channelId } = await party();
    const clientMessageId = randomUUID();
    const sent = await Promise.all([1, 2, 3].map(() => say(owner, channelId, 'hello', clientMessageId)));
    expect(new Set(sent.map((r) => r.data!.sendMessage.id)).size).toBe(1);
    const { channel } = await ok(HISTORY, { c: channelId, first: 10 }, owner.accessToken);
    expect(channel.messages.edges.map((e: any) => e.node.body)).toEqual(['hello']);
    expect(codeOf(await say(owner, GLOBAL, 'elsewhere', clientMessageId))).toBe('CONFLICT');
  });

  it('lets only members read and write a party channel, and everyone the global one', async () => {
    const { owner, channelId } = await party();
    const stranger = await registerUser();
    expect((await refusal(HISTORY, { c: channelId }, stranger.accessToken)).code).toBe('NOT_FOUND');
    expect(codeOf(await say(stranger, channelId, 'let me in'))).toBe('NOT_FOUND');
    expect((await say(stranger, GLOBAL, 'hello world')).errors).toBeUndefined();
    const { myChannels } = await ok('query { myChannels { id kind } }', {}, owner.accessToken);
    expect(myChannels.map((c: any) => c.kind).sort()).toEqual(['GLOBAL', 'PARTY']);
  });

  it('refuses empty and oversized messages with their reasons', async () => {
    const { owner, channelId } = await party();
    expect(await refusal(SEND, { i: { channelId, clientMessageId: randomUUID(), body: '   ' } }, owner.accessToken)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EMPTY_MESSAGE' });
    expect(await refusal(SEND, { i: { channelId, clientMessageId: randomUUID(), body: 'x'.repeat(2001) } }, owner.accessToken)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MESSAGE_TOO_LONG' });
    expect((await refusal(SEND, { i: { channelId, clientMessageId: '', body: 'hi' } }, owner.accessToken)).code).toBe('BAD_USER_INPUT');
  });

  it('edits one own message inside the window only, and deletes for everyone', async () => {
    const { owner, members, channelId } = await party();
    const [member] = members;
    const first = (await say(owner, channelId, 'frist')).data!.sendMessage;
    const edited = await ok('mutation ($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { body editedAt } }', { id: first.id, b: 'first' }, owner.accessToken);
    expect(edited.editMessage).toMatchObject({ body: 'first', editedAt: expect.any(String) });
    expect((await refusal('mutation ($id: ID!) { editMessage(id: $id, body: "mine now") { id } }', { id: first.id }, member!.accessToken)).code).toBe('NOT_FOUND');
    await database('chat').query("UPDATE messages SET created_at = now() - interval '1 hour' WHERE id = $1", [first.id]);
    expect(await refusal('mutation ($id: ID!) { editMessage(id: $id, body: "late") { id } }', { id: first.id }, owner.accessToken)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EDIT_WINDOW_CLOSED' });
    expect((await refusal('mutation ($id: ID!) { deleteMessage(id: $id) { id } }', { id: first.id }, member!.accessToken)).code).toBe('FORBIDDEN');
    await ok('mutation ($id: ID!) { deleteMessage(id: $id) { deleted } }', { id: first.id }, owner.accessToken);
    const { channel } = await ok(HISTORY, { c: channelId }, member!.accessToken);
    expect(channel.messages.edges[0].node).toEqual({ id: first.id, body: null, deleted: true });
  });

  it('counts unread messages from others and moves the read marker forward only', async () => {
    const { owner, members, channelId } = await party();
    const [member] = members;
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await say(owner, channelId, `m${n}`)).data!.sendMessage.id);
    await say(member!, channelId, 'mine');
    const unread = async () => (await ok('query ($c: ID!) { channel(id: $c) { unreadCount lastMessage { body } } }', { c: channelId }, member!.accessToken)).channel;
    expect(await unread()).toEqual({ unreadCount: 3, lastMessage: { body: 'mine' } });
    await ok('mutation ($c: ID!, $m: ID!) { markChannelRead(channelId: $c, messageId: $m) { unreadCount } }', { c: channelId, m: ids[1] }, member!.accessToken);
    expect((await unread()).unreadCount).toBe(1);
    await ok('mutation ($c: ID!, $m: ID!) { markChannelRead(channelId: $c, messageId: $m) { id } }', { c: channelId, m: ids[0] }, member!.accessToken);
    expect((await unread()).unreadCount).toBe(1);
  });

  it('refuses direct messages between users when either blocked the other', async () => {
    const [a, b] = await Promise.all([registerUser(), registerUser()]);
    const { openDirectChannel } = await ok('mutation ($u: ID!) { openDirectChannel(userId: $u) { id kind } }', { u: b.id }, a.accessToken);
    expect((await ok('mutation ($u: ID!) { openDirectChannel(userId: $u) { id } }', { u: a.id }, b.accessToken)).openDirectChannel.id).toBe(openDirectChannel.id);
    expect((await say(b, openDirectChannel.id, 'hi a')).errors).toBeUndefined();
    await ok('mutation ($u: ID!) { blockUser(userId: $u) }', { u: b.id }, a.accessToken);
    expect((await say(b, openDirectChannel.id, 'hi again')).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'BLOCKED' });
    expect((await say(a, openDirectChannel.id, 'and me?')).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'BLOCKED' });
    expect((await refusal('mutation ($u: ID!) { openDirectChannel(userId: $u) { id } }', { u: a.id }, b.accessToken)).reason).toBe('BLOCKED');
    expect((await ok('query { blockedUsers { id } }', {}, a.accessToken)).blockedUsers).toEqual([{ id: b.id }]);
    await ok('mutation ($u: ID!) { unblockUser(userId: $u) }', { u: b.id }, a.accessToken);
    expect((await say(b, openDirectChannel.id, 'friends again')).errors).toBeUndefined();
  });

  it("mutes a member for a while: the owner can, a member cannot", async () => {
    const { owner, members, channelId } = await party(2);
    const [m1, m2] = members;
    const mute = 'mutation ($c: ID!, $u: ID!) { muteMember(channelId: $c, userId: $u, minutes: 10) { mutedUntil } }';
    expect((await refusal(mute, { c: channelId, u: m2!.id }, m1!.accessToken)).code).toBe('FORBIDDEN');
    await ok(mute, { c: channelId, u: m1!.id }, owner.accessToken);
    expect((await say(m1!, channelId, 'can I talk?')).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MUTED' });
    expect((await say(m2!, channelId, 'I can')).errors).toBeUndefined();
  });

  it("refuses a user whom a moderator barred from chat (accounts' CANNOT_CHAT)", async () => {
    const { owner, members, channelId } = await party();
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const limited = await gql('mutation ($u: ID!, $t: DateTime!) { internalLimitUser(userId: $u, kind: CANNOT_CHAT, until: $t, reason: "spam") { until } }', { u: members[0]!.id, t: until }, { url: stack().subgraphs.accounts, authorization: `Bearer ${await serviceToken('support')}` });
    expect(limited.errors).toBeUndefined();
    expect((await say(members[0]!, channelId, 'let me speak')).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_CHAT', until: expect.any(String) });
    expect((await say(owner, channelId, 'I still can')).errors).toBeUndefined();
  });

  it('limits how fast one user sends', async () => {
    const { owner, channelId } = await party();
    const results = [];
    for (let i = 0; i < 25; i++) results.push(await say(owner, channelId, `spam ${i}`));
    const refused = results.filter((r) => codeOf(r) === 'RATE_LIMITED');
    // 25 sends span at most two 10-second windows of 10 each.
    expect(results.length - refused.length).toBeLessThanOrEqual(20);
    expect(refused.length).toBeGreaterThanOrEqual(5);
    expect(refused[0]!.errors![0]!.extensions).toMatchObject({ retryAfterSeconds: expect.any(Number) });
  });

  it('takes one report per reporter and shows them to admins', async () => {
    const { owner, members, channelId } = await party();
    const message = (await say(owner, channelId, 'rude words')).data!.sendMessage;
    const report = 'mutation ($id: ID!) { reportMessage(id: $id, reason: "rude") }';
    await ok(report, { id: message.id }, members[0]!.accessToken);
    await ok(report, { id: message.id }, members[0]!.accessToken);
    expect((await refusal('query { chatReports { id } }', {}, owner.accessToken)).code).toBe('FORBIDDEN');
    const { chatReports } = await ok('query { chatReports(first: 200) { reason reporter { id } message { id body } } }', {}, await adminToken());
    expect(chatReports.filter((r: any) => r.message.id === message.id)).toEqual([{ reason: 'rude', reporter: { id: members[0]!.id }, message: { id: message.id, body: 'rude words' } }]);
  });

  it('pages through 100,000 messages both ways without gaps', async () => {
    const { owner, channelId } = await party();
    await database('chat').query(
      `INSERT INTO messages (channel_id, author_id, client_message_id, body)
       SELECT $1::uuid, $2::uuid, 'bulk-' || i, 'message ' || i FROM generate_series(1, 100000) i`,
      [channelId, owner.id],
    );
    const page = async (v: Record<string, unknown>) => (await ok(HISTORY, { c: channelId, ...v }, owner.accessToken)).channel.messages;
    const newest = await page({ first: 100 });
    expect(newest.edges[0].node.body).toBe('message 100000');
    expect(newest.pageInfo.hasNextPage).toBe(true);
    let cursor = newest.pageInfo.endCursor;
    const seen = newest.edges.map((e: any) => Number(e.node.body.split(' ')[1]));
    for (let i = 0; i < 5; i++) {
      const older = await page({ first: 100, before: cursor });
      seen.push(...older.edges.map((e: any) => Number(e.node.body.split(' ')[1])));
      cursor = older.pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 600 }, (_, i) => 100000 - i));
    // Forward from the 10th message: oldest first.
    const tenth = (await database('chat').query("SELECT id FROM messages WHERE channel_id = $1 AND body = 'message 10'", [channelId])).rows[0].id;
    const forward = await page({ first: 3, after: Buffer.from(`k:${tenth}`).toString('base64url') });
    expect(forward.edges.map((e: any) => e.node.body)).toEqual(['message 11', 'message 12', 'message 13']);
    expect((await refusal(HISTORY, { c: channelId, first: 101 }, owner.accessToken)).code).toBe('BAD_USER_INPUT');
    expect((await refusal(HISTORY, { c: channelId, before: 'bogus' }, owner.accessToken)).code).toBe('BAD_USER_INPUT');
  }, 120_000);

  it('notifies mentioned users who can read the channel, and nobody else', async () => {
    const { owner, members, channelId } = await party();
    const stranger = await registerUser();
    const sent = await ok(SEND, { i: { channelId, clientMessageId: randomUUID(), body: 'look at this', mentions: [members[0]!.id, stranger.id, owner.id] } }, owner.accessToken);
    const mentions = (token: string) => ok("query { notifications(first: 20) { edges { node { kind body data { messageId channel { id } } } } } }", {}, token).then((d) => d.notifications.edges.map((e: any) => e.node).filter((n: any) => n.kind === 'chat_mention'));
    const [note] = await eventually(() => mentions(members[0]!.accessToken), (n) => n.length > 0);
    expect(note).toEqual({ kind: 'chat_mention', body: 'look at this', data: { messageId: sent.sendMessage.id, channel: { id: channelId } } });
    // The next mention of the stranger, in the global channel, arrives: the earlier one never did.
    await ok(SEND, { i: { channelId: GLOBAL, clientMessageId: randomUUID(), body: 'hello stranger', mentions: [stranger.id] } }, owner.accessToken);
    expect((await eventually(() => mentions(stranger.accessToken), (n) => n.length > 0)).map((n: any) => n.body)).toEqual(['hello stranger']);
    expect(await mentions(owner.accessToken)).toEqual([]);
  });

  it('refuses anonymous callers', async () => {
    expect(codeOf(await gql('query { myChannels { id } }'))).toBe('UNAUTHENTICATED');
  });
});
