// Shared operations of the social tests: parcels bought from the seeded world, dynasties founded
// on them, members admitted, through the router.
import { randomUUID } from 'node:crypto';
import { claimParcel, credit, gql, registerUser, type TestUser } from '@worldgraph/testenv';
import { ok, refusal, eventually } from '@worldgraph/testenv';

/** The shared test helpers of @worldgraph/testenv, for the tests that import them from here. */
export { ok, refusal, eventually };

const BUY = 'mutation ($id: ID!, $key: String!) { buyFeature(id: $id, idempotencyKey: $key) { status } }';
export const FOUND = 'mutation ($i: FoundDynastyInput!) { foundDynasty(input: $i) { id name status memberLimit seat { id } head { id } } }';
export const SEND = 'mutation ($i: JoinRequestInput!) { sendJoinRequest(input: $i) { id kind status canAnswer } }';
export const ACCEPT = 'mutation ($id: ID!) { acceptJoinRequest(id: $id) { id status } }';
export const REJECT = 'mutation ($id: ID!) { rejectJoinRequest(id: $id) { id status } }';
export const CANCEL = 'mutation ($id: ID!) { cancelJoinRequest(id: $id) { id status } }';
export const DYNASTY = 'query ($id: ID!) { dynasty(id: $id) { id status memberCount seat { id } members { user { id } role isChild } } }';

/** A seeded parcel (claimed for this test alone, see claimParcel) bought from the world by `owner`. */
export async function boughtParcel(owner: TestUser): Promise<string> {
  const parcel = (await claimParcel()).id;
  await credit(owner.id, 'PSC', '100000');
  const bought = await gql(BUY, { id: parcel, key: randomUUID() }, { token: owner.accessToken });
  if (bought.data?.buyFeature.status !== 'completed') throw new Error(`buy failed: ${JSON.stringify(bought)}`);
  return parcel;
}

/** A fresh user heading a fresh dynasty on a parcel they bought. */
export async function dynastyOn(parcel: (u: TestUser) => Promise<string>, memberLimit?: number) {
  const head = await registerUser();
  const featureId = await parcel(head);
  const { foundDynasty } = await ok(FOUND, { i: { featureId, name: `House ${head.username}`.slice(0, 80), memberLimit } }, head.accessToken);
  return { head, featureId, dynastyId: foundDynasty.id as string };
}

/** A new member joined through a request the head accepted; `relation` of `relativeId` if given. */
export async function join(dynastyId: string, head: TestUser, options: { relation?: string; relativeId?: string } = {}, user?: TestUser) {
  const member = user ?? (await registerUser());
  const { sendJoinRequest } = await ok(SEND, { i: { dynastyId, kind: 'join', ...options } }, member.accessToken);
  await ok(ACCEPT, { id: sendJoinRequest.id }, head.accessToken);
  return member;
}

