// Hostile arguments for every root field of the API schema, and what a client must never get back:
// shared by hostile-arguments.test.ts (the shared stack) and hostile-admin.test.ts (a stack of its own).
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
import type { GraphQLResponse } from '@worldgraph/testenv';

export const UUID = '7b0c9f4e-2d7e-4c1a-9a55-1d2c3b4a5f60';
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
export function variablesFor(field: GraphQLField<unknown, unknown>, variant: number) {
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

export function operationOf(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${defs ? ` (${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type)} }`;
}

/** What a client must never see: no code, an internal error, a 5xx, or the server's insides in a message. */
export function defectsOf(label: string, response: GraphQLResponse<unknown>): string[] {
  const found = (response.errors ?? [])
    .filter((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR' || /\bat \S+ \(|prisma|SELECT |invalid input syntax/i.test(e.message))
    .map((e) => `${label}: ${e.extensions?.code ?? 'no code'} ${e.message.slice(0, 160)}`);
  if (response.status >= 500) found.push(`${label}: HTTP ${response.status}`);
  return found;
}

const composition = composeFromRover();
if (!composition.ok) throw new Error(`composition failed:\n${composition.errors.join('\n')}`);
/** The API schema as the subgraphs compose now (a new field counts at once). */
export const schema = apiSchemaOf(composition.supergraphSdl);
/** A root type's fields. */
export const fields = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {}) as GraphQLField<unknown, unknown>[];
