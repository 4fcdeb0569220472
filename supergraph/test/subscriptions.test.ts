import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { adminToken, closeDatabases, credit, database, eventually, gql, joinedSubscriptions, liveClient, liveSubscriptionCount, mintAccessToken, registerUser, stack, startRouterProcess, startStackProcess, subscribe, type RouterProcess, type StackProcess } from '@worldgraph/testenv';

const STATUS_CHANGED = `subscription ($bbox: BBoxInput!) {
  featureStatusChanged(bbox: $bbox) { status previousStatus feature { id status owner { id username } } }
}`;
const BUY = 'mutation ($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }';

/** A seeded parcel nobody else in this file uses, with a small box around it. */
let nextParcel = 0;
async function parcel() {
  const { rows } = await database('features').query(
    "SELECT id, centroid_lng AS lng, centroid_lat AS lat FROM features WHERE status = 'available' ORDER BY id OFFSET $1 LIMIT 1",
    [500 + nextParcel++ * 37],
  );
  const { id, lng, lat } = rows[0];
  return { id: id as string, bbox: { minLng: lng - 0.0001, minLat: lat - 0.0001, maxLng: lng + 0.0001, maxLat: lat + 0.0001 } };
}

async function richUser() {
  const user = await registerUser();
  await credit(user.id, 'PSC', '100000');
  return user;
}

afterAll(() => closeDatabases());

