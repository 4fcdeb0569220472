import { adminToken, closeDatabases, database, registerUser, subscribe } from '@worldgraph/testenv';
import { ACCEPT, dynastyOn, eventually, join, ok, boughtParcel, refusal, SEND } from './helpers.ts';

afterAll(() => closeDatabases());

const CHANGED = 'subscription ($id: ID!) { dynastyChanged(dynastyId: $id) { type user { username } request { id status } dynasty { memberCount } } }';
const NOTIFICATIONS = '{ notifications(first: 10) { edges { node { kind title data { requestId dynasty { id } } } } } }';

test('dynastyChanged: members follow requests and new members live, with usernames from accounts; outsiders are refused', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel);
  const sub = await subscribe(CHANGED, { id: dynastyId }, { token: head.accessToken });
  try {
    const asker = await registerUser();
    const { sendJoinRequest } = await ok(SEND, { i: { dynastyId } }, asker.accessToken);
    await ok(ACCEPT, { id: sendJoinRequest.id }, head.accessToken);
    const seen = async () => sub.results.map((r) => r.data?.dynastyChanged);
    const events = await eventually(seen, (e) => e.some((x: any) => x?.type === 'JoinRequestAccepted'), 15_000);
    expect(events[0]).toEqual({ type: 'JoinRequestSent', user: { username: asker.username }, request: { id: sendJoinRequest.id, status: expect.any(String) }, dynasty: { memberCount: expect.any(Number) } });
    expect(events.map((e: any) => e.type)).toEqual(expect.arrayContaining(['JoinRequestSent', 'MemberJoined', 'JoinRequestAccepted']));
    expect(events.find((e: any) => e.type === 'MemberJoined')).toMatchObject({ user: { username: asker.username }, dynasty: { memberCount: 2 } });
  } finally {
    await sub.close();
  }
  const outsider = await registerUser();
  const refused = await subscribe(CHANGED, { id: dynastyId }, { token: outsider.accessToken });
  try {
    expect(JSON.stringify(await refused.nth(1))).toContain('FORBIDDEN');
  } finally {
    await refused.close();
  }
});

test('requests and answers become notifications: the answerer is told of a request, the sender of the answer', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel);
  const asker = await registerUser();
  const { sendJoinRequest } = await ok(SEND, { i: { dynastyId } }, asker.accessToken);
  const received = await eventually(() => ok(NOTIFICATIONS, {}, head.accessToken), (d) => d.notifications.edges.some((e: any) => e.node.kind === 'dynasty_request_received'));
  expect(received.notifications.edges.map((e: any) => e.node)).toContainEqual({ kind: 'dynasty_request_received', title: 'Someone asks to join your dynasty', data: { requestId: sendJoinRequest.id, dynasty: { id: dynastyId } } });
  await ok('mutation ($id: ID!) { rejectJoinRequest(id: $id) { id } }', { id: sendJoinRequest.id }, head.accessToken);
  const answered = await eventually(() => ok(NOTIFICATIONS, {}, asker.accessToken), (d) => d.notifications.edges.some((e: any) => e.node.kind === 'dynasty_request_answered'));
  expect(answered.notifications.edges.map((e: any) => e.node)).toContainEqual({ kind: 'dynasty_request_answered', title: 'Your request was rejected', data: { requestId: sendJoinRequest.id, dynasty: { id: dynastyId } } });
});

test('every change writes its domain event, recorded by audit', async () => {
  const { head, dynastyId } = await dynastyOn(boughtParcel);
  await join(dynastyId, head, { relation: 'child', relativeId: head.id });
  const { rows } = await database('social').query(
    'SELECT type FROM outbox_events WHERE aggregate_id = $1 ORDER BY id', [dynastyId]);
  expect(rows.map((r: { type: string }) => r.type)).toEqual(['DynastyFounded', 'JoinRequestSent', 'MemberJoined', 'FamilyRelationAdded', 'ChildPermissionsChanged', 'JoinRequestAccepted']);
  const admin = await adminToken();
  const audit = await eventually(
    () => ok('query ($id: String!) { auditLog(filter: { entityId: $id }, first: 20) { edges { node { action } } } }', { id: dynastyId }, admin),
    (d) => d.auditLog.edges.length >= 3,
  );
  expect(audit.auditLog.edges.map((e: any) => e.node.action)).toEqual(expect.arrayContaining(['DynastyFounded', 'MemberJoined', 'FamilyRelationAdded']));
});

test('refused answers are GraphQL errors with codes, never stack traces', async () => {
  const { head } = await dynastyOn(boughtParcel);
  const res = await refusal(SEND, { i: { dynastyId: 'not-a-uuid' } }, head.accessToken);
  expect(res).toMatchObject({ code: 'NOT_FOUND' });
  expect(await refusal(SEND, { i: { dynastyId: '00000000-0000-4000-8000-000000000000' } }, head.accessToken)).toMatchObject({ code: 'NOT_FOUND' });
  expect(await refusal(SEND, { i: { dynastyId: '00000000-0000-4000-8000-000000000000', relation: 'child' } }, head.accessToken)).toMatchObject({ code: 'BAD_USER_INPUT' });
});
