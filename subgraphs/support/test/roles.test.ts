// The support role: granted by an admin in accounts, carried in the next access token, it opens the
// staff fields (and nothing of admin's).
import { adminToken, gql, registerUser } from '@worldgraph/testenv';
import { codeOf, ok } from './helpers.ts';

test('an admin makes a user support staff: after signing in again they see the queue, not admin fields', async () => {
  const user = await registerUser();
  const QUEUE = 'query { supportQueue(first: 1) { edges { node { id } } } }';
  expect(await codeOf(QUEUE, {}, user.accessToken)).toBe('FORBIDDEN');
  const { setRoles } = await ok('mutation ($u: ID!) { setRoles(userId: $u, roles: [user, support]) { id roles } }', { u: user.id }, await adminToken());
  expect(setRoles.roles).toEqual(expect.arrayContaining(['user', 'support']));
  const login = await gql('mutation ($i: LoginInput!) { login(input: $i) { accessToken user { roles } } }', { i: { login: user.username, password: user.password } });
  const token = login.data!.login.accessToken as string;
  expect(Array.isArray((await ok(QUEUE, {}, token)).supportQueue.edges)).toBe(true);
  expect(await codeOf('query { apiKeys(first: 1) { id } }', {}, token)).toBe('FORBIDDEN');
});
