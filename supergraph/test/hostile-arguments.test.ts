// Every root field of the API schema, given hostile arguments (malformed ids, empty and huge text, extreme
// numbers, impossible dates), answers with errors a client can act on: each carries a code and none is an
// internal error. A malformed id that reached a uuid column used to fail as INTERNAL_SERVER_ERROR (setRoles,
// detachMedia's hunt, and every entity batch of six subgraphs with one such key in it).
import { adminToken, gql, liveClient, registerUser, serviceToken, stack, type GraphQLResponse } from '@worldgraph/testenv';
import { defectsOf, fields, operationOf, schema, UUID, variablesFor } from './hostile-values.ts';

// Malformed ids with empty text; a well-formed unknown id with huge text and extreme numbers; empty ids; mixed.
describe.each([0, 1, 2, 5])('hostile arguments, variant %i', (variant) => {
  it('every query, as a player and as an admin, answers without an internal error', async () => {
    const [player, admin] = await Promise.all([registerUser(), adminToken()]);
    const defects: string[] = [];
    for (const field of fields(schema.getQueryType())) {
      const query = operationOf('query', field);
      const variables = variablesFor(field, variant);
      for (const [who, token] of [['player', player.accessToken], ['admin', admin]] as const) {
        defects.push(...defectsOf(`Query.${field.name} as ${who} ${JSON.stringify(variables).slice(0, 120)}`, await gql(query, variables, { token })));
      }
    }
    expect(defects).toEqual([]);
  });

  // As a player of their own (a mutation may end the session or erase the account). Admins' mutations are
  // left out: on the stack every package shares, their hostile values could change what other tests rely on.
  it("every mutation, as a fresh player, answers without an internal error", async () => {
    const defects: string[] = [];
    for (const field of fields(schema.getMutationType())) {
      const player = await registerUser();
      const variables = variablesFor(field, variant);
      defects.push(...defectsOf(`Mutation.${field.name} ${JSON.stringify(variables).slice(0, 120)}`, await gql(operationOf('mutation', field), variables, { token: player.accessToken })));
    }
    expect(defects).toEqual([]);
  });
});

describe('hostile subscription arguments', () => {
  it('every subscription, as a player, refuses variants 0-2 without an internal error', async () => {
    const player = await registerUser();
    const client = liveClient({ token: player.accessToken });
    const defects: string[] = [];
    const settled = new Set<string>();
    const all = [0, 1, 2].flatMap((variant) => fields(schema.getSubscriptionType()).map((field) => ({ field, variables: variablesFor(field, variant) })));
    const stops = all.map(({ field, variables }, n) => {
      const label = `Subscription.${field.name} ${JSON.stringify(variables).slice(0, 120)}`;
      const settle = () => settled.add(String(n));
      return client.subscribe(
        { query: operationOf('subscription', field), variables },
        {
          next: (result) => (settle(), defects.push(...defectsOf(label, { status: 200, ...(result as object) } as GraphQLResponse<unknown>))),
          error: (error) => (settle(), defects.push(...(Array.isArray(error) ? defectsOf(label, { status: 200, errors: error }) : [`${label}: the socket failed ${String(error)}`]))),
          complete: settle,
        },
      );
    });
    // A refusal comes at once; a subscription that was accepted stays open with nothing to say, so
    // the wait is bounded (it only decides how much is checked, never whether the test passes).
    for (let waited = 0; settled.size < all.length && waited < 5_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    for (const stop of stops) stop();
    await client.dispose();
    expect(defects).toEqual([]);
    expect(settled.size).toBeGreaterThan(0); // refusals came back: the arguments reached the resolvers
  });
});

describe('entity batches', () => {
  it('a malformed key resolves to nothing and never fails the other keys of its batch, in every subgraph', async () => {
    const token = await serviceToken('media');
    const defects: string[] = [];
    let checked = 0;
    for (const [name, url] of Object.entries(stack().subgraphs)) {
      const sdl = (await gql<{ _service: { sdl: string } }>('{ _service { sdl } }', {}, { url, token })).data?._service.sdl ?? '';
      for (const [, type] of sdl.matchAll(/type (\w+)[^{]*@key\(fields: "id"/g)) {
        checked++;
        for (const bad of ['not-a-uuid', '', "'; drop"]) {
          const response = await gql('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: [{ __typename: type, id: bad }, { __typename: type, id: UUID }] }, { url, token });
          defects.push(...defectsOf(`${name} ${type} ${JSON.stringify(bad)}`, response));
        }
      }
    }
    expect(defects).toEqual([]);
    expect(checked).toBeGreaterThan(10); // the subgraphs' SDL was read
  });
});
