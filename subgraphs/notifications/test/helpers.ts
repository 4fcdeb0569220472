// Shared operations of the notifications tests: a market to make events in, and polling.
import { boughtParcel, credit, eventually as poll, gql, registerUser, type TestUser } from '@worldgraph/testenv';

export const LIST = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    edges { cursor node { id kind title body read readAt createdAt data { feature { id } requestId purchaseId asset amount } } }
    pageInfo { hasNextPage endCursor }
    unreadCount
  }
}`;
const OFFER = 'mutation ($f: ID!, $p: Decimal!) { createBuyRequest(featureId: $f, price: $p) { id } }';

export interface Node {
  id: string;
  kind: string;
  title: string;
  body: string;
  read: boolean;
  readAt: string | null;
  createdAt: string;
  data: { feature: { id: string } | null; requestId: string | null; purchaseId: string | null; asset: string | null; amount: string | null };
}

/**
 * A market on a seeded parcel claimed for this test alone (see boughtParcel): an owner who bought
 * the parcel from the world, and a funded buyer.
 */
export async function market(): Promise<{ owner: TestUser; buyer: TestUser; parcel: string }> {
  const [owner, buyer] = await Promise.all([registerUser(), registerUser()]);
  const [parcel] = await Promise.all([boughtParcel(owner), credit(buyer.id, 'PSC', '1000')]);
  return { owner, buyer, parcel };
}

/** The buyer offers `price` for the parcel; returns the buy request's id. */
export async function offer(buyer: TestUser, parcel: string, price = '10'): Promise<string> {
  const res = await gql(OFFER, { f: parcel, p: price }, { token: buyer.accessToken });
  if (!res.data) throw new Error(`offer failed: ${JSON.stringify(res.errors)}`);
  return res.data.createBuyRequest.id;
}

/** The user's notifications (newest first), all of one page. */
export async function inbox(user: TestUser, variables: Record<string, unknown> = {}) {
  const res = await gql<{ notifications: { edges: { cursor: string; node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; unreadCount: number } }>(
    LIST,
    variables,
    { token: user.accessToken },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.notifications;
}

/**
 * Polls until `ok` holds for the user's notifications: events travel outbox → bus → consumer
 * asynchronously. Fails after `ms` rather than asserting on timing.
 */
export async function eventually(user: TestUser, ok: (nodes: Node[]) => boolean, ms?: number): Promise<Node[]> {
  return poll(async () => (await inbox(user, { first: 100 })).edges.map((e) => e.node), ok, ms, 'the notifications');
}