describe('federated subscriptions', () => {
  let second: RouterProcess;
  beforeAll(async () => {
    second = await startRouterProcess();
  });
  afterAll(() => second?.stop());

  it('delivers one purchase to subscribers on two routers, with the owner from accounts', async () => {
    const { id, bbox } = await parcel();
    const buyer = await richUser();
    const onFirst = await subscribe(STATUS_CHANGED, { bbox });
    const onSecond = await subscribe(STATUS_CHANGED, { bbox }, { url: second.graphqlUrl, token: buyer.accessToken });
    try {
      const bought = await gql(BUY, { id, key: randomUUID() }, { token: buyer.accessToken });
      expect(bought.data?.buyFeature.status).toBe('completed');
      for (const sub of [onFirst, onSecond]) {
        // reserved, then sold to the buyer
        expect((await sub.nth(1)).data?.featureStatusChanged).toMatchObject({ status: 'reserved', previousStatus: 'available', feature: { id } });
        const sold = (await sub.nth(2)).data?.featureStatusChanged;
        expect(sold).toEqual({ status: 'sold', previousStatus: 'reserved', feature: { id, status: 'sold', owner: { id: buyer.id, username: buyer.username } } });
      }
    } finally {
      await onFirst.close();
      await onSecond.close();
    }
  });

  it('sends only the changes inside the subscribed box', async () => {
    const near = await parcel();
    const far = await parcel();
    const buyer = await richUser();
    const sub = await subscribe(STATUS_CHANGED, { bbox: far.bbox });
    try {
      await gql(BUY, { id: near.id, key: randomUUID() }, { token: buyer.accessToken });
      await gql(BUY, { id: far.id, key: randomUUID() }, { token: buyer.accessToken });
      // The first change this subscriber sees is the far parcel's: the near one was filtered out.
      expect((await sub.nth(1)).data?.featureStatusChanged.feature.id).toBe(far.id);
    } finally {
      await sub.close();
    }
  });

  it('refuses a bad box with BAD_USER_INPUT and a malformed operation with a validation code', async () => {
    // Refused by the owning subgraph when the stream starts: one result with the error, then the end.
    const bad = await subscribe(STATUS_CHANGED, { bbox: { minLng: 10, minLat: 10, maxLng: 0, maxLat: 0 } });
    expect(await bad.end()).toBe('complete');
    expect(bad.results[0]?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = await subscribe('subscription { featureStatusChanged { nope } }');
    const errors = (await invalid.end()) as { extensions: { code: string } }[];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.extensions.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });
});

const WALLET_CHANGED = 'subscription ($userId: ID) { walletChanged(userId: $userId) { asset amount balanceAfter } }';
const TRANSFER = `mutation ($input: TransferInput!) { transfer(input: $input) { id } }`;

describe('walletChanged', () => {
  it("streams the signed-in user's own ledger entries", async () => {
    const alice = await richUser();
    const bob = await registerUser();
    const sub = await subscribe(WALLET_CHANGED, {}, { token: bob.accessToken });
    try {
      const sent = await gql(TRANSFER, { input: { toUserId: bob.id, asset: 'PSC', amount: '12.5', idempotencyKey: randomUUID() } }, { token: alice.accessToken });
      expect(sent.errors).toBeUndefined();
      expect((await sub.nth(1)).data?.walletChanged).toEqual({ asset: 'PSC', amount: '12.5', balanceAfter: '12.5' });
    } finally {
      await sub.close();
    }
  });

  it("refuses anonymous subscribers and someone else's wallet, but lets an admin watch it", async () => {
    const alice = await registerUser();
    const mallory = await registerUser();
    const anonymous = await subscribe(WALLET_CHANGED, {});
    expect(await anonymous.end()).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
    const foreign = await subscribe(WALLET_CHANGED, { userId: alice.id }, { token: mallory.accessToken });
    await foreign.end();
    expect(foreign.results[0]?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await subscribe(WALLET_CHANGED, { userId: alice.id }, { token: await adminToken() });
    try {
      await credit(alice.id, 'PSC', '3');
      expect((await admin.nth(1)).data?.walletChanged).toMatchObject({ amount: '3', balanceAfter: '3' });
    } finally {
      await admin.close();
    }
  });
});

describe('the end of a live connection', () => {
  // Counted listeners: a wallet process of its own, behind a router of its own. The shared stack's
  // count of live subscriptions moves with the package's other files running alongside, so it cannot
  // be compared exactly (these tests once asserted before + 1 and before on it).
  describe('on a wallet of their own', () => {
    let wallet: StackProcess;
    let router: StackProcess;
    beforeAll(async () => {
      wallet = await startStackProcess(stack(), 'subgraphs/wallet/src/index.ts', { DATABASE_URL: stack().databaseUrl, DB_PREFIX: stack().dbPrefix });
      router = await startStackProcess(stack(), 'supergraph/src/index.ts', { SUBGRAPH_URL_WALLET: `${wallet.origin}/graphql` });
    });
    afterAll(async () => {
      await router?.stop();
      await wallet?.stop();
    });
    const listening = () => liveSubscriptionCount(wallet.origin);
    const on = (token: string) => ({ token, url: `${router.origin}/graphql`, liveCount: listening });

    it('releases the subgraph listener as soon as the client unsubscribes, with no event needed', async () => {
      const user = await registerUser();
      expect(await listening()).toBe(0);
      const sub = await subscribe(WALLET_CHANGED, {}, on(user.accessToken));
      expect(await listening()).toBe(1);
      await sub.close();
      await eventually(listening, (n) => n === 0, undefined, 'the wallet releasing its listener');
    });

    it('shares one upstream subscription between clients asking the same thing', async () => {
      const user = await registerUser();
      const joinedBefore = await joinedSubscriptions(router.origin);
      const subs = await Promise.all([1, 2, 3].map(() => subscribe(WALLET_CHANGED, {}, { ...on(user.accessToken), liveBefore: 0 })));
      expect(await listening()).toBe(1);
      // The router counts the two that joined (what testenv's untilListening waits on for them).
      expect((await joinedSubscriptions(router.origin)) - joinedBefore).toBe(2);
      await Promise.all(subs.map((s) => s.close()));
      await eventually(listening, (n) => n === 0, undefined, 'the wallet releasing its listener');
    });

    it("sends every client of a shared subscription its own frames, and goes on for the others when one unsubscribes", async () => {
      const user = await registerUser();
      // One client of its own, then two subscriptions on one raw socket (to see the frames as sent): one hub.
      const other = await subscribe(WALLET_CHANGED, {}, on(user.accessToken));
      const socket = await rawSocket(user.accessToken, router.origin);
      try {
        socket.send({ id: 'first', type: 'subscribe', payload: { query: WALLET_CHANGED, variables: {} } });
        socket.send({ id: 'second', type: 'subscribe', payload: { query: WALLET_CHANGED, variables: {} } });
        // A query after them: by its answer both have joined (joining takes no I/O, a query does).
        socket.send({ id: 'sync', type: 'subscribe', payload: { query: '{ __typename }' } });
        expect(await socket.next('sync')).toMatchObject({ type: 'next' });
        expect(await listening()).toBe(1);
        await credit(user.id, 'PSC', '4');
        const one = { data: { walletChanged: { asset: 'PSC', amount: '4', balanceAfter: '4' } } };
        expect(await socket.next('first')).toEqual({ id: 'first', type: 'next', payload: one });
        expect(await socket.next('second')).toEqual({ id: 'second', type: 'next', payload: one });
        expect((await other.nth(1)).data).toEqual(one.data);

        socket.send({ id: 'first', type: 'complete' });
        await credit(user.id, 'PSC', '5');
        const two = { data: { walletChanged: { asset: 'PSC', amount: '5', balanceAfter: '9' } } };
        expect(await socket.next('second')).toEqual({ id: 'second', type: 'next', payload: two });
        expect((await other.nth(2)).data).toEqual(two.data);
        // Clients of a hub are served in the order they came: had `first` been sent the event, it would be here by now.
        expect(socket.frames.filter((f) => f.id === 'first')).toHaveLength(1);
      } finally {
        socket.close();
        await other.close();
      }
    });
  });

  it('closes with 4401 when the access token expires', async () => {
    const user = await registerUser();
    // Valid for 10 s, not 2: the socket must be accepted with it first (a loaded machine may take seconds to).
    const token = await mintAccessToken({ sub: user.id, expiresAt: Math.floor(Date.now() / 1000) + 10 });
    const sub = await subscribe(WALLET_CHANGED, {}, { token });
    expect(sub.ended).toBeUndefined();
    expect(await sub.end()).toEqual({ code: 4401, reason: 'Access token expired' });
  });

  it('closes with 4401 when the session is revoked (logout)', async () => {
    const user = await registerUser();
    const sub = await subscribe(WALLET_CHANGED, {}, { token: user.accessToken });
    const out = await gql('mutation { logout }', {}, { token: user.accessToken });
    expect(out.data).toEqual({ logout: true });
    expect(await sub.end(15_000)).toEqual({ code: 4401, reason: 'Session revoked' });
  });

  it('refuses a connection with a bad token with 4401', async () => {
    const sub = await subscribe(WALLET_CHANGED, {}, { token: 'not-a-token' });
    expect(await sub.end()).toEqual({ code: 4401, reason: 'Malformed access token' });
  });
});

/** A graphql-transport-ws socket on the router spoken to by hand: the frames exactly as the router sends them. */
async function rawSocket(token: string, origin = new URL(stack().router).origin) {
  const ws = new WebSocket(`${origin.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const frames: { id?: string; type: string; payload?: unknown }[] = [];
  ws.on('message', (data) => frames.push(JSON.parse(String(data))));
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)));
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  const waitFor = async (found: () => unknown) => {
    const end = Date.now() + 10_000;
    while (!found() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
    return found();
  };
  await waitFor(() => frames.some((f) => f.type === 'connection_ack'));
  const seen = new Map<string, number>();
  return {
    frames,
    send: (message: object) => ws.send(JSON.stringify(message)),
    /** The next frame for subscription `id` not yet returned (undefined after 10 s). */
    async next(id: string) {
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      return waitFor(() => frames.filter((f) => f.id === id)[n]);
    },
    close: () => ws.close(),
  };
}

const STATUS = 'subscription ($ids: [ID!]!) { userStatusChanged(userIds: $ids) { status user { id username status } } }';

describe('presence', () => {
  it('shows a user online while connected and offline once the last connection closes', async () => {
    const watcher = await registerUser();
    const ada = await registerUser();
    const sub = await subscribe(STATUS, { ids: [ada.id] }, { token: watcher.accessToken });
    try {
      const client = liveClient({ token: ada.accessToken });
      const adaLive = await subscribe(WALLET_CHANGED, {}, { client });
      expect((await sub.nth(1)).data?.userStatusChanged).toEqual({ status: 'online', user: { id: ada.id, username: ada.username, status: 'online' } });
      const seen = await gql('query ($id: ID!) { user(id: $id) { status } }', { id: ada.id });
      expect(seen.data?.user.status).toBe('online');
      await adaLive.close();
      await client.dispose();
      expect((await sub.nth(2)).data?.userStatusChanged).toMatchObject({ status: 'offline', user: { status: 'offline' } });
    } finally {
      await sub.close();
    }
  });

  it('refuses more than 100 users or an id that is not a user id', async () => {
    const user = await registerUser();
    const bad = await subscribe(STATUS, { ids: ['nope'] }, { token: user.accessToken });
    await bad.end();
    expect(bad.results[0]?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
