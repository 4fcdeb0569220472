// Every mutation an admin may call, given hostile arguments, answers without an internal error: an id that
// is no UUID used to reach setRoles' uuid column as INTERNAL_SERVER_ERROR. On a stack of its own, since an
// admin's hostile values that do succeed (a level named "", a rule of 2,147,483,647 points) would change what
// the other packages' tests on the shared stack rely on.
import { gql, mintAccessToken, startStack, testRunEnv, type StartedStack } from '@worldgraph/testenv';
import { defectsOf, fields, operationOf, schema, variablesFor } from './hostile-values.ts';

let own: StartedStack;
let adminId: string;
const previous = process.env.WORLDGRAPH_TEST_STACK;

beforeAll(async () => {
  own = await startStack(testRunEnv());
  process.env.WORLDGRAPH_TEST_STACK = JSON.stringify(own.info); // gql and the tokens below talk to this stack
  const login = await gql<{ login: { user: { id: string } } }>('mutation ($i: LoginInput!) { login(input: $i) { user { id } } }', { i: { login: 'admin', password: own.info.adminPassword } });
  adminId = login.data!.login.user.id;
}, 240_000);

afterAll(async () => {
  process.env.WORLDGRAPH_TEST_STACK = previous;
  await own?.stop();
});

it.each([0, 1, 2, 5])('every mutation, as an admin, answers variant %i without an internal error', async (variant) => {
  const defects: string[] = [];
  for (const field of fields(schema.getMutationType())) {
    // A session of its own for each: a mutation may end the session it came in (logout, revoke all).
    const token = await mintAccessToken({ sub: adminId, roles: ['admin', 'user'] });
    const variables = variablesFor(field, variant);
    defects.push(...defectsOf(`Mutation.${field.name} ${JSON.stringify(variables).slice(0, 120)}`, await gql(operationOf('mutation', field), variables, { token })));
  }
  expect(defects).toEqual([]);
});
