// Dynasty requests through the app's API layer and SDK operations, against the real supergraph:
// the head sees a request and accepts it; a full dynasty refuses in words.
import { randomUUID } from 'node:crypto';
import { AcceptJoinRequestDocument, JoinRequestsDocument, RegisterDocument } from '@worldgraph/sdk';
import { closeDatabases, credit, database, gql, registerUser, stack, unique } from '@worldgraph/testenv';
import WebSocket from 'ws';
import { createApi } from '../src/api/client';
import { memoryTokenStore } from '../src/api/tokens';

afterAll(closeDatabases);

async function must(query: string, variables: Record<string, unknown>, token: string) {
  const res = await gql(query, variables, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

test('the head answers join requests from the app; a full dynasty says so', async () => {
  const api = createApi({ url: stack().router, store: memoryTokenStore(), webSocketImpl: WebSocket });
  const username = unique('mob');
  const { register } = await api.request(RegisterDocument, { input: { username, email: `${username}@example.com`, password: 'correct-horse-1' } }, 'register');
  await api.signedIn(register);
  // The head's parcel and dynasty (limit 2: the head and one more).
  const { rows } = await database('features').query("SELECT id FROM features WHERE status = 'available' ORDER BY id OFFSET 300 LIMIT 1");
  await credit(register.user.id, 'PSC', '100000');
  await must('mutation ($id: ID!, $k: String!) { buyFeature(id: $id, idempotencyKey: $k) { status } }', { id: rows[0].id, k: randomUUID() }, register.accessToken);
  const { foundDynasty } = await must('mutation ($i: FoundDynastyInput!) { foundDynasty(input: $i) { id } }', { i: { featureId: rows[0].id, name: `House ${username}`, memberLimit: 2 } }, register.accessToken);
  const [a, b] = await Promise.all([registerUser(), registerUser()]);
  for (const u of [a, b]) await must('mutation ($i: JoinRequestInput!) { sendJoinRequest(input: $i) { id } }', { i: { dynastyId: foundDynasty.id } }, u.accessToken);

  const { joinRequestsReceived } = await api.request(JoinRequestsDocument, { first: 10 });
  expect(joinRequestsReceived.map((r) => [r.user.username, r.status, r.canAnswer]).sort()).toEqual([[a.username, 'pending', true], [b.username, 'pending', true]].sort());
  const [first, second] = joinRequestsReceived;
  expect((await api.request(AcceptJoinRequestDocument, { id: first!.id })).acceptJoinRequest.status).toBe('accepted');
  await expect(api.request(AcceptJoinRequestDocument, { id: second!.id })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'DYNASTY_FULL', message: 'This dynasty is full.' });
  api.dispose();
});
