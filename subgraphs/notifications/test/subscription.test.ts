import { closeDatabases, stack, subscribe, type LiveSubscription } from '@worldgraph/testenv';
import { market, offer } from './helpers.ts';

afterAll(closeDatabases);

const ADDED = 'subscription { notificationAdded { id kind read data { requestId feature { id } } } }';

/** Results up to the one about buy request `requestId`; fails if it never comes. */
async function until(sub: LiveSubscription<any>, requestId: string) {
  for (let n = 1; ; n++) {
    if ((await sub.nth(n)).data?.notificationAdded.data.requestId === requestId) return sub.results.slice(0, n).map((r) => r.data?.notificationAdded);
  }
}

describe('Subscription.notificationAdded', () => {
  it("straight on the subgraph, delivers the viewer's own new notifications and never another user's", async () => {
    const url = stack().subgraphs.notifications!;
    const [a, b] = await Promise.all([market(), market()]);
    const subA = await subscribe(ADDED, {}, { url, token: a.owner.accessToken });
    const subB = await subscribe(ADDED, {}, { url, token: b.owner.accessToken });
    try {
      // B's offer first: had A's filter let it through, A would get it before its own.
      const forB = await offer(b.buyer, b.parcel);
      const forA = await offer(a.buyer, a.parcel);
      const seenByA = await until(subA, forA);
      expect(seenByA.at(-1)).toEqual({ id: expect.any(String), kind: 'buy_request_received', read: false, data: { requestId: forA, feature: { id: a.parcel } } });
      // Before it, at most A's own purchase of the parcel (its notification may come late), never B's offer.
      expect(seenByA.slice(0, -1).every((n) => n.kind === 'system')).toBe(true);
      expect(seenByA.map((n) => n.data.requestId)).not.toContain(forB);
      const seenByB = await until(subB, forB);
      expect(seenByB.map((n) => n.data.requestId)).not.toContain(forA);
    } finally {
      await Promise.all([subA.close(), subB.close()]);
    }
  });

  it('straight on the subgraph, refuses an anonymous subscriber with UNAUTHENTICATED', async () => {
    const sub = await subscribe(ADDED, {}, { url: stack().subgraphs.notifications });
    try {
      expect((await sub.nth(1)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await sub.close();
    }
  });

  it('through the router, each notification carries fields of other subgraphs (the parcel from features, its owner from accounts)', async () => {
    const { owner, buyer, parcel } = await market();
    const sub = await subscribe(
      'subscription { notificationAdded { kind data { requestId feature { id status owner { id username } } } } }',
      {},
      { token: owner.accessToken },
    );
    try {
      const requestId = await offer(buyer, parcel);
      const seen = await until(sub, requestId);
      expect(seen.at(-1)).toEqual({
        kind: 'buy_request_received',
        data: { requestId, feature: { id: parcel, status: 'sold', owner: { id: owner.id, username: owner.username } } },
      });
    } finally {
      await sub.close();
    }
  });
});
