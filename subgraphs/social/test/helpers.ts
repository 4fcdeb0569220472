// Shared operations of the social tests: parcels bought from the seeded world, dynasties founded
// on them, members admitted, through the router.
import { registerUser, type TestUser } from '@worldgraph/testenv';
import { boughtParcel, ok, refusal, eventually } from '@worldgraph/testenv';

/** The shared test helpers of @worldgraph/testenv, for the tests that import them from here. */
export { boughtParcel, ok, refusal, eventually };

export const FOUND = 'mutation ($i: FoundDynastyInput!) { foundDynasty(input: $i) { id name status memberLimit seat { id } head { id } } }';
export const SEND = 'mutation ($i: JoinRequestInput!) { sendJoinRequest(input: $i) { id kind status canAnswer } }';
export const ACCEPT = 'mutation ($id: ID!) { acceptJoinRequest(id: $id) { id status } }';
export const REJECT = 'mutation ($id: ID!) { rejectJoinRequest(id: $id) { id status } }';
export const CANCEL = 'mutation ($id: ID!) { cancelJoinRequest(id: $id) { id status } }';
export const DYNASTY = 'query ($id: ID!) { dynasty(id: $id) { id status memberCount seat { id } members { user { id } role isChild } } }';

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

