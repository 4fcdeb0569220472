import { closeDatabases, codeOf, gql, registerUser } from '@worldgraph/testenv';
import { eventually, inbox, LIST, market, offer } from './helpers.ts';

afterAll(closeDatabases);

const READ = 'mutation ($id: ID!) { markNotificationRead(id: $id) { id read readAt } }';
const READ_ALL = 'mutation { markAllNotificationsRead }';
const COUNT = '{ unreadNotificationCount }';

/** An owner with four notifications: their own purchase, then three offers. */
async function busyOwner() {
  const { owner, buyer, parcel } = await market();
  const others = await Promise.all([registerUser(), registerUser()]);
  await offer(buyer, parcel);
  // Funded buyers are not needed to offer: an offer moves no money until accepted.
  for (const other of others) await offer(other, parcel);
  await eventually(owner, (n) => n.length === 4);
  return owner;
}

describe('the inbox', () => {
  it('pages newest first, with the unread count on every page', async () => {
    const owner = await busyOwner();
    const first = await inbox(owner, { first: 3 });
    expect(first.edges.map((e) => e.node.kind)).toEqual(['buy_request_received', 'buy_request_received', 'buy_request_received']);
    expect(first).toMatchObject({ pageInfo: { hasNextPage: true }, unreadCount: 4 });
    const second = await inbox(owner, { first: 3, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.kind)).toEqual(['system']);
    expect(second).toMatchObject({ pageInfo: { hasNextPage: false }, unreadCount: 4 });
  });

  it('marks one read (keeping its first readAt), then all; unreadOnly and the counts follow', async () => {
    const owner = await busyOwner();
    const [newest] = (await inbox(owner)).edges;
    const read = await gql(READ, { id: newest!.node.id }, { token: owner.accessToken });
    expect(read.data?.markNotificationRead).toMatchObject({ id: newest!.node.id, read: true });
    const again = await gql(READ, { id: newest!.node.id }, { token: owner.accessToken });
    expect(again.data?.markNotificationRead.readAt).toBe(read.data?.markNotificationRead.readAt);

    const unread = await inbox(owner, { unreadOnly: true });
    expect(unread.edges.map((e) => e.node.id)).not.toContain(newest!.node.id);
    expect(unread).toMatchObject({ unreadCount: 3 });
    expect(unread.edges).toHaveLength(3);
    expect((await gql(COUNT, {}, { token: owner.accessToken })).data).toEqual({ unreadNotificationCount: 3 });

    expect((await gql(READ_ALL, {}, { token: owner.accessToken })).data).toEqual({ markAllNotificationsRead: 3 });
    expect((await gql(READ_ALL, {}, { token: owner.accessToken })).data).toEqual({ markAllNotificationsRead: 0 });
    expect((await inbox(owner, { unreadOnly: true })).edges).toEqual([]);
    expect((await inbox(owner)).edges.every((e) => e.node.read)).toBe(true);
    expect((await gql(COUNT, {}, { token: owner.accessToken })).data).toEqual({ unreadNotificationCount: 0 });
  });

  it("someone else's notification is NOT_FOUND, and stays unread", async () => {
    const owner = await busyOwner();
    const stranger = await registerUser();
    const [theirs] = (await inbox(owner)).edges;
    expect(codeOf(await gql(READ, { id: theirs!.node.id }, { token: stranger.accessToken }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(READ, { id: 'ntf_nothing' }, { token: stranger.accessToken }))).toBe('NOT_FOUND');
    expect((await inbox(stranger)).edges).toEqual([]);
    expect((await inbox(owner)).unreadCount).toBe(4);
  });

  it('anonymous callers are UNAUTHENTICATED; bad page sizes and cursors are BAD_USER_INPUT', async () => {
    expect(codeOf(await gql(LIST, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(COUNT, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(READ_ALL, {}))).toBe('UNAUTHENTICATED');
    const user = await registerUser();
    expect(codeOf(await gql(LIST, { first: 0 }, { token: user.accessToken }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(LIST, { after: 'not-a-cursor' }, { token: user.accessToken }))).toBe('BAD_USER_INPUT');
  });
});
