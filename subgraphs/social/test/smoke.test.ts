import { closeDatabases, gql } from '@worldgraph/testenv';

afterAll(() => closeDatabases());

test('social composes into the supergraph: an unknown dynasty reads as null', async () => {
  const res = await gql('query ($id: ID!) { dynasty(id: $id) { id name } }', { id: '00000000-0000-4000-8000-000000000000' });
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ dynasty: null });
});
