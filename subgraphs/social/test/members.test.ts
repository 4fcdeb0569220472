import { closeDatabases, database, registerUser } from '@worldgraph/testenv';
import { ACCEPT, CANCEL, DYNASTY, dynastyOn, join, ok, boughtParcel, refusal, REJECT, SEND } from './helpers.ts';

afterAll(() => closeDatabases());

const LISTS = `{
  joinRequestsSent { id kind status canAnswer dynasty { id } }
  joinRequestsReceived { id kind status canAnswer user { id } }
}`;
const RELATE = 'mutation ($i: FamilyRelationInput!) { addFamilyRelation(input: $i) { id } }';

test('a join request: listed as sent and received, answered by the head only, once', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel);
  const asker = await registerUser();
  const { sendJoinRequest: request } = await ok(SEND, { i: { dynastyId, message: 'Let me in' } }, asker.accessToken);
  expect(request).toMatchObject({ kind: 'join', status: 'pending', canAnswer: false });

  const mine = await ok(LISTS, {}, asker.accessToken);
  expect(mine.joinRequestsSent).toEqual([{ id: request.id, kind: 'join', status: 'pending', canAnswer: false, dynasty: { id: dynastyId } }]);
  const heads = await ok(LISTS, {}, head.accessToken);
  expect(heads.joinRequestsReceived).toEqual([{ id: request.id, kind: 'join', status: 'pending', canAnswer: true, user: { id: asker.id } }]);

  expect(await refusal(ACCEPT, { id: request.id }, asker.accessToken)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_REQUEST' });
  expect(await refusal(SEND, { i: { dynastyId } }, asker.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_PENDING' });
  expect(await ok(ACCEPT, { id: request.id }, head.accessToken)).toEqual({ acceptJoinRequest: { id: request.id, status: 'accepted' } });
  expect(await refusal(REJECT, { id: request.id }, head.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_ACCEPTED' });
  const { dynasty } = await ok(DYNASTY, { id: dynastyId }, head.accessToken);
  expect(dynasty.memberCount).toBe(2);
  expect(dynasty.members.map((m: any) => m.user.id)).toEqual([head.id, asker.id]);
});

test('an invitation: sent by the head only, answered by the invited user only; reject and cancel', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel);
  const [guest, other] = await Promise.all([registerUser(), registerUser()]);
  expect(await refusal(SEND, { i: { dynastyId, kind: 'invite', userId: other.id } }, guest.accessToken)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_HEAD' });
  const { sendJoinRequest: invite } = await ok(SEND, { i: { dynastyId, kind: 'invite', userId: guest.id } }, head.accessToken);
  expect(await refusal(ACCEPT, { id: invite.id }, head.accessToken)).toMatchObject({ code: 'FORBIDDEN' });
  expect((await ok(LISTS, {}, guest.accessToken)).joinRequestsReceived[0]).toMatchObject({ id: invite.id, canAnswer: true });
  expect(await ok(REJECT, { id: invite.id }, guest.accessToken)).toEqual({ rejectJoinRequest: { id: invite.id, status: 'rejected' } });

  const { sendJoinRequest: second } = await ok(SEND, { i: { dynastyId, kind: 'invite', userId: guest.id } }, head.accessToken);
  expect(await refusal(CANCEL, { id: second.id }, guest.accessToken)).toMatchObject({ code: 'FORBIDDEN' });
  expect(await ok(CANCEL, { id: second.id }, head.accessToken)).toEqual({ cancelJoinRequest: { id: second.id, status: 'cancelled' } });
  expect(await refusal(ACCEPT, { id: second.id }, guest.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_CANCELLED' });
  expect(await refusal(ACCEPT, { id: '00000000-0000-4000-8000-000000000000' }, guest.accessToken)).toMatchObject({ code: 'NOT_FOUND' });
});

test('a request not answered in time expires: it reads expired and cannot be accepted', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel);
  const asker = await registerUser();
  const { sendJoinRequest: request } = await ok(SEND, { i: { dynastyId } }, asker.accessToken);
  await database('social').query("UPDATE join_requests SET expires_at = now() - interval '1 second' WHERE id = $1", [request.id]);
  expect((await ok(LISTS, {}, asker.accessToken)).joinRequestsSent[0]).toMatchObject({ id: request.id, status: 'expired' });
  expect(await refusal(ACCEPT, { id: request.id }, head.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'REQUEST_EXPIRED' });
  const { rows } = await database('social').query('SELECT status FROM join_requests WHERE id = $1', [request.id]);
  expect(rows[0].status).toBe('expired');
  // A fresh request may be sent once the old one expired.
  await ok(SEND, { i: { dynastyId } }, asker.accessToken);
});

test('a user is in one dynasty at a time', async () => {
  const first = await dynastyOn(boughtParcel);
  const second = await dynastyOn(boughtParcel);
  const member = await join(first.dynastyId, first.head);
  expect(await refusal(SEND, { i: { dynastyId: second.dynastyId } }, member.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_IN_DYNASTY' });
  expect(await refusal(SEND, { i: { dynastyId: second.dynastyId, kind: 'invite', userId: first.head.id } }, second.head.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_IN_DYNASTY' });
  // Requests to two dynasties: once one is accepted, the other cannot be.
  const both = await registerUser();
  const { sendJoinRequest: a } = await ok(SEND, { i: { dynastyId: first.dynastyId } }, both.accessToken);
  const { sendJoinRequest: b } = await ok(SEND, { i: { dynastyId: second.dynastyId } }, both.accessToken);
  await ok(ACCEPT, { id: a.id }, first.head.accessToken);
  expect(await refusal(ACCEPT, { id: b.id }, second.head.accessToken)).toMatchObject({ code: 'CONFLICT' });
  const { dynasty } = await ok(DYNASTY, { id: second.dynastyId }, second.head.accessToken);
  expect(dynasty.memberCount).toBe(1);
});

test('concurrent accepts over the member limit: exactly the free places are filled', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel, 4);
  const askers = await Promise.all(Array.from({ length: 8 }, () => registerUser()));
  const requests = await Promise.all(askers.map(async (u) => (await ok(SEND, { i: { dynastyId } }, u.accessToken)).sendJoinRequest.id as string));
  const answers = await Promise.all(requests.map((id) => refusal(ACCEPT, { id }, head.accessToken)));
  expect(answers.filter((a) => a.code === undefined)).toHaveLength(3);
  expect(answers.filter((a) => a.code === 'CONFLICT' && a.reason === 'DYNASTY_FULL')).toHaveLength(5);
  const { dynasty } = await ok(DYNASTY, { id: dynastyId }, head.accessToken);
  expect(dynasty.memberCount).toBe(4);
  expect(dynasty.members).toHaveLength(4);
});

test('families and relations: joining as a relative, one spouse each, no cycles', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel);
  const wife = await join(dynastyId, head, { relation: 'spouse', relativeId: head.id });
  const son = await join(dynastyId, head, { relation: 'child', relativeId: head.id });
  const grandson = await join(dynastyId, head, { relation: 'child', relativeId: son.id });
  const loner = await join(dynastyId, head);

  const rival = await registerUser();
  expect(await refusal(SEND, { i: { dynastyId, relation: 'spouse', relativeId: head.id } }, rival.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_MARRIED' });
  expect(await refusal(SEND, { i: { dynastyId, relation: 'spouse', relativeId: rival.id } }, rival.accessToken)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RELATIVE_NOT_MEMBER' });
  expect(await refusal(RELATE, { i: { dynastyId, userId: grandson.id, relativeId: head.id, kind: 'child' } }, head.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'RELATION_CYCLE' });
  expect(await refusal(RELATE, { i: { dynastyId, userId: loner.id, relativeId: wife.id, kind: 'spouse' } }, head.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_MARRIED' });
  expect(await refusal(RELATE, { i: { dynastyId, userId: loner.id, relativeId: son.id, kind: 'sibling' } }, son.accessToken)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_HEAD' });
  await ok(RELATE, { i: { dynastyId, userId: loner.id, relativeId: son.id, kind: 'sibling' } }, head.accessToken);

  const tree = await ok(`query ($id: ID!) { dynasty(id: $id) {
    families { name members { user { id } } }
    members { user { id } isChild relations { relative { id } kind } }
  } }`, { id: dynastyId }, head.accessToken);
  // The head's relatives share the head's family; the loner started one of their own.
  expect(tree.dynasty.families.map((f: any) => f.members.map((m: any) => m.user.id))).toEqual([[head.id, wife.id, son.id, grandson.id], [loner.id]]);
  const byId = Object.fromEntries(tree.dynasty.members.map((m: any) => [m.user.id, m]));
  expect(byId[head.id].relations).toEqual(expect.arrayContaining([{ relative: { id: wife.id }, kind: 'spouse' }, { relative: { id: son.id }, kind: 'child' }]));
  expect(byId[grandson.id].relations).toEqual([{ relative: { id: son.id }, kind: 'parent' }]);
  expect([byId[son.id].isChild, byId[grandson.id].isChild, byId[wife.id].isChild, byId[head.id].isChild]).toEqual([true, true, false, false]);
});

test('leaving: a member leaves (and may join elsewhere), the head leaving dissolves the dynasty; an invitation names a real user', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel);
  const member = await join(dynastyId, head);
  expect(await refusal(SEND, { i: { dynastyId, kind: 'invite', userId: '00000000-0000-4000-8000-000000000000' } }, head.accessToken)).toMatchObject({ code: 'NOT_FOUND' });
  expect(await ok('mutation { leaveDynasty { id memberCount status } }', {}, member.accessToken)).toEqual({ leaveDynasty: { id: dynastyId, memberCount: 1, status: 'active' } });
  expect(await refusal('mutation { leaveDynasty { id } }', {}, member.accessToken)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_IN_DYNASTY' });
  const other = await dynastyOn(boughtParcel);
  await join(other.dynastyId, other.head, {}, member);
  const pending = await registerUser();
  const { sendJoinRequest } = await ok(SEND, { i: { dynastyId } }, pending.accessToken);
  expect(await ok('mutation { leaveDynasty { status seat { id } } }', {}, head.accessToken)).toEqual({ leaveDynasty: { status: 'dissolved', seat: null } });
  expect((await ok('{ joinRequestsSent { id status } }', {}, pending.accessToken)).joinRequestsSent).toEqual([{ id: sendJoinRequest.id, status: 'cancelled' }]);
});
