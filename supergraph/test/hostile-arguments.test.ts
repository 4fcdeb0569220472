// Every root field of the API schema, given hostile arguments (malformed ids, empty and huge text, extreme
// numbers, impossible dates), answers with errors a client can act on: each carries a code and none is an
// internal error. A malformed id that reached a uuid column used to fail as INTERNAL_SERVER_ERROR (setRoles,
// detachMedia's hunt, and every entity batch of six subgraphs with one such key in it).
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { apiSchemaOf } from '@worldgraph/router/api-schema';
import { composeFromRover } from '@worldgraph/router/compose';
import { adminToken, gql, liveClient, registerUser, serviceToken, stack, type GraphQLResponse } from '@worldgraph/testenv';

const UUID = '7b0c9f4e-2d7e-4c1a-9a55-1d2c3b4a5f60';
/** Per scalar, the hostile values a variant takes in turn. */
const VALUES: Record<string, unknown[]> = {
  ID: ['not-a-uuid', UUID, '', "'; drop table users;--", '9'.repeat(40)],
  String: ['', 'x'.repeat(100_000), '<script>alert(1)</script>', '  ', '../../etc/passwd'],
  Int: [-1, 2147483647, 0, -2147483648, 99999],
  Float: [-1.5, 1e308, 0, -0.0001, 1e-308],
  Boolean: [true, false, true, false, true],
  Decimal: ['-5', 'abc', '1e400', '0.00000000001', '99999999999999999999999'],
  DateTime: ['not-a-date', '1970-01-01T00:00:00Z', '2026-02-30T00:00:00Z', '9999-12-31T23:59:59Z', ''],
};
const OTHER = ['x', '', '-1', '{}', UUID];

/** Variables for one field: every argument, nested inputs filled, scalars from VALUES[variant] (mixed from variant 5 on). */
function variablesFor(field: GraphQLField<unknown, unknown>, variant: number) {
  let turn = 0;
  const scalar = (name: string) => {
    const list = VALUES[name] ?? OTHER;
    return list[(variant < 5 ? variant : variant * 7 + turn++ * 3) % list.length];
  };
  const value = (type: GraphQLInputType, depth: number): unknown => {
    if (isNonNullType(type)) return value(type.ofType, depth);
    if (isListType(type)) return [value(type.ofType, depth + 1), value(type.ofType, depth + 1)];
    if (isEnumType(type)) return type.getValues()[variant % type.getValues().length]!.name;
    if (isScalarType(type)) return scalar(type.name);
    if (isInputObjectType(type)) return depth > 3 ? null : Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, value(f.type, depth + 1)]));
    return null;
  };
  return Object.fromEntries(field.args.map((a) => [a.name, value(a.type, 0)]));
}

/** The field's leaves without required arguments (a few), or __typename. */
function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named) && !isInterfaceType(named)) return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
  const leaves = Object.values(named.getFields())
    .filter((f) => (isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type))) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name);
  return `{ __typename ${leaves.slice(0, 6).join(' ')} }`;
}

function operationOf(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${defs ? ` (${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type)} }`;
}

/** What a client must never see: no code, an internal error, a 5xx, or the server's insides in a message. */
function defectsOf(label: string, response: GraphQLResponse<unknown>): string[] {
  const found = (response.errors ?? [])
    .filter((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR' || /\bat \S+ \(|prisma|SELECT |invalid input syntax/i.test(e.message))
    .map((e) => `${label}: ${e.extensions?.code ?? 'no code'} ${e.message.slice(0, 160)}`);
  if (response.status >= 500) found.push(`${label}: HTTP ${response.status}`);
  return found;
}

const composition = composeFromRover();
if (!composition.ok) throw new Error(`composition failed:\n${composition.errors.join('\n')}`);
const schema = apiSchemaOf(composition.supergraphSdl);
const fields = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {}) as GraphQLField<unknown, unknown>[];

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
