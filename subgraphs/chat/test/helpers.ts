// Shared operations of the chat tests, through the router.
import { randomUUID } from 'node:crypto';
import { credit, database, gql, registerUser, type TestUser } from '@worldgraph/testenv';
import { ok, refusal, eventually } from '@worldgraph/testenv';

/** The shared test helpers of @worldgraph/testenv, for the tests that import them from here. */
export { ok, refusal, eventually };

export const SEND = 'mutation ($i: SendMessageInput!) { sendMessage(input: $i) { id body author { id } createdAt } }';
export const PARTY = 'mutation ($n: String!, $m: [ID!]!) { createPartyChannel(name: $n, memberIds: $m) { id kind myRole } }';
export const HISTORY = 'query ($c: ID!, $first: Int, $before: String, $after: String) { channel(id: $c) { messages(first: $first, before: $before, after: $after) { edges { cursor node { id body deleted } } pageInfo { hasNextPage endCursor } } } }';

/** Sends a message with a fresh client id (or the given one). */
export const say = (user: TestUser, channelId: string, body: string, clientMessageId: string = randomUUID()) => gql(SEND, { i: { channelId, clientMessageId, body } }, { token: user.accessToken });

/** A party channel owned by a fresh user, with fresh members. */
export async function party(members = 1) {
  const owner = await registerUser();
  const others = await Promise.all(Array.from({ length: members }, () => registerUser()));
  const { createPartyChannel } = await ok(PARTY, { n: `Party of ${owner.username}`, m: others.map((u) => u.id) }, owner.accessToken);
  return { owner, members: others, channelId: createPartyChannel.id as string };
}

/** A parcel of the demo world bought by `owner` (the chat tests use the last ones, by id). */
export async function parcelFor(owner: TestUser, nth: number): Promise<string> {
  const { rows } = await database('features').query("SELECT id FROM features WHERE status = 'available' ORDER BY id DESC OFFSET $1 LIMIT 1", [nth]);
  await credit(owner.id, 'PSC', '100000');
  const bought = await gql('mutation ($id: ID!, $k: String!) { buyFeature(id: $id, idempotencyKey: $k) { status } }', { id: rows[0].id, k: randomUUID() }, { token: owner.accessToken });
  if (bought.errors) throw new Error(JSON.stringify(bought.errors));
  return rows[0].id;
}
